package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Co-citation and coupling pairs on small graphs counted by hand, the row-by-row counting against
 * their definition (every pair of the neighbours of every node, counted in a map) on random
 * graphs, and the threshold that bounds the pair files.
 */
class PairSimilarityTest {

  /** Rows: what the graph is, its edges (citing>cited), its co-citation pairs and its coupling pairs, in the order of first and second. */
  static Stream<Arguments> handCounted() {
    return Stream.of(
        arguments("a star: T cites A, B, C, so every two of them are co-cited once; nothing is coupled",
            "T>A T>B T>C", List.of(pair("A", "B", 1, 1), pair("A", "C", 1, 1), pair("B", "C", 1, 1)), List.of()),
        arguments("a star the other way: A, B, C cite D, so every two of them are coupled once; nothing is co-cited",
            "A>D B>D C>D", List.of(), List.of(pair("A", "B", 1, 1), pair("A", "C", 1, 1), pair("B", "C", 1, 1))),
        arguments("a chain A → B → C: no text cites two documents, no document is cited by two texts",
            "A>B B>C", List.of(), List.of()),
        arguments("two texts citing the same three documents: each two documents co-cited twice, the texts coupled thrice",
            "T1>X T1>Y T1>Z T2>X T2>Y T2>Z", List.of(pair("X", "Y", 2, 2 * 2), pair("X", "Z", 2, 2 * 2), pair("Y", "Z", 2, 2 * 2)),
            List.of(pair("T1", "T2", 3, 3 * 3))),
        arguments("T1 cites A, B, C; T2 cites A, B; T3 cites C: T2 and T3 share nothing",
            "T1>A T1>B T1>C T2>A T2>B T3>C", List.of(pair("A", "B", 2, 2 * 2), pair("A", "C", 1, 2 * 2), pair("B", "C", 1, 2 * 2)),
            List.of(pair("T1", "T2", 2, 3 * 2), pair("T1", "T3", 1, 3 * 1))),
        arguments("T1 cites A, C; T2 and T3 cite B, C: the rows by name are not the ranking (B-C before A-C, T2-T3 first)",
            "T1>A T1>C T2>B T2>C T3>B T3>C", List.of(pair("A", "C", 1, 1 * 3), pair("B", "C", 2, 2 * 3)),
            List.of(pair("T1", "T2", 1, 2 * 2), pair("T1", "T3", 1, 2 * 2), pair("T2", "T3", 2, 2 * 2))),
        arguments("a cycle A → B → C → A: a text cites one document, a document is cited once", "A>B B>C C>A", List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handCounted")
  void handCountedPairsInTheOrderOfTheirNamesAndRankedByWhatTheyShare(String note, String edges,
      List<PairSimilarity.Pair> coCited, List<PairSimilarity.Pair> coupled) {
    Graph<String, DefaultWeightedEdge> g = graph(edges);
    assertEquals(coCited, all(PairSimilarity.coCitation(g), 1), note);
    assertEquals(coupled, all(PairSimilarity.bibliographicCoupling(g), 1), note);
    assertEquals(coCited.stream().sorted(PairSimilarity.MOST_SHARED).toList(), PairSimilarity.coCitation(g).top(10), note);
    assertEquals(coupled.stream().sorted(PairSimilarity.MOST_SHARED).limit(1).toList(), PairSimilarity.bibliographicCoupling(g).top(1), note);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2006})
  void theRowByRowCountingGivesThePairsOfTheDefinition(long seed) {
    Graph<String, DefaultWeightedEdge> g = randomGraph(seed);
    check(PairSimilarity.coCitation(g), byDefinition(g, v -> g.outgoingEdgesOf(v).stream().map(g::getEdgeTarget).toList(), g::inDegreeOf));
    check(PairSimilarity.bibliographicCoupling(g),
        byDefinition(g, v -> g.incomingEdgesOf(v).stream().map(g::getEdgeSource).toList(), g::outDegreeOf));
  }

  private static void check(PairSimilarity pairs, List<PairSimilarity.Pair> expected) {
    Comparator<PairSimilarity.Pair> byNames = Comparator.comparing(PairSimilarity.Pair::first).thenComparing(PairSimilarity.Pair::second);
    assertEquals(expected.stream().sorted(byNames).toList(), all(pairs, 1));
    assertEquals(expected.stream().filter(p -> p.shared() >= 3).sorted(byNames).toList(), all(pairs, 3));
    assertEquals(expected.stream().sorted(PairSimilarity.MOST_SHARED).limit(25).toList(), pairs.top(25));
    long[] bySharedCount = new long[expected.stream().mapToInt(PairSimilarity.Pair::shared).max().orElse(0) + 1];
    expected.forEach(p -> bySharedCount[p.shared()]++);
    assertArrayEquals(bySharedCount, pairs.counts().bySharedCount());
    assertEquals(expected.size(), pairs.counts().total());
  }

  /** Five pairs share 1, three share 2, one shares 3. */
  @ParameterizedTest(name = "within {0} pairs: at least {1}")
  @CsvSource({
      "9, 1, 9, every pair fits",
      "8, 2, 4, the five pairs of 1 would pass the bound: they all go",
      "4, 2, 4, exactly at the bound",
      "3, 3, 1, the three pairs of 2 are not split",
      "0, 4, 0, nothing fits: no pair"})
  void theDefaultThresholdIsTheSmallestCountThatKeepsAFileWithinItsBound(long maxPairs, int minShared, long kept, String note) {
    PairSimilarity.Counts counts = new PairSimilarity.Counts(new long[] {0, 5, 3, 1});
    assertEquals(minShared, counts.minSharedWithin(maxPairs), note);
    assertEquals(kept, counts.atLeast(minShared), note);
    assertEquals(9, counts.total());
  }

  @ParameterizedTest(name = "at least {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1 | A-B A-C B-C
      2 | A-B
      3 | ''
      """)
  void aThresholdKeepsThePairsThatShareEnough(int minShared, String kept) {
    PairSimilarity pairs = PairSimilarity.coCitation(graph("T1>A T1>B T1>C T2>A T2>B T3>C"));
    assertEquals(kept, String.join(" ", all(pairs, minShared).stream().map(p -> p.first() + "-" + p.second()).toList()));
  }

  /** A pair sharing the given count, its cosine from the product of the two degrees. */
  private static PairSimilarity.Pair pair(String first, String second, int shared, int degreeProduct) {
    return new PairSimilarity.Pair(first, second, shared, shared / Math.sqrt(degreeProduct));
  }

  private static List<PairSimilarity.Pair> all(PairSimilarity pairs, int minShared) {
    List<PairSimilarity.Pair> all = new ArrayList<>();
    pairs.forEach(minShared, all::add);
    return all;
  }

  private static Graph<String, DefaultWeightedEdge> graph(String edges) {
    Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (String edge : edges.split(" ")) {
      String[] ends = edge.split(">");
      g.addVertex(ends[0]);
      g.addVertex(ends[1]);
      g.addEdge(ends[0], ends[1]);
    }
    return g;
  }

  /** 60 nodes, some 400 edges, half of them to the six first nodes, so that a few are cited by many. */
  private static Graph<String, DefaultWeightedEdge> randomGraph(long seed) {
    Random random = new Random(seed);
    Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int n = 60;
    for (int v = 0; v < n; v++) {
      g.addVertex("n" + v);
    }
    for (int i = 0; i < 400; i++) {
      int from = random.nextInt(n);
      int to = random.nextBoolean() ? random.nextInt(6) : random.nextInt(n);
      if (from != to && !g.containsEdge("n" + from, "n" + to)) {
        g.addEdge("n" + from, "n" + to);
      }
    }
    return g;
  }

  /** The pairs as defined (and as counted before): every pair of the neighbours of every node, counted in a map. */
  private static List<PairSimilarity.Pair> byDefinition(Graph<String, DefaultWeightedEdge> g, Function<String, List<String>> group,
      Function<String, Integer> degree) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (String v : g.vertexSet()) {
      List<String> members = new ArrayList<>(new TreeSet<>(group.apply(v)));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          counts.merge(List.of(members.get(i), members.get(j)), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new PairSimilarity.Pair(e.getKey().get(0), e.getKey().get(1), e.getValue(),
            e.getValue() / Math.sqrt((double) degree.apply(e.getKey().get(0)) * degree.apply(e.getKey().get(1)))))
        .toList();
  }
}
