package org.w3id.hrckg.server.html;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.vocab.Hrc;
import org.w3id.hrckg.vocab.Namespaces;

/**
 * The labels of the vocabulary's terms (properties and classes) that pages show: the ontology's
 * own {@code rdfs:label} in the page's language for {@code hrc:} terms (read from the data's
 * ontology graph), and the catalogue's {@code term_PREFIX_LOCAL} for the terms of other
 * vocabularies. A page never shows a term's IRI or local name as its label.
 */
public final class TermLabels {

  private static final Map<String, String> MORE_PREFIXES = Map.of(
      "void", "http://rdfs.org/ns/void#", "vann", "http://purl.org/vocab/vann/");

  private final Map<String, Map<String, String>> ontology;
  private final Map<String, String> prefixes;

  private TermLabels(Map<String, Map<String, String>> ontology, Map<String, String> prefixes) {
    this.ontology = ontology;
    this.prefixes = prefixes;
  }

  /** The labels of the ontology the dataset holds, and the catalogue's for the others. */
  public static TermLabels of(DatasetGraph dataset, IriMinter iris) {
    Map<String, Map<String, String>> labels = new HashMap<>();
    // Only the ontology's graph: every paragraph and citation has a label too, millions at scale.
    Txn.executeRead(dataset, () -> SelectQuery.rows(dataset, """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?t ?l WHERE { GRAPH <%s> { ?t rdfs:label ?l FILTER (STRSTARTS(STR(?t), "%s")) } }"""
        .formatted(OntologyFiles.ONTOLOGY_IRI, Hrc.NS))
        .forEach((QuerySolution r) -> labels.computeIfAbsent(r.getResource("t").getURI(), t -> new HashMap<>())
            .put(r.getLiteral("l").getLanguage(), r.getLiteral("l").getLexicalForm())));
    Map<String, String> prefixes = new LinkedHashMap<>(Namespaces.prefixes(iris));
    prefixes.putAll(MORE_PREFIXES);
    return new TermLabels(labels, prefixes);
  }

  /** The label of a term in a language, if the ontology or the catalogue has one. */
  public Optional<String> label(String term, String lang) {
    Map<String, String> own = ontology.get(term);
    if (own != null) {
      return Optional.ofNullable(own.getOrDefault(lang, own.get("en")));
    }
    return key(term).map(k -> Catalogue.messages(lang).get(k));
  }

  /** The catalogue's key of a term of another vocabulary: {@code term_skos_prefLabel}. */
  Optional<String> key(String term) {
    return prefixes.entrySet().stream().filter(e -> term.startsWith(e.getValue()) && term.length() > e.getValue().length())
        .findFirst().map(e -> "term_" + e.getKey() + "_" + term.substring(e.getValue().length()));
  }
}
