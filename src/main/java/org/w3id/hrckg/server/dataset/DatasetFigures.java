package org.w3id.hrckg.server.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The dataset in figures, counted once when the server starts (its data does not change while it
 * runs): what the landing page shows and the VoID description states.
 *
 * @param counts what was counted, by what it is, in display order
 * @param triples the statements in all graphs
 * @param classes instances per class, for VoID class partitions
 * @param documents the texts of the corpus, by session then symbol
 * @param mostCited the documents cited by the most texts of the corpus
 */
public record DatasetFigures(Map<String, Long> counts, long triples, Map<String, Long> classes,
    List<CorpusDocument> documents, List<CitedDocument> mostCited) {

  /** A text of the corpus. */
  public record CorpusDocument(String iri, String symbol, String title, String kind, String session) {}

  /** A document with the number of corpus texts that cite it. */
  public record CitedDocument(String iri, String label, long citingTexts) {}

  private static final String PREFIXES = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX cito: <http://purl.org/spar/cito/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX eli: <http://data.europa.eu/eli/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static final Map<String, String> COUNTS = countQueries();

  /**
   * The union graph holds each triple once, so where one triple names one thing (a type, a
   * paragraph of one document) {@code COUNT(*)} counts the things without reading a node.
   */
  private static Map<String, String> countQueries() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("texts in the corpus", "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?d eli:is_realized_by ?e ; hrc:sourceFileName ?f }");
    q.put("adopted resolutions", "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d eli:is_realized_by ?e ; a hrc:Resolution }");
    q.put("draft resolutions", "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d eli:is_realized_by ?e ; a hrc:DraftResolution }");
    q.put("paragraphs", "SELECT (COUNT(*) AS ?n) { ?d hrc:hasParagraph ?p }");
    q.put("citations", "SELECT (COUNT(*) AS ?n) { ?c a hrc:Citation }");
    q.put("documents cited", "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?d cito:cites ?c }");
    q.put("sponsorships", "SELECT (COUNT(*) AS ?n) { ?s a hrc:Sponsorship }");
    q.put("mandated outputs", "SELECT (COUNT(*) AS ?n) { ?o a hrc:MandatedOutput }");
    return q;
  }

  /** Counts the figures of a dataset. */
  public static DatasetFigures of(DatasetGraph dataset) {
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      COUNTS.forEach((what, query) -> counts.put(what, SelectQuery.rows(union, PREFIXES + query).get(0).getLiteral("n").getLong()));
      // Counted by the store (an external one answers with one number, not every quad).
      long triples = SelectQuery.rows(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0)
          .getLiteral("n").getLong();
      Map<String, Long> classes = new LinkedHashMap<>();
      SelectQuery.rows(union, PREFIXES + "SELECT ?c (COUNT(*) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
          .forEach(r -> classes.put(r.getResource("c").getURI(), r.getLiteral("n").getLong()));
      List<CorpusDocument> documents = new ArrayList<>();
      SelectQuery.rows(union, PREFIXES + """
          SELECT ?d ?symbol ?title ?kind ?session {
            ?d eli:is_realized_by ?e ; a ?k . FILTER (?k IN (hrc:Resolution, hrc:DraftResolution))
            BIND (IF(?k = hrc:Resolution, "Resolution", "Draft resolution") AS ?kind)
            OPTIONAL { ?d hrc:symbol ?symbol }
            OPTIONAL { SELECT ?d (SAMPLE(?t) AS ?title) { ?d dcterms:title ?t } GROUP BY ?d }
            OPTIONAL { ?d hrc:session/hrc:sessionNumber ?session }
          } ORDER BY DESC(?session) ?symbol ?d""").forEach(r -> documents.add(new CorpusDocument(
          r.getResource("d").getURI(), text(r, "symbol"), text(r, "title"), text(r, "kind"), text(r, "session"))));
      List<CitedDocument> mostCited = new ArrayList<>();
      // The ten first, then their labels: a label looked up per citing text read millions at scale.
      SelectQuery.rows(union, PREFIXES + """
          SELECT ?c (SAMPLE(?l) AS ?label) ?n {
            { SELECT ?c (COUNT(DISTINCT ?d) AS ?n) { ?d cito:cites ?c } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 10 }
            OPTIONAL { ?c rdfs:label ?l }
          } GROUP BY ?c ?n ORDER BY DESC(?n) ?c""").forEach(r -> mostCited.add(new CitedDocument(
          r.getResource("c").getURI(), text(r, "label"), r.getLiteral("n").getLong())));
      return new DatasetFigures(counts, triples, classes, documents, mostCited);
    });
  }

  private static String text(QuerySolution r, String var) {
    return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
  }
}
