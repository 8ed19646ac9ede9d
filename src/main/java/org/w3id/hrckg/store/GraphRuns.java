package org.w3id.hrckg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The pipeline's stream taken graph by graph, passing on only the graphs that differ from those of
 * the build it starts from. The pipeline streams each graph in one run (the ontology, the reference
 * data, each work, the quality graph), so a graph is whole when the next one starts: its digest is
 * then compared with the previous build's ({@link GraphLedger}), and the graph goes on whole if it is
 * new or changed. Starting from no build, every graph goes on.
 */
final class GraphRuns extends StreamRDFWrapper {

  private final GraphLedger previous;
  private final Map<String, String> digests = new LinkedHashMap<>();
  private final Set<Node> changed = new LinkedHashSet<>();
  private Node graph;
  private List<Quad> run = new ArrayList<>();
  private GraphLedger.Digest digest;

  GraphRuns(StreamRDF out, GraphLedger previous) {
    super(out);
    this.previous = previous;
  }

  @Override
  public void quad(Quad quad) {
    if (!quad.getGraph().equals(graph)) {
      endRun();
      if (digests.containsKey(GraphLedger.name(quad.getGraph()))) {
        throw new IllegalStateException("the graph " + quad.getGraph() + " is streamed in two runs: a graph must be streamed whole");
      }
      graph = quad.getGraph();
      digest = new GraphLedger.Digest();
    }
    run.add(quad);
    digest.add(quad);
  }

  @Override
  public void triple(Triple triple) {
    quad(Quad.create(Quad.defaultGraphIRI, triple));
  }

  @Override
  public void finish() {
    endRun();
    super.finish();
  }

  private void endRun() {
    if (graph == null) {
      return;
    }
    String value = digest.value();
    digests.put(GraphLedger.name(graph), value);
    if (!previous.digest(graph).equals(Optional.of(value))) {
      changed.add(graph);
      run.forEach(other::quad);
    }
    graph = null;
    run = new ArrayList<>();
  }

  /** The digests of the graphs streamed. */
  GraphLedger ledger() {
    return new GraphLedger(digests);
  }

  /** The graphs passed on: new, or changed since the previous build. */
  Set<Node> changed() {
    return changed;
  }

  /** How many graphs the previous build holds. */
  int previousGraphs() {
    return previous.digests().size();
  }

  /** Whether the previous build holds a graph. */
  boolean previousHolds(Node graph) {
    return previous.digest(graph).isPresent();
  }

  /** The graphs of the previous build that were not streamed again. */
  Set<String> gone() {
    Set<String> gone = new LinkedHashSet<>(previous.digests().keySet());
    gone.removeAll(digests.keySet());
    return gone;
  }
}
