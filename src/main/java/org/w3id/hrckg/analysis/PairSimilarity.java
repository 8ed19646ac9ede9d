package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Document pairs that the network relates: co-citation (two documents cited by the same texts,
 * Small 1973) or bibliographic coupling (two texts that cite the same documents, Kessler 1963),
 * each with its count and Salton's cosine, count / √(degree × degree).
 *
 * <p>The pairs are counted one row at a time, as a sparse matrix product on node numbers: for a
 * node a, each partner b > a reached through a's neighbours is counted in a dense array, and the
 * partners touched are listed to read and reset it. Memory is that of the network, whatever the
 * number of pairs, which grows with the square of the in-degree (a text cited by nearly every
 * other makes nearly every pair of texts a coupled pair: some 200 million at 20,000 texts). No
 * pass holds the pairs: {@link #forEach} streams them, {@link #top} keeps the best few in a bounded
 * queue, {@link #counts} keeps only how many share each count.
 */
public final class PairSimilarity {

  /**
   * A related pair, first < second.
   *
   * @param shared the texts that cite both (co-citation) or the documents both cite (coupling)
   */
  public record Pair(String first, String second, int shared, double cosine) {}

  /** The ranking of the pairs: most shared first, ties by first and then by second. */
  public static final Comparator<Pair> MOST_SHARED = Comparator.comparingInt((Pair p) -> -p.shared())
      .thenComparing(Pair::first).thenComparing(Pair::second);

  /**
   * How many pairs share each count.
   *
   * @param bySharedCount the number of pairs that share exactly i, at index i (index 0 unused)
   */
  public record Counts(long[] bySharedCount) {

    /** The number of pairs that share at least k. */
    public long atLeast(int k) {
      long sum = 0;
      for (int i = Math.max(k, 1); i < bySharedCount.length; i++) {
        sum += bySharedCount[i];
      }
      return sum;
    }

    /** The number of pairs. */
    public long total() {
      return atLeast(1);
    }

    /**
     * The smallest k (at least 1) whose pairs sharing at least k are no more than maxPairs: a
     * threshold that never splits pairs of equal count.
     */
    public int minSharedWithin(long maxPairs) {
      int k = bySharedCount.length;
      long kept = 0;
      while (k > 1 && kept + bySharedCount[k - 1] <= maxPairs) {
        kept += bySharedCount[--k];
      }
      return k;
    }
  }

  /** The node names by number, in their natural order, so that a < b as numbers iff as names. */
  private final String[] names;
  /** For each node a, the neighbours through which its partners are reached, ascending. */
  private final Rows through;
  /** For each such neighbour, the partners it reaches, ascending. */
  private final Rows partners;

  private PairSimilarity(String[] names, Rows through, Rows partners) {
    this.names = names;
    this.through = through;
    this.partners = partners;
  }

  /** Pairs of documents cited together, by the number of texts that cite both. */
  public static PairSimilarity coCitation(Graph<String, DefaultWeightedEdge> g) {
    return of(g, v -> g.incomingEdgesOf(v).stream().map(g::getEdgeSource).toList(),
        v -> g.outgoingEdgesOf(v).stream().map(g::getEdgeTarget).toList());
  }

  /** Pairs of texts that cite the same documents, by the number of documents both cite. */
  public static PairSimilarity bibliographicCoupling(Graph<String, DefaultWeightedEdge> g) {
    return of(g, v -> g.outgoingEdgesOf(v).stream().map(g::getEdgeTarget).toList(),
        v -> g.incomingEdgesOf(v).stream().map(g::getEdgeSource).toList());
  }

  private static PairSimilarity of(Graph<String, DefaultWeightedEdge> g, Function<String, Collection<String>> through,
      Function<String, Collection<String>> partners) {
    String[] names = g.vertexSet().toArray(String[]::new);
    Arrays.sort(names);
    Map<String, Integer> numbers = new HashMap<>();
    for (String name : names) {
      numbers.put(name, numbers.size());
    }
    return new PairSimilarity(names, Rows.of(names, numbers, through), Rows.of(names, numbers, partners));
  }

  /** Every pair that shares at least minShared, in the order of first and then of second. */
  public void forEach(int minShared, Consumer<Pair> sink) {
    int[] kept = new int[names.length];
    rows((a, touched, size, shared) -> {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (shared[touched[i]] >= minShared) {
          kept[n++] = touched[i];
        }
      }
      Arrays.sort(kept, 0, n);
      for (int i = 0; i < n; i++) {
        sink.accept(pair(a, kept[i], shared[kept[i]]));
      }
    });
  }

  /** The n pairs that share the most ({@link #MOST_SHARED}), in that order. */
  public List<Pair> top(int n) {
    if (n <= 0) {
      return List.of();
    }
    PriorityQueue<Pair> best = new PriorityQueue<>(MOST_SHARED.reversed());
    rows((a, touched, size, shared) -> {
      for (int i = 0; i < size; i++) {
        int b = touched[i];
        if (best.size() < n || beats(a, b, shared[b], best.peek())) {
          best.add(pair(a, b, shared[b]));
          if (best.size() > n) {
            best.poll();
          }
        }
      }
    });
    List<Pair> ranked = new ArrayList<>(best);
    ranked.sort(MOST_SHARED);
    return ranked;
  }

  /** How many pairs share each count. */
  public Counts counts() {
    long[] bySharedCount = new long[names.length + 1];
    rows((a, touched, size, shared) -> {
      for (int i = 0; i < size; i++) {
        bySharedCount[shared[touched[i]]]++;
      }
    });
    int last = bySharedCount.length;
    while (last > 1 && bySharedCount[last - 1] == 0) {
      last--;
    }
    return new Counts(Arrays.copyOf(bySharedCount, last));
  }

  /** Whether the pair (a, b) sharing {@code shared} ranks before {@code worst}; names compared only on a tie. */
  private boolean beats(int a, int b, int shared, Pair worst) {
    if (shared != worst.shared()) {
      return shared > worst.shared();
    }
    int first = names[a].compareTo(worst.first());
    return first < 0 || first == 0 && names[b].compareTo(worst.second()) < 0;
  }

  private Pair pair(int a, int b, int shared) {
    return new Pair(names[a], names[b], shared, shared / Math.sqrt((double) through.size(a) * through.size(b)));
  }

  /** What one row gives: the partners b > a touched (in no order), and shared[b] for each. */
  private interface Row {
    void visit(int a, int[] touched, int size, int[] shared);
  }

  /** Counts each node's partners, node after node; shared holds the counts of one row only. */
  private void rows(Row row) {
    int[] shared = new int[names.length];
    int[] touched = new int[names.length];
    for (int a = 0; a < names.length; a++) {
      int size = 0;
      for (int i = through.first(a), end = through.first(a + 1); i < end; i++) {
        int x = through.member(i);
        // Partners ascend: read them from the largest down to the first not after a.
        for (int j = partners.first(x + 1) - 1, start = partners.first(x); j >= start && partners.member(j) > a; j--) {
          int b = partners.member(j);
          if (shared[b]++ == 0) {
            touched[size++] = b;
          }
        }
      }
      row.visit(a, touched, size, shared);
      for (int i = 0; i < size; i++) {
        shared[touched[i]] = 0;
      }
    }
  }

  /**
   * Lists of node numbers in compressed rows: node v's members are {@code members[first[v] ..
   * first[v + 1])}, ascending. Unlike {@link CompactGraph}, unweighted and sorted, either way of
   * the edges.
   */
  private record Rows(int[] firsts, int[] members) {

    static Rows of(String[] names, Map<String, Integer> numbers, Function<String, Collection<String>> neighbours) {
      int[] firsts = new int[names.length + 1];
      List<Collection<String>> lists = new ArrayList<>(names.length);
      for (int v = 0; v < names.length; v++) {
        lists.add(neighbours.apply(names[v]));
        firsts[v + 1] = firsts[v] + lists.get(v).size();
      }
      int[] members = new int[firsts[names.length]];
      for (int v = 0; v < names.length; v++) {
        int slot = firsts[v];
        for (String neighbour : lists.get(v)) {
          members[slot++] = numbers.get(neighbour);
        }
        Arrays.sort(members, firsts[v], slot);
      }
      return new Rows(firsts, members);
    }

    int first(int v) {
      return firsts[v];
    }

    int member(int slot) {
      return members[slot];
    }

    int size(int v) {
      return firsts[v + 1] - firsts[v];
    }
  }
}
