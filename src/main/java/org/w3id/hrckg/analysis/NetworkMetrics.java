package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The metrics of every document of a citation network: degrees (plain and by citing paragraphs),
 * PageRank ({@link CompactPageRank}; dangling documents spread their rank over all, as in JGraphT
 * and networkx), HITS, and the
 * weakly connected component, numbered from the largest.
 */
public final class NetworkMetrics {

  public static final double DAMPING = 0.85;
  public static final double PAGERANK_TOLERANCE = 1e-12;
  public static final int PAGERANK_ITERATIONS = 10_000;

  private NetworkMetrics() {}

  /** The metrics of every node, in the network's order. */
  public static List<NodeMetrics> of(CitationNetwork network) {
    Graph<String, DefaultWeightedEdge> g = network.graph();
    Map<String, Double> pageRank = pageRank(network);
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

  /** PageRank of every node, on the network's paragraph weights, through its compact form. */
  static Map<String, Double> pageRank(CitationNetwork network) {
    Graph<String, DefaultWeightedEdge> g = network.graph();
    List<String> nodes = List.copyOf(network.nodes().keySet());
    Map<String, Integer> numbers = new HashMap<>();
    nodes.forEach(v -> numbers.put(v, numbers.size()));
    int edges = g.edgeSet().size();
    int[] from = new int[edges];
    int[] to = new int[edges];
    double[] weight = new double[edges];
    int i = 0;
    for (DefaultWeightedEdge e : g.edgeSet()) {
      from[i] = numbers.get(g.getEdgeSource(e));
      to[i] = numbers.get(g.getEdgeTarget(e));
      weight[i++] = g.getEdgeWeight(e);
    }
    double[] scores = CompactPageRank.of(CompactGraph.of(nodes.size(), from, to, weight), DAMPING,
        PAGERANK_TOLERANCE, PAGERANK_ITERATIONS).scores();
    Map<String, Double> byNode = new HashMap<>();
    nodes.forEach(v -> byNode.put(v, scores[numbers.get(v)]));
    return byNode;
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
