package org.w3id.hrckg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * Full-text search of documents, in SPARQL with {@code text:query} (so that any endpoint with the
 * same index answers it): the statements that match are gathered by document (a paragraph's hit
 * counts for its document), documents ranked by their best hit, a symbol's hit above a title's,
 * a title's above a paragraph's; then each document's facets are read, and the facets chosen
 * filter the documents.
 *
 * <p>The index is the dataset's own ({@link SearchIndex}), or, over another engine's SPARQL
 * endpoint, the engine's, when it is configured as {@code deploy/fuseki/hrc-kg.ttl} says:
 * {@link #available} tells which.
 */
public final class DocumentSearch {

  /** Most statements read from the index for one search. */
  static final int MAX_HITS = 2_000;
  /** Snippets kept per document. */
  static final int SNIPPETS = 3;
  /** Marks around a highlighted word in a snippet, as jena-text is told to write them. */
  public static final char MARK_START = '\uE000';
  public static final char MARK_END = '\uE001';

  /** The weight of a hit by the field it is in: a symbol typed is the document wanted. */
  private static final Map<String, Double> WEIGHTS = Map.of(
      "https://w3id.org/hrc-kg/ontology#symbol", 4.0, "http://purl.org/dc/terms/title", 2.0);

  private static final String PREFIXES = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX eli: <http://data.europa.eu/eli/ontology#>
      PREFIX text: <http://jena.apache.org/text#>
      """;

  private final DatasetGraph dataset;

  public DocumentSearch(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /** A facet of the documents found. */
  public enum Facet { BODY, SESSION, YEAR, AGENDA, LANGUAGE, ROLE, FUND, OUTPUTS }

  /** What a document's {@link Facet#ROLE} facet says: its text is in the corpus, or it is only cited. */
  public static final String CITING = "citing";
  public static final String CITED = "cited";
  /** What the {@link Facet#OUTPUTS} facet says of a document that mandates outputs. */
  public static final String MANDATES = "mandates";

  /**
   * A passage that matched: the thing it is on (a paragraph or the document), the property, its
   * language, the highlighted text; for a paragraph, whether it is preambular and its number.
   */
  public record Snippet(String on, String property, String language, String text, boolean preambular, String number) {}

  /** A document found, its score, the passages that matched, and its value for each facet. */
  public record Found(String document, double score, List<Snippet> snippets, Map<Facet, Set<String>> facets) {}

  /** The documents found (all, ranked), the counts of each facet's values among the documents kept. */
  public record Results(SearchTerms terms, List<Found> documents, Map<Facet, Map<String, Long>> counts) {}

  /**
   * Whether {@code text:query} answers over the dataset: its own index is attached, or a symbol
   * it holds is found, with its highlighted value, by a search for it (an engine without the index
   * says so by no error: {@code text:query} is then a plain triple pattern, or binds nothing but the
   * subjects).
   */
  public boolean available() {
    if (dataset.getContext().get(TextQuery.textIndex) != null) {
      return true;
    }
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> SelectQuery.rows(union, PREFIXES + "SELECT ?symbol { ?doc hrc:symbol ?symbol } LIMIT 1")
        .stream().findFirst().map(r -> r.getLiteral("symbol").getLexicalForm())
        .map(symbol -> SelectQuery.rows(union, hitsQuery(SearchTerms.of(symbol))).stream().anyMatch(r -> r.contains("snippet")))
        .orElse(false));
  }

  /** Searches, keeping the documents whose facets hold every value chosen. */
  public Results search(SearchTerms terms, Map<Facet, String> chosen) {
    if (terms.isEmpty()) {
      return new Results(terms, List.of(), Map.of());
    }
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> {
      Map<String, List<QuerySolution>> hits = new LinkedHashMap<>();
      SelectQuery.rows(union, hitsQuery(terms)).forEach(r -> hits.computeIfAbsent(r.getResource("doc").getURI(),
          d -> new ArrayList<>()).add(r));
      Map<String, Map<Facet, Set<String>>> facets = facets(union, hits.keySet());
      List<Found> found = new ArrayList<>();
      hits.forEach((doc, rows) -> {
        Map<Facet, Set<String>> values = facets.getOrDefault(doc, new LinkedHashMap<>());
        values.put(Facet.LANGUAGE, rows.stream().map(r -> r.getLiteral("snippet").getLanguage())
            .filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
        found.add(new Found(doc, rows.stream().mapToDouble(DocumentSearch::weighted).max().orElse(0),
            rows.stream().sorted(Comparator.comparingDouble(DocumentSearch::weighted).reversed()).limit(SNIPPETS)
                .map(DocumentSearch::snippet).toList(), values));
      });
      List<Found> kept = found.stream().filter(f -> chosen.entrySet().stream()
              .allMatch(c -> f.facets().getOrDefault(c.getKey(), Set.of()).contains(c.getValue())))
          .sorted(Comparator.comparingDouble(Found::score).reversed().thenComparing(Found::document)).toList();
      return new Results(terms, kept, counts(kept));
    });
  }

  private static String hitsQuery(SearchTerms terms) {
    return PREFIXES + """
        SELECT ?hit ?score ?snippet ?property ?doc ?number ?preambular WHERE {
          (?hit ?score ?snippet ?graph ?property) text:query (dcterms:title hrc:text hrc:symbol %s %d "highlight:s:%s | e:%s | z:160 | m:2") .
          OPTIONAL { ?parent hrc:hasParagraph ?hit . ?hit hrc:ordinal ?number
            BIND (EXISTS { ?hit a hrc:PreambularParagraph } AS ?preambular) }
          BIND (COALESCE(?parent, ?hit) AS ?doc)
        }""".formatted(quoted(terms.lucene()), MAX_HITS, MARK_START, MARK_END);
  }

  private static Map<String, Map<Facet, Set<String>>> facets(DatasetGraph union, Set<String> documents) {
    Map<String, Map<Facet, Set<String>>> out = new LinkedHashMap<>();
    if (documents.isEmpty()) {
      return out;
    }
    String values = documents.stream().map(d -> "<" + d + ">").collect(Collectors.joining(" "));
    Map<Facet, String> patterns = new LinkedHashMap<>();
    patterns.put(Facet.BODY, "?doc hrc:issuedBy ?v");
    patterns.put(Facet.SESSION, "?doc hrc:session ?v");
    patterns.put(Facet.YEAR, "?doc hrc:adoptionDate|hrc:documentDate ?d BIND (SUBSTR(STR(?d), 1, 4) AS ?v)");
    patterns.put(Facet.AGENDA, "?doc hrc:agendaItem ?v");
    patterns.put(Facet.ROLE, "BIND (IF(EXISTS { ?doc eli:is_realized_by ?e }, \"" + CITING + "\", \"" + CITED + "\") AS ?v)");
    patterns.put(Facet.FUND, "?doc hrc:hasParagraph/hrc:mentionsFund ?v");
    patterns.put(Facet.OUTPUTS, "FILTER EXISTS { ?doc hrc:hasParagraph/hrc:mandates ?o } BIND (\"" + MANDATES + "\" AS ?v)");
    patterns.forEach((facet, pattern) -> SelectQuery.rows(union, PREFIXES
        + "SELECT DISTINCT ?doc ?v WHERE { VALUES ?doc { " + values + " } " + pattern + " }").forEach(r ->
        out.computeIfAbsent(r.getResource("doc").getURI(), d -> new LinkedHashMap<>())
            .computeIfAbsent(facet, f -> new TreeSet<>()).add(value(r.get("v")))));
    return out;
  }

  private static Map<Facet, Map<String, Long>> counts(List<Found> documents) {
    Map<Facet, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Map<String, Long> byValue = documents.stream().flatMap(f -> f.facets().getOrDefault(facet, Set.of()).stream())
          .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
      if (!byValue.isEmpty()) {
        counts.put(facet, byValue);
      }
    }
    return counts;
  }

  private static double weighted(QuerySolution hit) {
    return hit.getLiteral("score").getDouble() * WEIGHTS.getOrDefault(hit.getResource("property").getURI(), 1.0);
  }

  private static Snippet snippet(QuerySolution hit) {
    Literal text = hit.getLiteral("snippet");
    return new Snippet(hit.getResource("hit").getURI(), hit.getResource("property").getURI(), text.getLanguage(),
        text.getLexicalForm(), hit.contains("preambular") && hit.getLiteral("preambular").getBoolean(),
        hit.contains("number") ? hit.getLiteral("number").getLexicalForm() : null);
  }

  private static String value(RDFNode node) {
    return node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
  }

  /** A SPARQL string literal. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The snippet's text with its highlighted words, in runs: {@code true} for a highlighted run. */
  public static List<Map.Entry<String, Boolean>> runs(String snippet) {
    List<Map.Entry<String, Boolean>> runs = new ArrayList<>();
    int i = 0;
    while (i < snippet.length()) {
      int start = snippet.indexOf(MARK_START, i);
      if (start < 0) {
        runs.add(Map.entry(snippet.substring(i), false));
        break;
      }
      if (start > i) {
        runs.add(Map.entry(snippet.substring(i, start), false));
      }
      int end = Optional.of(snippet.indexOf(MARK_END, start)).filter(e -> e >= 0).orElse(snippet.length());
      runs.add(Map.entry(snippet.substring(start + 1, end), true));
      i = end + 1;
    }
    return runs;
  }
}
