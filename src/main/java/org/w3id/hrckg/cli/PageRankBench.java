package org.w3id.hrckg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.w3id.hrckg.analysis.CompactGraph;
import org.w3id.hrckg.analysis.CompactPageRank;
import org.w3id.hrckg.analysis.NetworkMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench pagerank}: the time and memory of {@code analyze}'s PageRank on a large citation
 * network, a deterministic random one ({@link EdgeList#random}) or an edge list file. Each run
 * builds the compact graph from the edges and iterates to the tolerance; the first (cold) run and
 * the median of the later ones are printed, with a {@code seconds} line that bench/pagerank reads to
 * compare with networkx on the same edge list.
 */
@Command(name = "pagerank", mixinStandardHelpOptions = true,
    description = "Measure PageRank on a large synthetic citation network or an edge list (figures for BENCHMARKS.md).")
final class PageRankBench implements Callable<Integer> {

  @Option(names = "--edges", paramLabel = "N", defaultValue = "1000000", description = "Edges of the random network (default: ${DEFAULT-VALUE}).")
  int edges;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the random network (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--read", paramLabel = "FILE", description = "Read this tab-separated edge list (citing, cited, weight) instead.")
  Path read;

  @Option(names = "--write", paramLabel = "FILE", description = "Write the network as a tab-separated edge list.")
  Path write;

  @Option(names = "--ranks", paramLabel = "FILE", description = "Write each node's PageRank (node, score).")
  Path ranks;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "7", description = "Runs of PageRank (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--jgrapht", description = "Also time JGraphT's PageRank (what analyze used before) once on the same network.")
  boolean jgrapht;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 2 || edges < 1) {
      spec.commandLine().getErr().printf("bench pagerank: --rounds must be at least 2 and --edges positive%n");
      return HrcKg.USAGE;
    }
    long start = System.nanoTime();
    EdgeList network;
    try {
      network = read != null ? EdgeList.read(read) : EdgeList.random(edges, seed);
    } catch (IOException e) {
      spec.commandLine().getErr().printf("bench pagerank: cannot read %s: %s%n", read, BuildRun.describe(e));
      return HrcKg.USAGE;
    }
    out.printf("network: %,d nodes, %,d edges (%s) in %.2f s; the 1%% most cited nodes receive %.0f%% of the edges%n",
        network.names().size(), network.from().length, read != null ? read : "random, seed " + seed,
        seconds(start), 100 * network.shareOfTopPercent());
    if (write != null) {
      network.write(write);
    }
    BenchCommand.resetPeaks();
    double[] times = new double[rounds];
    double[] cpu = new double[rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CompactPageRank rank = null;
    long bytes = 0;
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      CompactGraph graph = CompactGraph.of(network.names().size(), network.from(), network.to(), network.weight());
      rank = CompactPageRank.of(graph, NetworkMetrics.DAMPING, NetworkMetrics.PAGERANK_TOLERANCE, NetworkMetrics.PAGERANK_ITERATIONS);
      times[r] = seconds(t);
      cpu[r] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
      bytes = graph.bytes();
    }
    double median = medianAfterFirst(times);
    double medianCpu = medianAfterFirst(cpu);
    out.printf("PageRank (d = %.2f, stop when no score moves by %.0e): %d iterations; compact graph %.1f MB; peak heap %d MiB%n",
        NetworkMetrics.DAMPING, NetworkMetrics.PAGERANK_TOLERANCE, rank.iterations(), bytes / 1e6, BenchCommand.peakHeapMiB());
    out.printf("first run %.3f s (CPU %.3f s), median of the next %d runs %.3f s (CPU %.3f s; %,.0f edges/s)%n",
        times[0], cpu[0], rounds - 1, median, medianCpu, network.from().length / median);
    out.printf("seconds first %.4f median %.4f cpu-first %.4f cpu-median %.4f%n", times[0], median, cpu[0], medianCpu);
    if (jgrapht) {
      jgrapht(network, out);
    }
    if (ranks != null) {
      writeRanks(network, rank.scores());
    }
    out.flush();
    return 0;
  }

  /** JGraphT's PageRank on the same network, its graph built from the same edges (one run). */
  private static void jgrapht(EdgeList network, PrintWriter out) {
    long t = System.nanoTime();
    Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < network.names().size(); v++) {
      g.addVertex(v);
    }
    for (int i = 0; i < network.from().length; i++) {
      g.setEdgeWeight(g.addEdge(network.from()[i], network.to()[i]), network.weight()[i]);
    }
    new PageRank<>(g, NetworkMetrics.DAMPING, NetworkMetrics.PAGERANK_ITERATIONS, NetworkMetrics.PAGERANK_TOLERANCE).getScores();
    out.printf("JGraphT's PageRank, its graph included: %.3f s; peak heap %d MiB%n", seconds(t), BenchCommand.peakHeapMiB());
  }

  private void writeRanks(EdgeList network, double[] scores) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(ranks, StandardCharsets.UTF_8)) {
      for (int v = 0; v < scores.length; v++) {
        w.write(network.names().get(v) + '\t' + scores[v] + '\n');
      }
    }
  }

  private static double medianAfterFirst(double[] values) {
    double[] later = Arrays.copyOfRange(values, 1, values.length);
    Arrays.sort(later);
    return later[later.length / 2];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
