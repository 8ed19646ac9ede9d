package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.synth.SyntheticCorpus;

/**
 * Memory does not grow with the corpus: the real jar, under a 64 MB heap, builds a thousand
 * synthetic texts into an N-Quads dump. Held as models (the in-memory dataset {@code serve} builds)
 * those texts take about 600 MB of heap, ten times that (measured with {@code jcmd GC.heap_info}
 * after a full collection, BENCHMARKS.md); the same corpus written from memory, as Turtle, does not
 * fit in the same heap.
 */
class BoundedMemoryIT {

  private static final String HEAP = "-Xmx64m";
  private static final int TEXTS = 1000;

  @TempDir
  Path dir;

  @Test
  void aThousandTextsBuildInA64MegabyteHeap() throws Exception {
    Path corpus = dir.resolve("corpus");
    SyntheticCorpus.write(corpus, TEXTS, 3);
    Path dump = dir.resolve("out.nq");

    Result streamed = run(List.of("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet"));
    assertEquals(0, streamed.status(), streamed.output());
    assertTrue(streamed.output().contains(TEXTS + " document(s) built, 0 failed"), streamed.output());

    Result inMemory = run(List.of("build", "--corpus", corpus.toString(), "--out", dir.resolve("out.ttl").toString(), "--quiet"));
    assertNotEquals(0, inMemory.status(), "the models do not fit: " + inMemory.output());
  }

  private record Result(int status, String output) {}

  private static Result run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", HEAP, "-jar", System.getProperty("hrckg.jar", "target/hrc-kg.jar")));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the build ends");
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
