package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jgrapht.alg.scoring.PageRank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.store.DatasetBuilder;

/**
 * PageRank on the compact graph: small graphs solved by hand (the linear system of the
 * definition, d = 0.85; the same figures from networkx 2.8's {@code pagerank}), and the scores
 * JGraphT's {@code PageRank} gives, which it replaces, on random graphs and on the samples' network.
 */
class CompactPageRankTest {

  private static final double EXACT = 1e-9;

  /**
   * Each case: n, edges as {from, to, weight}, the expected scores. With N nodes and no dangling
   * node r = 0.15/N + 0.85·Σ r(u)·w(u,v)/W(u), solved by substitution:
   * <ul>
   * <li>0→1, 0→2, 1→2, 2→0, 3→2: r3 = 0.0375, r1 = 0.0375 + 0.425·r0, r2 = 0.10125 + 0.78625·r0,
   * so r0 = 0.1235625 / 0.3316875;
   * <li>weights 0→1 (3), 0→2 (1), 1→0, 2→0: r1 + r2 = 0.1 + 0.85·r0, so r0 = 0.135 / 0.2775,
   * r1 = 0.05 + 0.6375·r0, r2 = 0.05 + 0.2125·r0;
   * <li>0→1 with 1 dangling (its rank spread over both): r0 = 0.075 + 0.425·r1 and r0 + r1 = 1, so
   * r1 = 0.925 / 1.425.
   * </ul>
   */
  static Stream<Arguments> handSolved() {
    double a = 0.1235625 / 0.3316875;
    double b = 0.135 / 0.2775;
    double c = 0.925 / 1.425;
    return Stream.of(
        Arguments.of(4, new double[][] {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 0, 1}, {3, 2, 1}},
            new double[] {a, 0.0375 + 0.425 * a, 0.10125 + 0.78625 * a, 0.0375}),
        Arguments.of(3, new double[][] {{0, 1, 3}, {0, 2, 1}, {1, 0, 1}, {2, 0, 1}},
            new double[] {b, 0.05 + 0.6375 * b, 0.05 + 0.2125 * b}),
        Arguments.of(2, new double[][] {{0, 1, 1}}, new double[] {1 - c, c}));
  }

  @ParameterizedTest(name = "{index}: {0} nodes")
  @MethodSource("handSolved")
  void smallGraphsHaveTheirHandSolvedScores(int n, double[][] edges, double[] expected) {
    int[] from = new int[edges.length];
    int[] to = new int[edges.length];
    double[] weight = new double[edges.length];
    for (int i = 0; i < edges.length; i++) {
      from[i] = (int) edges[i][0];
      to[i] = (int) edges[i][1];
      weight[i] = edges[i][2];
    }
    CompactPageRank rank = CompactPageRank.of(CompactGraph.of(n, from, to, weight), NetworkMetrics.DAMPING,
        NetworkMetrics.PAGERANK_TOLERANCE, NetworkMetrics.PAGERANK_ITERATIONS);
    assertArrayEquals(expected, rank.scores(), EXACT);
  }

  @Test
  void theHandSolvedFiguresAreThoseOfNetworkx() {
    // networkx 2.8.8 pagerank(G, alpha=0.85, tol=1e-12, max_iter=10000) of the three graphs, printed with repr().
    List<double[]> networkx = List.of(
        new double[] {0.37252685132882424, 0.1958239118147503, 0.39414923685642533, 0.037500000000000006},
        new double[] {0.48648648648714937, 0.3601351351346376, 0.15337837837821255},
        new double[] {0.35087719298264763, 0.6491228070173525});
    List<double[]> byHand = handSolved().map(c -> (double[]) c.get()[2]).toList();
    for (int i = 0; i < networkx.size(); i++) {
      assertArrayEquals(networkx.get(i), byHand.get(i), EXACT);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2006})
  void randomGraphsHaveJGraphTsScores(long seed) {
    Random random = new Random(seed);
    Map<List<String>, Double> edges = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      int from = random.nextInt(80);
      int to = random.nextInt(80);
      if (from != to) {
        edges.put(List.of("n" + from, "n" + to), 1.0 + random.nextInt(4));
      }
    }
    List<DocumentNode> nodes = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      nodes.add(new DocumentNode("n" + i, "n" + i, "n" + i, null, null, null, false));
    }
    assertSameAsJGraphT(CitationNetwork.of(nodes, edges));
  }

  @Test
  void theSamplesNetworkHasJGraphTsScores() {
    assertSameAsJGraphT(CitationNetwork.of(
        DatasetBuilder.build(CorpusSource.bundled(), new IriMinter("http://kg.example.org/"), f -> { }).dataset()));
  }

  private static void assertSameAsJGraphT(CitationNetwork network) {
    Map<String, Double> jgrapht = new PageRank<>(network.graph(), NetworkMetrics.DAMPING,
        NetworkMetrics.PAGERANK_ITERATIONS, NetworkMetrics.PAGERANK_TOLERANCE).getScores();
    Map<String, Double> compact = NetworkMetrics.pageRank(network);
    assertEquals(jgrapht.keySet(), compact.keySet());
    jgrapht.forEach((v, score) -> assertEquals(score, compact.get(v), EXACT, v));
  }
}
