package org.w3id.hrckg.analysis;

import java.util.Arrays;

/**
 * PageRank on a {@link CompactGraph}, weighted by edge weight: r(v) = (1 − d)/N + d·(Σ over
 * citing u of r(u)·w(u,v)/W(u) + Σ over dangling u of r(u)/N), a document that cites nothing
 * spreading its rank over all, as JGraphT's {@code PageRank} and networkx do. Power iteration from
 * the uniform vector until no score moves by the tolerance or more (JGraphT's test), in the same
 * order of operations as JGraphT, so that the scores agree with it to rounding.
 *
 * @param scores the score of each node, by node number; they sum to 1
 * @param iterations the iterations run
 */
public record CompactPageRank(double[] scores, int iterations) {

  /** PageRank of the graph with damping factor d. */
  public static CompactPageRank of(CompactGraph g, double d, double tolerance, int maxIterations) {
    int n = g.nodes();
    double[] current = new double[n];
    double[] next = new double[n];
    double[] share = new double[n];
    Arrays.fill(current, 1.0 / n);
    int iteration = 0;
    double change = Double.MAX_VALUE;
    while (iteration < maxIterations && change >= tolerance) {
      double teleport = 0;
      for (int u = 0; u < n; u++) {
        double w = g.outWeight(u);
        teleport += w > 0 ? (1 - d) * current[u] : current[u];
        share[u] = w > 0 ? d * current[u] / w : 0;
      }
      teleport /= n;
      change = 0;
      for (int v = 0; v < n; v++) {
        double contribution = 0;
        for (int slot = g.firstIn(v), end = g.firstIn(v + 1); slot < end; slot++) {
          contribution += share[g.source(slot)] * g.weight(slot);
        }
        double value = teleport + contribution;
        change = Math.max(change, Math.abs(value - current[v]));
        next[v] = value;
      }
      double[] swap = current;
      current = next;
      next = swap;
      iteration++;
    }
    return new CompactPageRank(current, iteration);
  }
}
