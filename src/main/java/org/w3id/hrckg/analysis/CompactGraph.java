package org.w3id.hrckg.analysis;

import java.util.Arrays;

/**
 * A weighted directed graph held in a few int and double arrays (compressed sparse rows of the
 * incoming edges), for PageRank at millions of edges: no boxed numbers, no edge objects. Nodes
 * are numbered 0 to n − 1; for node v, its citing nodes are {@code sources[firstIn[v] ..
 * firstIn[v + 1])}, each with the weight of its edge; {@code outWeight[u]} is the summed weight of
 * u's outgoing edges (0 for a document that cites nothing).
 */
public final class CompactGraph {

  private final int[] firstIn;
  private final int[] sources;
  private final double[] weights;
  private final double[] outWeight;

  private CompactGraph(int[] firstIn, int[] sources, double[] weights, double[] outWeight) {
    this.firstIn = firstIn;
    this.sources = sources;
    this.weights = weights;
    this.outWeight = outWeight;
  }

  /**
   * The graph of n nodes with the edges from[i] → to[i] of weight weight[i] (the arrays have one
   * entry per edge; an edge given twice counts twice).
   */
  public static CompactGraph of(int n, int[] from, int[] to, double[] weight) {
    int edges = from.length;
    if (to.length != edges || weight.length != edges) {
      throw new IllegalArgumentException("from, to and weight must have one entry per edge");
    }
    int[] firstIn = new int[n + 1];
    double[] outWeight = new double[n];
    for (int i = 0; i < edges; i++) {
      firstIn[to[i] + 1]++;
      outWeight[from[i]] += weight[i];
    }
    for (int v = 0; v < n; v++) {
      firstIn[v + 1] += firstIn[v];
    }
    int[] next = Arrays.copyOf(firstIn, n);
    int[] sources = new int[edges];
    double[] weights = new double[edges];
    for (int i = 0; i < edges; i++) {
      int slot = next[to[i]]++;
      sources[slot] = from[i];
      weights[slot] = weight[i];
    }
    return new CompactGraph(firstIn, sources, weights, outWeight);
  }

  /** The number of nodes. */
  public int nodes() {
    return outWeight.length;
  }

  /** The number of edges. */
  public int edges() {
    return sources.length;
  }

  /** The bytes the arrays take (their payload, without the few object headers). */
  public long bytes() {
    return 4L * (firstIn.length + sources.length) + 8L * (weights.length + outWeight.length);
  }

  int firstIn(int v) {
    return firstIn[v];
  }

  int source(int slot) {
    return sources[slot];
  }

  double weight(int slot) {
    return weights[slot];
  }

  double outWeight(int v) {
    return outWeight[v];
  }
}
