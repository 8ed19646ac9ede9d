package org.w3id.hrckg.server.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * A dataset held by another engine, read through its SPARQL endpoint, so that the server's
 * handlers serve it as they serve the embedded one: every {@code find} and {@code contains} is a
 * query to the endpoint, and every query ARQ is asked to run over this dataset (or a view of it)
 * is sent whole to the endpoint ({@link EndpointQueryEngine}) instead of being evaluated pattern
 * by pattern here. Read-only; its transactions are only marks, since the endpoint answers each
 * query on its own.
 *
 * <p>The endpoint serves a build (one named graph per document) whose default graph is the union of
 * its named graphs, as hrc-kg's own {@code /sparql} does (Fuseki/TDB2 with {@code unionDefaultGraph},
 * Virtuoso, QLever, GraphDB by default): the default graph adds no quads of its own here.
 */
public final class EndpointDataset extends DatasetGraphBaseFind {

  /** Things whose statements are kept, at most (least recently used out first). */
  private static final int SUBJECTS = 50_000;

  static {
    QueryEngineRegistry.addFactory(EndpointQueryEngine.FACTORY);
  }

  private final String endpoint;
  private final Optional<String> authorization;
  private final Duration timeout;
  private final PrefixMap prefixes;
  private final Transactional marks = new TransactionalNull();
  private final Cache<Node, List<Quad>> subjects = CacheFactory.createCache(SUBJECTS);
  private volatile Set<Node> graphs;

  /**
   * @param endpoint the SPARQL query endpoint's URL
   * @param authorization the {@code Authorization} header every query carries, if the endpoint asks
   * @param timeout the longest one query to it may take
   * @param prefixes the prefixes its descriptions are written with (a SPARQL endpoint does not tell them)
   */
  public EndpointDataset(String endpoint, Optional<String> authorization, Duration timeout, PrefixMap prefixes) {
    this.endpoint = endpoint;
    this.authorization = authorization;
    this.timeout = timeout;
    this.prefixes = prefixes;
  }

  /** The endpoint's URL. */
  public String endpoint() {
    return endpoint;
  }

  /** The endpoint dataset a dataset is, or views, if any. */
  static EndpointDataset under(DatasetGraph dataset) {
    DatasetGraph d = dataset;
    while (d instanceof DatasetGraphWrapper wrapper) {
      d = wrapper.getWrapped();
    }
    return d instanceof EndpointDataset endpointDataset ? endpointDataset : null;
  }

  /** A query to the endpoint, under the time limit. */
  QueryExec exec(Query query) {
    QueryExecHTTPBuilder exec = QueryExecHTTP.service(endpoint).query(query).timeout(timeout.toMillis());
    authorization.ifPresent(value -> exec.httpHeader("Authorization", value));
    return exec.build();
  }

