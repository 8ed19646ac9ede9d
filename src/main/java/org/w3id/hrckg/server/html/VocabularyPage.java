package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.vocab.Hrc;

/**
 * {@code /ontology}: the vocabulary documented from {@code ontology/hrc.ttl} itself: each class
 * and property with its labels and definition in the page's language (and the other language's
 * label), its domain, range and parents, how often the data uses it and one example; the terms'
 * anchors are their local names, so that {@code hrc:Citation} is {@code /ontology#Citation}.
 */
record VocabularyPage(PageFrame frame, String title, String description, List<Term> classes, List<Term> properties,
    List<Term> individuals) {

  /** A term documented. */
  record Term(String id, String iri, String label, String otherLabel, String definition, List<Link> parents,
      List<Link> domain, List<Link> range, String uses, Link example) {}

  /** How much the data uses a term, and one thing that uses it. */
  record Use(long count, String example) {}

  static VocabularyPage of(Model ontology, Map<String, Use> uses, Ui ui, TermLabels labels) {
    String other = Catalogue.LANGUAGES.stream().filter(l -> !l.equals(ui.lang())).findFirst().orElse(ui.lang());
    Resource o = ontology.createResource(org.w3id.hrckg.reference.OntologyFiles.ONTOLOGY_IRI);
    List<Term> classes = new ArrayList<>();
    List<Term> properties = new ArrayList<>();
    List<Term> individuals = new ArrayList<>();
    ontology.listSubjects().toList().stream().filter(r -> r.isURIResource() && r.getURI().startsWith(Hrc.NS))
        .sorted(Comparator.comparing(Resource::getLocalName)).forEach(r -> {
          Term t = term(r, ui, other, uses, labels);
          if (r.hasProperty(RDF.type, OWL.Class)) {
            classes.add(t);
          } else if (r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty)
              || r.hasProperty(RDF.type, OWL.AnnotationProperty)) {
            properties.add(t);
          } else {
            individuals.add(t);
          }
        });
    String title = text(o, RDFS.label, ui.lang()).orElse(ui.message("vocabulary_title"));
    return new VocabularyPage(new PageFrame(title, Hrc.NS, List.of()), title,
        text(o, org.apache.jena.vocabulary.DCTerms.description, ui.lang()).orElse(null), classes, properties, individuals);
  }

  private static Term term(Resource r, Ui ui, String other, Map<String, Use> uses, TermLabels labels) {
    Use use = uses.get(r.getURI());
    return new Term(r.getLocalName(), r.getURI(), text(r, RDFS.label, ui.lang()).orElse(r.getLocalName()),
        text(r, RDFS.label, other).orElse(null),
        text(r, SKOS.definition, ui.lang()).or(() -> text(r, RDFS.comment, ui.lang())).orElse(null),
        links(r, RDFS.subClassOf, ui, labels), links(r, RDFS.domain, ui, labels), links(r, RDFS.range, ui, labels),
        use == null ? ui.message("vocabulary_unused") : ui.message("vocabulary_uses", use.count()),
        use == null || use.example() == null ? null : new Link(use.example(), ui.message("vocabulary_example")));
  }

  private static List<Link> links(Resource r, Property p, Ui ui, TermLabels labels) {
    return r.listProperties(p).toList().stream().map(st -> st.getObject()).filter(RDFNode::isURIResource)
        .map(RDFNode::asResource).map(t -> new Link(t.getURI().startsWith(Hrc.NS) ? "#" + t.getLocalName() : t.getURI(),
            labels.label(t.getURI(), ui.lang()).orElse(t.getLocalName()))).toList();
  }

  private static Optional<String> text(Resource r, Property p, String lang) {
    return r.listProperties(p).toList().stream().map(st -> st.getObject()).filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals(lang)).map(Literal::getLexicalForm).findFirst();
  }
}
