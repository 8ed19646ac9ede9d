package org.w3id.hrckg.server.html;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The citation instances behind each edge of the citation network, by citation function, which
 * the network page filters by and counts in its time view; and the functions' labels in every
 * language the ontology gives. An edge (a distinct citing-cited pair) stands for one or more
 * instances: one per citation the extraction found, a paragraph citing a document twice counting twice.
 *
 * @param byEdge for each (citing, cited) pair, the number of its citations of each function
 *     (by the function's IRI; {@link #UNCLASSIFIED} for a citation without one)
 * @param functions the citation functions found, by IRI, each with its label by language
 */
public record NetworkCitations(Map<List<String>, Map<String, Integer>> byEdge, Map<String, Map<String, String>> functions) {

  /** The key of the citations that have no function. */
  public static final String UNCLASSIFIED = "";

  private static final String QUERY = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?citing ?cited ?function (COUNT(DISTINCT ?citation) AS ?citations) {
        ?citation hrc:citingParagraph ?paragraph ; hrc:citedDocument ?cited .
        ?citing hrc:hasParagraph ?paragraph .
        OPTIONAL { ?citation hrc:citationFunction ?function }
        FILTER (?citing != ?cited)
      } GROUP BY ?citing ?cited ?function""";

  private static final String LABELS = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?function ?label { ?function a hrc:CitationFunction ; rdfs:label ?label }""";

  /** Reads them from a dataset (the default graph is the union of its documents' graphs). */
  public static NetworkCitations of(DatasetGraph dataset) {
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> {
      Map<List<String>, Map<String, Integer>> byEdge = new LinkedHashMap<>();
      for (QuerySolution r : SelectQuery.rows(union, QUERY)) {
        String function = r.contains("function") ? r.getResource("function").getURI() : UNCLASSIFIED;
        byEdge.computeIfAbsent(List.of(r.getResource("citing").getURI(), r.getResource("cited").getURI()),
            k -> new TreeMap<>()).merge(function, r.getLiteral("citations").getInt(), Integer::sum);
      }
      Map<String, Map<String, String>> functions = new TreeMap<>();
      for (QuerySolution r : SelectQuery.rows(union, LABELS)) {
        functions.computeIfAbsent(r.getResource("function").getURI(), k -> new TreeMap<>())
            .put(r.getLiteral("label").getLanguage(), r.getLiteral("label").getLexicalForm());
      }
      return new NetworkCitations(byEdge, functions);
    });
  }

  /** The citations of a pair, by function (none for a pair the network has and these do not). */
  Map<String, Integer> of(String citing, String cited) {
    return byEdge.getOrDefault(List.of(citing, cited), Map.of());
  }

  /** The functions the citations have, each with its label in a language (else in English), in the order of the labels. */
  List<Option> options(String lang) {
    Set<String> used = new HashSet<>();
    byEdge.values().forEach(f -> used.addAll(f.keySet()));
    return functions.entrySet().stream().filter(e -> used.contains(e.getKey()))
        .map(e -> new Option(e.getKey(), e.getValue().getOrDefault(lang, e.getValue().get("en"))))
        .sorted(Comparator.comparing(Option::label)).toList();
  }

  /** A choice of a filter: the value sent, the label shown. */
  record Option(String value, String label) {}
}
