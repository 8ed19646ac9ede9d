package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The metrics of every document of a citation network: degrees (plain and by citing paragraphs),
 * PageRank (JGraphT; dangling documents spread their rank over all, as in networkx), HITS, and the
 * weakly connected component, numbered from the largest.
 */
public final class NetworkMetrics {

  public static final double DAMPING = 0.85;
  private static final double PAGERANK_TOLERANCE = 1e-12;
  private static final int PAGERANK_ITERATIONS = 10_000;

  private NetworkMetrics() {}

  /** The metrics of every node, in the network's order. */
  public static List<NodeMetrics> of(CitationNetwork network) {
    Graph<String, DefaultWeightedEdge> g = network.graph();
    Map<String, Double> pageRank = new PageRank<>(g, DAMPING, PAGERANK_ITERATIONS, PAGERANK_TOLERANCE).getScores();
    Hits<String> hits = Hits.of(g);
    Map<String, Integer> components = components(g);
    List<NodeMetrics> metrics = new ArrayList<>();
    for (String v : network.nodes().keySet()) {
      metrics.add(new NodeMetrics(v, g.inDegreeOf(v), g.outDegreeOf(v),
          g.incomingEdgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum(),
          g.outgoingEdgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum(),
          pageRank.get(v), hits.authorities().get(v), hits.hubs().get(v), components.get(v)));
    }
    return metrics;
  }

  /** Weakly connected components numbered by size (largest first), ties by their first member. */
  static Map<String, Integer> components(Graph<String, DefaultWeightedEdge> g) {
    List<Set<String>> sets = new ArrayList<>(new ConnectivityInspector<>(g).connectedSets());
    sets.sort(Comparator.comparingInt((Set<String> s) -> -s.size()).thenComparing(s -> s.stream().sorted().findFirst().orElse("")));
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      for (String v : sets.get(i)) {
        numbers.put(v, i + 1);
      }
    }
    return numbers;
  }
}
