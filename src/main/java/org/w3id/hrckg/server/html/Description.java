package org.w3id.hrckg.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.vocab.Hrc;

/**
 * A thing's description as the pages read it: labels in the reader's language where the data
 * has them, links to our own pages, literal values.
 */
final class Description {

  private final Model model;
  private final ResourcePaths paths;
  private final TermLabels terms;
  /** Languages of labels, in order of preference: the page's, then English, French, none. */
  private final List<String> languages;
  /** Languages of the texts a page shows (paragraphs, titles), in order of preference: the page's first. */
  private final List<String> textLanguages;

  Description(Graph graph, ResourcePaths paths, String lang, TermLabels terms) {
    this.model = ModelFactory.createModelForGraph(graph);
    this.paths = paths;
    this.terms = terms;
    this.languages = Stream.of(lang, "en", "fr", "").distinct().toList();
    this.textLanguages = Stream.of(lang, "fr", "en", "es", "ru", "ar", "zh").distinct().toList();
  }

  /** The language of the page. */
  String lang() {
    return languages.get(0);
  }

  Model model() {
    return model;
  }

  Resource resource(String iri) {
    return model.createResource(iri);
  }

  /**
   * A label: a term of the vocabulary by the ontology (or the catalogue); anything else by its
   * skos:prefLabel, rdfs:label or title in the preferred language; else the end of its IRI.
   */
  String label(Resource r) {
    if (r.isURIResource()) {
      Optional<String> term = terms.label(r.getURI(), lang());
      if (term.isPresent()) {
        return term.get();
      }
    }
    for (Property p : List.of(SKOS.prefLabel, RDFS.label, DCTerms.title)) {
      for (String lang : languages) {
        Optional<String> l = literalIn(r, p, lang);
        if (l.isPresent()) {
          return l.get();
        }
      }
    }
    Optional<String> fact = factLabel(r);
    if (fact.isPresent()) {
      return fact.get();
    }
    String iri = r.isURIResource() ? r.getURI() : r.toString();
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  /**
   * A fact read from a paragraph, by what it says and where: a citation ("A/HRC/RES/45/32,
   * preambular paragraph 4: recalls A/RES/60/251"), a mention (its fund or State, and the
   * paragraph), a mandated output (its kind, and the paragraph).
   */
  private Optional<String> factLabel(Resource r) {
    if (isA(r, Hrc.Citation)) {
      return object(r, Hrc.citedDocument).map(cited -> Catalogue.message(lang(), "label_citation",
          object(r, Hrc.citingParagraph).map(this::label).orElse(""),
          object(r, Hrc.citationFunction).map(this::label).orElse(Catalogue.message(lang(), "label_cites")), label(cited)));
    }
    if (isA(r, Hrc.Mention) || r.hasProperty(Hrc.mentioned)) {
      Optional<Resource> mentioning = subjects(Hrc.hasMention, r).stream().findFirst();
      return object(r, Hrc.mentioned).map(named -> mentioning.map(p -> Catalogue.message(lang(), "label_mention",
          label(named), label(p))).orElse(label(named)));
    }
    Optional<Resource> mandating = subjects(Hrc.mandates, r).stream().findFirst();
    if (mandating.isPresent() || isA(r, Hrc.MandatedOutput)) {
      Optional<Resource> kind = r.listProperties(RDF.type).toList().stream().map(st -> st.getResource())
          .filter(t -> !t.equals(Hrc.MandatedOutput)).findFirst();
      return kind.map(k -> mandating.map(p -> Catalogue.message(lang(), "label_output", label(k), label(p))).orElse(label(k)));
    }
    return Optional.empty();
  }

  Link link(Resource r) {
    return new Link(paths.href(r.getURI()), label(r));
  }

  Optional<String> literal(Resource s, Property p) {
    Statement st = s.getProperty(p);
    return st != null && st.getObject().isLiteral() ? Optional.of(st.getString()) : Optional.empty();
  }

  Optional<Literal> typedLiteral(Resource s, Property p) {
    Statement st = s.getProperty(p);
    return st != null && st.getObject().isLiteral() ? Optional.of(st.getLiteral()) : Optional.empty();
  }

  Optional<Resource> object(Resource s, Property p) {
    Statement st = s.getProperty(p);
    return st != null && st.getObject().isURIResource() ? Optional.of(st.getResource()) : Optional.empty();
  }

  List<Resource> objects(Resource s, Property p) {
    return s.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
        .map(RDFNode::asResource).toList();
  }

  List<Resource> subjects(Property p, Resource o) {
    return model.listSubjectsWithProperty(p, o).toList().stream().filter(Resource::isURIResource).toList();
  }

  boolean isA(Resource r, Resource type) {
    return r.hasProperty(RDF.type, type);
  }

  /** Sorts resources by their labels, as a reader scans a list. */
  Comparator<Resource> byLabel() {
    return Comparator.comparing(this::label, String.CASE_INSENSITIVE_ORDER);
  }


  /** A literal of the texts (a paragraph's text, a title) in the first language it has. */
  Optional<Literal> text(Resource s, Property p) {
    for (String lang : textLanguages) {
      Optional<Literal> l = s.listProperties(p).toList().stream().map(Statement::getObject)
          .filter(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang)).map(RDFNode::asLiteral).findFirst();
      if (l.isPresent()) {
        return l;
      }
    }
    return literal(s, p).map(v -> model.createLiteral(v));
  }

  /** Where a fact lies in the file of the language version in a language. */
  Optional<Resource> span(Resource fact, String lang) {
    return objects(fact, Hrc.foundAt).stream()
        .filter(at -> literal(at, DCTerms.language).map(lang::equals).orElse(false)).findFirst();
  }

  private Optional<String> literalIn(Resource r, Property p, String lang) {
    return r.listProperties(p).toList().stream().map(Statement::getObject)
        .filter(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang))
        .map(o -> o.asLiteral().getString()).findFirst();
  }
}
