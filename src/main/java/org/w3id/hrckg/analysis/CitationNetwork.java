package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The citation network of a dataset: documents as nodes, a directed edge from each citing text to
 * each document it cites, weighted by the number of its paragraphs that cite it. Nodes are
 * identified by IRI and carry their attributes ({@link DocumentNode}).
 */
public final class CitationNetwork {

  private static final String PREFIXES = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static final String EDGES = PREFIXES + """
      SELECT ?citing ?cited (COUNT(DISTINCT ?paragraph) AS ?paragraphs) {
        ?citation hrc:citingParagraph ?paragraph ; hrc:citedDocument ?cited .
        ?citing hrc:hasParagraph ?paragraph .
        FILTER (?citing != ?cited)
      } GROUP BY ?citing ?cited ORDER BY ?citing ?cited""";

  /**
   * One row per document. The documents are made distinct and the earliest stated date of the
   * citations of each is grouped on its own before the attributes are joined: joined together,
   * a document's paragraphs and citations times its dated citations grow with the square of its
   * citations, which kept {@code serve} from starting on a few thousand texts (issue 10).
   */
  static final String NODES = PREFIXES + """
      SELECT ?d (SAMPLE(?s) AS ?symbol) (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?issuer) (SAMPLE(?session) AS ?sessionNumber)
             (SAMPLE(?own) AS ?ownDate) (SAMPLE(?earliest) AS ?statedDate) (SAMPLE(?file) AS ?sourceFile) {
        { SELECT DISTINCT ?d { { ?d hrc:hasParagraph ?p } UNION { ?c hrc:citedDocument ?d } } }
        OPTIONAL { ?d hrc:symbol ?s }
        OPTIONAL { ?d rdfs:label ?l }
        OPTIONAL { ?d hrc:issuedBy/skos:notation ?n }
        OPTIONAL { ?d hrc:session/hrc:sessionNumber ?session }
        OPTIONAL { ?d hrc:adoptionDate|hrc:documentDate ?own }
        OPTIONAL { SELECT ?d (MIN(?stated) AS ?earliest) { ?cit hrc:citedDocument ?d ; hrc:statedDate ?stated } GROUP BY ?d }
        OPTIONAL { ?d hrc:sourceFileName ?file }
      } GROUP BY ?d ORDER BY ?d""";

  private final Graph<String, DefaultWeightedEdge> graph;
  private final Map<String, DocumentNode> nodes;

  CitationNetwork(Graph<String, DefaultWeightedEdge> graph, Map<String, DocumentNode> nodes) {
    this.graph = graph;
    this.nodes = nodes;
  }

  /** Reads the network of a dataset (its documents' graphs; the default graph is their union). */
  public static CitationNetwork of(DatasetGraph dataset) {
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> {
      Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
      Map<String, DocumentNode> nodes = new LinkedHashMap<>();
      for (QuerySolution r : SelectQuery.rows(union, NODES)) {
        DocumentNode node = node(r);
        nodes.put(node.iri(), node);
        graph.addVertex(node.iri());
      }
      for (QuerySolution r : SelectQuery.rows(union, EDGES)) {
        DefaultWeightedEdge e = graph.addEdge(r.getResource("citing").getURI(), r.getResource("cited").getURI());
        graph.setEdgeWeight(e, r.getLiteral("paragraphs").getInt());
      }
      return new CitationNetwork(graph, Collections.unmodifiableMap(nodes));
    });
  }

  /** A network from nodes and weighted edges given directly (for hand-made graphs). */
  public static CitationNetwork of(List<DocumentNode> nodes, Map<List<String>, Double> edges) {
    Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Map<String, DocumentNode> byIri = new LinkedHashMap<>();
    nodes.forEach(n -> {
      byIri.put(n.iri(), n);
      graph.addVertex(n.iri());
    });
    edges.forEach((pair, weight) -> graph.setEdgeWeight(graph.addEdge(pair.get(0), pair.get(1)), weight));
    return new CitationNetwork(graph, Collections.unmodifiableMap(byIri));
  }

  /** The graph, documents by IRI. */
  public Graph<String, DefaultWeightedEdge> graph() {
    return graph;
  }

  /** The documents, by IRI, in a stable order. */
  public Map<String, DocumentNode> nodes() {
    return nodes;
  }

  public DocumentNode node(String iri) {
    return nodes.get(iri);
  }

  /** The edges as (citing, cited, weight), in a stable order. */
  public List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    for (String citing : nodes.keySet()) {
      graph.outgoingEdgesOf(citing).stream()
          .map(e -> new Edge(citing, graph.getEdgeTarget(e), (int) graph.getEdgeWeight(e)))
          .sorted(java.util.Comparator.comparing(Edge::cited))
          .forEach(edges::add);
    }
    return edges;
  }

  /** A citation edge: a text, a document it cites, and how many of its paragraphs do. */
  public record Edge(String citing, String cited, int paragraphs) {}

  private static DocumentNode node(QuerySolution r) {
    Integer year = year(r, "ownDate");
    boolean inCorpus = r.contains("sourceFile");
    return new DocumentNode(r.getResource("d").getURI(), text(r, "symbol"), text(r, "label"), text(r, "issuer"),
        r.contains("sessionNumber") ? r.getLiteral("sessionNumber").getInt() : null,
        year != null ? year : year(r, "statedDate"), inCorpus);
  }

  private static Integer year(QuerySolution r, String var) {
    String date = text(r, var);
    return date != null && date.length() >= 4 ? Integer.valueOf(date.substring(0, 4)) : null;
  }

  private static String text(QuerySolution r, String var) {
    return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
  }
}
