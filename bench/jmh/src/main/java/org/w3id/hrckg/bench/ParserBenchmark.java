package org.w3id.hrckg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.DocumentParser;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * Parser throughput on one core: {@link DocumentParser#parse} (read, clean, structure, extract;
 * no RDF) of one file an operation, the files of a corpus in turn. The score is files/s; the
 * counters give documents/s (a collection file holds several), bytes/s of source, and the
 * microseconds of CPU time the thread used per second: on a machine shared with other work,
 * documents ÷ CPU seconds is the rate of one core whatever the wall clock shows.
 *
 * <ul>
 * <li>{@code samples}: the five bundled French texts;
 * <li>{@code akn-ga-en}: every 20th file, by name, of the English Akoma Ntoso XML of the Assembly
 * ({@code ../shared/corpus/akn-ga/en}, or the folder of {@code -Dhrckg.akn=DIR}).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ParserBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Every how many files of the Assembly corpus one is taken. */
  private static final int EVERY = 20;

  @Param({"samples", "akn-ga-en"})
  public String corpus;

  private final List<String> names = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private int next;

  /** What was parsed, counted by JMH per second beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Parsed {
    public long documents;
    public long bytes;
    public long cpuMicros;

    @Setup(Level.Iteration)
    public void clear() {
      documents = 0;
      bytes = 0;
      cpuMicros = 0;
    }
  }

  @Setup
  public void read() throws IOException {
    List<SourceFile> files = corpus.equals("samples") ? CorpusSource.bundled() : everyNth(Path.of(System.getProperty("hrckg.akn",
        "../shared/corpus/akn-ga/en")));
    for (SourceFile f : files) {
      names.add(f.name());
      contents.add(f.bytes());
    }
  }

  @Benchmark
  public DocumentParser.Outcome parse(Parsed parsed) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    int i = next;
    next = (i + 1) % names.size();
    DocumentParser.Outcome outcome = DocumentParser.parse(names.get(i), contents.get(i));
    parsed.documents += outcome.documents().size();
    parsed.bytes += contents.get(i).length;
    parsed.cpuMicros += (THREADS.getCurrentThreadCpuTime() - cpu) / 1000;
    return outcome;
  }

  private static List<SourceFile> everyNth(Path folder) throws IOException {
    List<Path> xml;
    try (Stream<Path> s = Files.list(folder)) {
      xml = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<SourceFile> picked = new ArrayList<>();
    for (int i = 0; i < xml.size(); i += EVERY) {
      picked.add(SourceFile.of(xml.get(i)));
    }
    return picked;
  }
}
