package org.w3id.hrckg.server.html;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The labels of things as a list shows them, read from the data in one query: the preferred
 * label in the page's language (else in English, French or none), else the thing's symbol (a
 * document is known by it), else its label, else its title; a thing with none of these keeps its IRI, which a page never shows as a label
 * (it says "untitled document" instead).
 */
final class Labels {

  private static final String QUERY = """
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?x ?rank ?l WHERE {
        VALUES ?x { %s }
        { ?x skos:prefLabel ?l BIND (0 AS ?rank) } UNION { ?x hrc:symbol ?l BIND (1 AS ?rank) }
        UNION { ?x rdfs:label ?l BIND (2 AS ?rank) } UNION { ?x dcterms:title ?l BIND (3 AS ?rank) }
      }""";

  private static final String TITLES = """
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?x ?l WHERE { VALUES ?x { %s } ?x dcterms:title ?l }""";

  private Labels() {}

  /** The label of each IRI given that the data labels, in a language. */
  static Map<String, String> of(DatasetGraph dataset, Collection<String> iris, String lang) {
    return best(dataset, iris, QUERY, r -> r.getLiteral("rank").getInt() * 10, lang);
  }

  /** The title of each document given, in a language, where the data has one. */
  static Map<String, String> titles(DatasetGraph dataset, Collection<String> documents, String lang) {
    return best(dataset, documents, TITLES, r -> 0, lang);
  }

  /** For each IRI, the literal {@code ?l} of the best rank: by the query's rank, then by language. */
  private static Map<String, String> best(DatasetGraph dataset, Collection<String> iris, String query,
      ToIntFunction<QuerySolution> rank, String lang) {
    if (iris.isEmpty()) {
      return Map.of();
    }
    String values = iris.stream().distinct().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
    List<QuerySolution> rows = Txn.calculateRead(dataset,
        () -> SelectQuery.rows(UnionDefaultGraph.of(dataset), query.formatted(values)));
    Map<String, Integer> best = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (QuerySolution r : rows) {
      String iri = r.getResource("x").getURI();
      Literal l = r.getLiteral("l");
      int score = rank.applyAsInt(r) + languageRank(l.getLanguage(), lang);
      if (score < best.getOrDefault(iri, Integer.MAX_VALUE)) {
        best.put(iri, score);
        labels.put(iri, l.getLexicalForm());
      }
    }
    return labels;
  }

  /** How well a literal's language suits a page: its own language, then English, French, none, any. */
  static int languageRank(String literal, String page) {
    if (literal.equals(page)) {
      return 0;
    }
    return switch (literal) {
      case "en" -> 1;
      case "fr" -> 2;
      case "" -> 3;
      default -> 4;
    };
  }
}
