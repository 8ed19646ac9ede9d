package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Document pairs that the network relates: co-citation (two documents cited by the same texts,
 * Small 1973) and bibliographic coupling (two texts that cite the same documents, Kessler 1963),
 * each with its count and Salton's cosine, count / √(degree × degree).
 */
public final class PairSimilarity {

  /**
   * A related pair, first < second.
   *
   * @param shared the texts that cite both (co-citation) or the documents both cite (coupling)
   */
  public record Pair(String first, String second, int shared, double cosine) {}

  private PairSimilarity() {}

  /** Pairs of documents cited together, by the number of texts that cite both. */
  public static List<Pair> coCitation(Graph<String, DefaultWeightedEdge> g) {
    return pairs(g, v -> g.outgoingEdgesOf(v).stream().map(g::getEdgeTarget).toList(), g::inDegreeOf);
  }

  /** Pairs of texts that cite the same documents, by the number of documents both cite. */
  public static List<Pair> bibliographicCoupling(Graph<String, DefaultWeightedEdge> g) {
    return pairs(g, v -> g.incomingEdgesOf(v).stream().map(g::getEdgeSource).toList(), g::outDegreeOf);
  }

  /** Counts, for every group of neighbours of one node, each pair of them; then ranks the pairs. */
  private static List<Pair> pairs(Graph<String, DefaultWeightedEdge> g, Function<String, List<String>> group,
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
        .map(e -> new Pair(e.getKey().get(0), e.getKey().get(1), e.getValue(),
            e.getValue() / Math.sqrt((double) degree.apply(e.getKey().get(0)) * degree.apply(e.getKey().get(1)))))
        .sorted(Comparator.comparingInt((Pair p) -> -p.shared()).thenComparing(Pair::first).thenComparing(Pair::second))
        .toList();
  }
}
