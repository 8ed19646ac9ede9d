package org.w3id.hrckg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A weighted citation network as parallel arrays, the exchange format of the PageRank benchmark
 * with networkx: a tab-separated edge list, one {@code citing cited weight} line per edge, lines
 * starting with {@code #} ignored (what networkx's {@code read_weighted_edgelist} reads). Nodes
 * are numbered in the order they first appear.
 *
 * @param names the name of each node, by number
 */
record EdgeList(List<String> names, int[] from, int[] to, double[] weight) {

  /** The share of edges whose target is a fresh pick among all earlier texts (the rest follow citations). */
  private static final double UNIFORM_SHARE = 0.2;
  /** A text cites 10 documents on average (geometric), a cited document 1.4 of its paragraphs. */
  private static final double MEAN_CITATIONS = 10;
  private static final double MEAN_PARAGRAPHS = 1.4;

  /**
   * A deterministic random citation network of exactly the given number of edges: texts in time
   * order, each citing distinct earlier texts, mostly by preferential attachment (the target of a
   * random earlier citation, so a few texts are very cited and most rarely) and otherwise
   * uniformly among all earlier ones.
   */
  static EdgeList random(int edges, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] from = new int[edges];
    int[] to = new int[edges];
    double[] weight = new double[edges];
    int e = 0;
    int text = 1;
    for (; e < edges; text++) {
      int first = e;
      int citations = Math.min(Math.min(text, geometric(random, MEAN_CITATIONS)), edges - e);
      while (e - first < citations) {
        int cited = random.nextDouble() < UNIFORM_SHARE || e == 0 ? random.nextInt(text) : to[random.nextInt(e)];
        if (!citesAlready(to, first, e, cited)) {
          from[e] = text;
          to[e] = cited;
          weight[e++] = geometric(random, MEAN_PARAGRAPHS);
        }
      }
    }
    List<String> names = new ArrayList<>(text);
    for (int i = 0; i < text; i++) {
      names.add(Integer.toString(i));
    }
    return new EdgeList(names, from, to, weight);
  }

  /** Reads a tab-separated edge list; a line without three fields is an error naming the file and line. */
  static EdgeList read(Path file) throws IOException {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[] from = new int[1024];
    int[] to = new int[1024];
    double[] weight = new double[1024];
    int e = 0;
    int line = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] fields = s.split("\t");
        if (fields.length != 3) {
          throw new IOException(file + ":" + line + ": expected citing, cited and weight separated by tabs");
        }
        if (e == from.length) {
          from = Arrays.copyOf(from, 2 * e);
          to = Arrays.copyOf(to, 2 * e);
          weight = Arrays.copyOf(weight, 2 * e);
        }
        from[e] = number(fields[0], numbers, names);
        to[e] = number(fields[1], numbers, names);
        weight[e++] = weight(fields[2], file, line);
      }
    }
    return new EdgeList(names, Arrays.copyOf(from, e), Arrays.copyOf(to, e), Arrays.copyOf(weight, e));
  }

  /** Writes the edge list, with a header comment. */
  void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# citing\tcited\tparagraphs\n");
      for (int i = 0; i < from.length; i++) {
        out.write(names.get(from[i]) + '\t' + names.get(to[i]) + '\t' + (long) weight[i] + '\n');
      }
    }
  }

  /** The number of edges whose target is one of the 1% most cited nodes, as a share of all. */
  double shareOfTopPercent() {
    int[] in = new int[names.size()];
    for (int t : to) {
      in[t]++;
    }
    Arrays.sort(in);
    long top = 0;
    for (int i = in.length - Math.max(1, in.length / 100); i < in.length; i++) {
      top += in[i];
    }
    return (double) top / Math.max(1, to.length);
  }

  private static boolean citesAlready(int[] to, int first, int end, int cited) {
    for (int i = first; i < end; i++) {
      if (to[i] == cited) {
        return true;
      }
    }
    return false;
  }

  /** A geometric number at least 1 with the given mean. */
  private static int geometric(SplittableRandom random, double mean) {
    double p = 1 / mean;
    return 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
  }

  private static int number(String name, Map<String, Integer> numbers, List<String> names) {
    return numbers.computeIfAbsent(name, n -> {
      names.add(n);
      return names.size() - 1;
    });
  }

  private static double weight(String field, Path file, int line) throws IOException {
    try {
      return Double.parseDouble(field);
    } catch (NumberFormatException e) {
      throw new IOException(file + ":" + line + ": the weight is not a number: " + field, e);
    }
  }
}
