package org.w3id.hrckg.analysis;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Kleinberg's HITS on a weighted directed graph, which JGraphT does not provide: a document is a
 * good authority when good hubs cite it, a good hub when it cites good authorities. Power
 * iteration on the weighted adjacency matrix (a = Aᵀh, h = Aa), each vector normalised to sum 1 as
 * networkx does, until no score moves by more than the tolerance.
 *
 * @param authorities authority score per node
 * @param hubs hub score per node
 */
public record Hits<V>(Map<V, Double> authorities, Map<V, Double> hubs) {

  public static final double TOLERANCE = 1e-12;
  public static final int MAX_ITERATIONS = 10_000;

  public static <V, E> Hits<V> of(Graph<V, E> graph) {
    Map<V, Double> hub = new HashMap<>();
    Map<V, Double> authority = new HashMap<>();
    int n = graph.vertexSet().size();
    graph.vertexSet().forEach(v -> hub.put(v, 1.0 / Math.max(n, 1)));
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Map<V, Double> a = new HashMap<>();
      for (V v : graph.vertexSet()) {
        a.put(v, graph.incomingEdgesOf(v).stream()
            .mapToDouble(e -> graph.getEdgeWeight(e) * hub.get(graph.getEdgeSource(e))).sum());
      }
      normalise(a);
      Map<V, Double> h = new HashMap<>();
      for (V v : graph.vertexSet()) {
        h.put(v, graph.outgoingEdgesOf(v).stream()
            .mapToDouble(e -> graph.getEdgeWeight(e) * a.get(graph.getEdgeTarget(e))).sum());
      }
      normalise(h);
      double change = graph.vertexSet().stream().mapToDouble(v -> Math.abs(h.get(v) - hub.get(v))).max().orElse(0);
      hub.putAll(h);
      authority.clear();
      authority.putAll(a);
      if (change < TOLERANCE) {
        break;
      }
    }
    return new Hits<>(Map.copyOf(authority), Map.copyOf(hub));
  }

  /** Scales scores to sum 1; a graph without edges keeps all scores at 0. */
  private static <V> void normalise(Map<V, Double> scores) {
    double sum = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sum > 0) {
      scores.replaceAll((v, s) -> s / sum);
    }
  }
}