  @Override
  protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
    return Iter.nullIterator();
  }

  @Override
  protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
    if (s != null && s.isURI()) {
      return statementsOf(s).stream().filter(q -> q.getGraph().equals(g) && q.matches(g, s, p, o)).iterator();
    }
    if (isWildcard(s) && isWildcard(p) && isWildcard(o)) {
      keepStatementsOfSubjectsIn(g);
    }
    return rows("SELECT * { GRAPH " + term(g, "g") + " { " + pattern(s, p, o) + " } }",
        row -> Quad.create(g, value(row, "s", s), value(row, "p", p), value(row, "o", o)));
  }

  /**
   * Asks in one query what is said, in every graph, of the things a graph speaks of: a whole
   * document's graph is read to describe its parts, which are read next, one by one.
   */
  private void keepStatementsOfSubjectsIn(Node graph) {
    Map<Node, List<Quad>> bySubject = new HashMap<>();
    rows("SELECT ?s ?g ?p ?o { { SELECT DISTINCT ?s { GRAPH " + term(graph, "g") + " { ?s ?x ?y } FILTER isIRI(?s) } }"
        + " GRAPH ?g { ?s ?p ?o } }", row -> Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o")))
        .forEachRemaining(q -> bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q));
    bySubject.forEach(subjects::put);
  }

  @Override
  protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
    if (s != null && s.isURI()) {
      return statementsOf(s).stream().filter(q -> q.matches(Node.ANY, s, p, o)).iterator();
    }
    return rows("SELECT * { GRAPH ?g { " + pattern(s, p, o) + " } }",
        row -> Quad.create(row.get("g"), value(row, "s", s), value(row, "p", p), value(row, "o", o)));
  }

  /**
   * What is said of a thing, in every graph, asked once: describing a thing reads the statements of
   * its parts and the labels of what it links to one by one, and each would otherwise be a request.
   */
  private List<Quad> statementsOf(Node subject) {
    return subjects.get(subject, s -> Iter.toList(rows("SELECT ?g ?p ?o { GRAPH ?g { " + term(s, "s") + " ?p ?o } }",
        row -> Quad.create(row.get("g"), s, row.get("p"), row.get("o")))));
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    if (g != null && Quad.isDefaultGraph(g)) {
      return false;
    }
    if (s != null && s.isURI()) {
      return find(g, s, p, o).hasNext();
    }
    String graph = isWildcard(g) || Quad.isUnionGraph(g) ? "?g" : term(g, "g");
    return ask("ASK { GRAPH " + graph + " { " + pattern(s, p, o) + " } }");
  }

  @Override
  public boolean containsGraph(Node graphNode) {
    return Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) || graphNames().contains(graphNode);
  }

  @Override
  public Iterator<Node> listGraphNodes() {
    return graphNames().iterator();
  }

  /** The names of the named graphs, asked once: one per document, and the describer looks for them often. */
  private Set<Node> graphNames() {
    Set<Node> names = graphs;
    if (names == null) {
      names = Set.copyOf(Iter.toList(rows("SELECT DISTINCT ?g { GRAPH ?g { } }", row -> row.get("g"))));
      graphs = names;
    }
    return names;
  }

  @Override
  public Graph getDefaultGraph() {
    return GraphView.createDefaultGraph(this);
  }

  @Override
  public Graph getGraph(Node graphNode) {
    return GraphView.createNamedGraph(this, graphNode);
  }

  @Override
  public PrefixMap prefixes() {
    return prefixes;
  }

  @Override
  public void addGraph(Node graphName, Graph graph) {
    throw readOnly();
  }

  @Override
  public void removeGraph(Node graphName) {
    throw readOnly();
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    throw readOnly();
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    throw readOnly();
  }

  private UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the dataset at " + endpoint + " is read here, not written");
  }

  private boolean ask(String query) {
    try (QueryExec exec = exec(QueryFactory.create(query))) {
      return exec.ask();
    }
  }

  /** The rows of a query, streamed; the exchange ends with the last row. */
  private <T> Iterator<T> rows(String query, Function<Binding, T> each) {
    QueryExec exec = exec(QueryFactory.create(query));
    RowSet rows = exec.select();
    return new Iterator<>() {
      private boolean open = true;

      @Override
      public boolean hasNext() {
        if (open && !rows.hasNext()) {
          exec.close();
          open = false;
        }
        return open;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return each.apply(rows.next());
      }
    };
  }

  private static String pattern(Node s, Node p, Node o) {
    return term(s, "s") + " " + term(p, "p") + " " + term(o, "o") + " .";
  }

  private static String term(Node node, String var) {
    return isWildcard(node) ? "?" + var : NodeFmtLib.strNT(node);
  }

  private static Node value(Binding row, String var, Node given) {
    return isWildcard(given) ? row.get(var) : given;
  }

  @Override
  public boolean supportsTransactions() {
    return true;
  }

  @Override
  public boolean supportsTransactionAbort() {
    return false;
  }

  @Override
  public void begin(TxnType type) {
    marks.begin(type);
  }

  @Override
  public void begin(ReadWrite readWrite) {
    marks.begin(readWrite);
  }

  @Override
  public boolean promote(Promote mode) {
    return false;
  }

  @Override
  public void commit() {
    marks.commit();
  }

  @Override
  public void abort() {
    marks.abort();
  }

  @Override
  public void end() {
    marks.end();
  }

  @Override
  public ReadWrite transactionMode() {
    return marks.transactionMode();
  }

  @Override
  public TxnType transactionType() {
    return marks.transactionType();
  }

  @Override
  public boolean isInTransaction() {
    return marks.isInTransaction();
  }
}
