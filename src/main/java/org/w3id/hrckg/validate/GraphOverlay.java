package org.w3id.hrckg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only union of a graph over another, as the shapes read a document over its context: what
 * a pattern finds in the upper graph, then what it finds in the lower one that the upper does not
 * hold. The same triples in the same order as Jena's {@code Union}, which instead records every
 * upper result of every find in a hash set; the lower results are tested against the upper graph
 * only when the two graphs share a triple (checked once, here).
 */
public final class GraphOverlay extends GraphBase {

  private final Graph upper;
  private final Graph lower;
  private final boolean overlapping;

  public GraphOverlay(Graph upper, Graph lower) {
    this.upper = upper;
    this.lower = lower;
    this.overlapping = shareATriple(upper, lower);
  }

  private static boolean shareATriple(Graph a, Graph b) {
    Graph small = a.size() <= b.size() ? a : b;
    Graph large = small == a ? b : a;
    return small.find().filterKeep(large::contains).hasNext();
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    ExtendedIterator<Triple> below = lower.find(pattern);
    return upper.find(pattern).andThen(overlapping ? below.filterDrop(upper::contains) : below);
  }

  @Override
  protected boolean graphBaseContains(Triple t) {
    return upper.contains(t) || lower.contains(t);
  }

  @Override
  protected int graphBaseSize() {
    return overlapping ? find().toList().size() : upper.size() + lower.size();
  }
}
