package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.DocumentLimits;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.server.HrcServer;
import org.w3id.hrckg.server.ServerSettings;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench}: what the figures of BENCHMARKS.md come from. The parsing stream (text → model →
 * RDF into a counting sink) over the corpus again and again after a warm-up, with the heap it
 * needs; then whole builds with validation, and the start of a server on the built data.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = PageRankBench.class,
    description = "Measure parsing throughput, heap, build time and server start-up (figures for BENCHMARKS.md).")
final class BenchCommand implements Callable<Integer> {

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "200", description = "Passes over the corpus (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "40", description = "Passes before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--hostile", description = "Measure only how parse time grows with hostile input (linear time).")
  boolean hostile;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    IriMinter iris = corpus.iris(CorpusOptions.DEFAULT_PORT);
    List<SourceFile> texts = corpus.texts();
    if (hostile) {
      HostileBench.run(new String(texts.get(0).bytes(), StandardCharsets.UTF_8), out);
      return 0;
    }
    long bytes = 0;
    for (SourceFile f : texts) {
      bytes += f.bytes().length;
    }
    out.printf("corpus: %d texts, %,d bytes; Java %s, %d processors, max heap %d MiB%n", texts.size(), bytes,
        Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    stream(texts, iris, warmup);
    resetPeaks();
    long start = System.nanoTime();
    long triples = stream(texts, iris, rounds);
    double seconds = (System.nanoTime() - start) / 1e9;
    long documents = (long) rounds * texts.size();
    out.printf("parse + emit: %,d documents in %.2f s: %,.0f documents/s, %,.0f triples/s, %.1f MB of text/s; peak heap %d MiB%n",
        documents, seconds, documents / seconds, triples / seconds, bytes * (double) rounds / seconds / 1e6, peakHeapMiB());

    List<Double> builds = new ArrayList<>();
    BuiltDataset built = null;
    for (int i = 0; i < 7; i++) {
      built = DatasetBuilder.build(texts, iris, f -> { });
      builds.add(built.seconds());
    }
    out.printf("build + validate (in memory, %,d quads): median %.3f s over 7 builds%n", built.dataset().stream().count(), median(builds));

    List<Double> starts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      try (HrcServer server = HrcServer.start(built.dataset(), iris, ServerSettings.onPort(0))) {
        starts.add((System.nanoTime() - t) / 1e9);
      }
    }
    out.printf("server start on the built data: median %.3f s over 5 starts%n", median(starts));
    out.flush();
    return 0;
  }

  /**
   * Runs the whole pipeline on one thread (read, parse, assemble, emit) over the texts, rounds
   * times, into a sink that counts; returns the triples (the ontology and reference data of each
   * round included).
   */
  private static long stream(List<SourceFile> texts, IriMinter iris, int rounds) {
    CorpusPipeline pipeline = new CorpusPipeline(iris, DocumentLimits.DEFAULT, 1);
    StreamRDFCounting sink = StreamRDFLib.count();
    for (int r = 0; r < rounds; r++) {
      pipeline.run(texts, sink, f -> { });
    }
    return sink.count();
  }

  static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakHeapMiB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
