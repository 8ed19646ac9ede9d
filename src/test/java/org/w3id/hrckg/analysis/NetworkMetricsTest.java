package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network metrics on small hand-made graphs whose answers are known, and PageRank against an
 * independent power iteration written here from its definition.
 */
class NetworkMetricsTest {

  private static final double EXACT = 1e-9;

  @Test
  void aCycleSharesPageRankEqually() {
    CitationAnalysis a = analyse(3, Map.of(List.of("n0", "n1"), 1.0, List.of("n1", "n2"), 1.0, List.of("n2", "n0"), 1.0));
    a.metrics().values().forEach(m -> assertEquals(1.0 / 3, m.pageRank(), EXACT));
  }

  @Test
  void aStarHasOneHubAndEqualAuthorities() {
    CitationAnalysis a = analyse(4, Map.of(List.of("n0", "n1"), 1.0, List.of("n0", "n2"), 1.0, List.of("n0", "n3"), 1.0));
    assertEquals(1.0, a.metrics().get("n0").hub(), EXACT);
    assertEquals(0.0, a.metrics().get("n0").authority(), EXACT);
    for (String leaf : List.of("n1", "n2", "n3")) {
      assertEquals(1.0 / 3, a.metrics().get(leaf).authority(), EXACT);
      assertEquals(0.0, a.metrics().get(leaf).hub(), EXACT);
      assertEquals(1, a.metrics().get(leaf).inDegree());
    }
    assertEquals(3, a.metrics().get("n0").outDegree());
  }

  /**
   * Hubs h0 → {a0, a1}, h1 → {a0}: AᵀA = [[2, 1], [1, 1]], whose leading eigenvector is
   * (1, φ − 1) with φ the golden ratio; normalised to sum 1, authorities are 1/φ and 1 − 1/φ, and
   * so are the hubs.
   */
  @Test
  void hitsMatchesTheEigenvectorsOfASmallBipartiteGraph() {
    CitationAnalysis a = analyse(4, Map.of(List.of("n0", "n2"), 1.0, List.of("n0", "n3"), 1.0, List.of("n1", "n2"), 1.0));
    double phi = (1 + Math.sqrt(5)) / 2;
    assertEquals(1 / phi, a.metrics().get("n2").authority(), 1e-9);
    assertEquals(1 - 1 / phi, a.metrics().get("n3").authority(), 1e-9);
    assertEquals(1 / phi, a.metrics().get("n0").hub(), 1e-9);
    assertEquals(1 - 1 / phi, a.metrics().get("n1").hub(), 1e-9);
  }

  @Test
  void weightedDegreesCountCitingParagraphs() {
    CitationAnalysis a = analyse(3, Map.of(List.of("n0", "n2"), 3.0, List.of("n1", "n2"), 2.0));
    assertEquals(2, a.metrics().get("n2").inDegree());
    assertEquals(5.0, a.metrics().get("n2").citingParagraphs(), EXACT);
    assertEquals(3.0, a.metrics().get("n0").citedParagraphs(), EXACT);
  }

  @Test
  void componentsAreNumberedFromTheLargest() {
    CitationAnalysis a = analyse(5, Map.of(List.of("n0", "n1"), 1.0, List.of("n2", "n3"), 1.0, List.of("n3", "n4"), 1.0));
    assertEquals(2, a.components());
    assertEquals(1, a.metrics().get("n2").component());
    assertEquals(1, a.metrics().get("n4").component());
    assertEquals(2, a.metrics().get("n0").component());
  }

  @Test
  void citationAgeIsTheDifferenceOfTheYearsWhereBothAreKnown() {
    List<DocumentNode> nodes = List.of(new DocumentNode("t", "t", "t", "hrc", 45, 2020, true),
        new DocumentNode("ga", "ga", "ga", "ga", null, 2006, false), new DocumentNode("x", "x", "x", null, null, null, false));
    CitationAnalysis a = CitationAnalysis.of(CitationNetwork.of(nodes, Map.of(List.of("t", "ga"), 1.0, List.of("t", "x"), 1.0)));
    assertEquals(List.of(new CitationAge("t", "ga", 2020, 2006)), a.ages());
    assertEquals(14, a.ages().get(0).years());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2006})
  void pageRankAgreesWithAnIndependentPowerIterationTo1e6(long seed) {
    Random random = new Random(seed);
    int n = 60;
    Map<List<String>, Double> edges = new HashMap<>();
    for (int i = 0; i < 240; i++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      if (from != to) {
        edges.put(List.of("n" + from, "n" + to), 1.0 + random.nextInt(4));
      }
    }
    CitationAnalysis a = analyse(n, edges);
    Map<String, Double> expected = powerIteration(a.network().graph(), NetworkMetrics.DAMPING);
    for (NodeMetrics m : a.metrics().values()) {
      assertEquals(expected.get(m.iri()), m.pageRank(), 1e-6, m.iri());
    }
    assertEquals(1.0, a.metrics().values().stream().mapToDouble(NodeMetrics::pageRank).sum(), 1e-9);
    assertTrue(a.byPageRank().get(0).pageRank() >= a.byPageRank().get(n - 1).pageRank());
  }

  /**
   * PageRank from its definition: r = (1 − d)/N + d·(Σ over in-links r(u)·w(u,v)/W(u) + Σ over
   * dangling u r(u)/N), iterated from the uniform vector until it stops moving.
   */
  private static Map<String, Double> powerIteration(Graph<String, DefaultWeightedEdge> g, double d) {
    List<String> nodes = new ArrayList<>(g.vertexSet());
    int n = nodes.size();
    Map<String, Double> r = new HashMap<>();
    nodes.forEach(v -> r.put(v, 1.0 / n));
    for (int iteration = 0; iteration < 100_000; iteration++) {
      double dangling = nodes.stream().filter(v -> g.outDegreeOf(v) == 0).mapToDouble(r::get).sum();
      Map<String, Double> next = new HashMap<>();
      double change = 0;
      for (String v : nodes) {
        double in = 0;
        for (DefaultWeightedEdge e : g.incomingEdgesOf(v)) {
          String u = g.getEdgeSource(e);
          double out = g.outgoingEdgesOf(u).stream().mapToDouble(g::getEdgeWeight).sum();
          in += r.get(u) * g.getEdgeWeight(e) / out;
        }
        double value = (1 - d) / n + d * (in + dangling / n);
        next.put(v, value);
        change = Math.max(change, Math.abs(value - r.get(v)));
      }
      r.putAll(next);
      if (change < 1e-14) {
        break;
      }
    }
    return r;
  }

  private static CitationAnalysis analyse(int n, Map<List<String>, Double> edges) {
    List<DocumentNode> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      nodes.add(new DocumentNode("n" + i, "n" + i, "n" + i, null, null, null, false));
    }
    return CitationAnalysis.of(CitationNetwork.of(nodes, edges));
  }
}
