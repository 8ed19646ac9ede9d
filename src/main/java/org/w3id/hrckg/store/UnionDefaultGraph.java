package org.w3id.hrckg.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A dataset as SPARQL users query it: a build keeps each document in its own named graph, and a
 * query without {@code GRAPH} should see them all, so the default graph is the union of the named
 * graphs. TDB2 does this itself when told; any other dataset gets this read view (a
 * {@link DatasetGraphWrapperView}, which ARQ queries as it is instead of unwrapping it).
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

  private UnionDefaultGraph(DatasetGraph dataset) {
    super(dataset);
  }

  /** The dataset with the union of its named graphs as its default graph. */
  public static DatasetGraph of(DatasetGraph dataset) {
    if (DatabaseMgr.isTDB2(dataset)) {
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return dataset;
    }
    return new UnionDefaultGraph(dataset);
  }

  @Override
  public Graph getDefaultGraph() {
    return getUnionGraph();
  }

  @Override
  public Graph getGraph(Node graphNode) {
    return Quad.isDefaultGraph(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    if (g != null && Quad.isDefaultGraph(g)) {
      return getUnionGraph().find(s, p, o).mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }
    return super.find(g, s, p, o);
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    if (g != null && Quad.isDefaultGraph(g)) {
      return getUnionGraph().contains(s, p, o);
    }
    return super.contains(g, s, p, o);
  }
}
