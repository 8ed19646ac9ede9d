package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed on the way (the machine reboots, a user presses Ctrl-C twice, the OOM killer
 * strikes) leaves the previous dump and the previous store build serving, byte for byte: the real
 * jar is started on a large corpus and killed while it works.
 */
class KilledBuildIT {

  private static final Path SAMPLES = Path.of("corpus/fr");

  @TempDir
  Path dir;

  @Test
  void aKilledBuildLeavesThePreviousDumpByteForByte() throws Exception {
    Path dump = dir.resolve("out.nq");
    assertEquals(0, run(List.of("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet")));
    byte[] before = Files.readAllBytes(dump);

    killAfterStart(List.of("build", "--corpus", largeCorpus().toString(), "--out", dump.toString(), "--quiet"));

    assertArrayEquals(before, Files.readAllBytes(dump));
    assertEquals(0, run(List.of("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet")), "the next build succeeds");
    assertEquals(List.of("out.nq", "out.nq.build.json"), listing(dir).stream().filter(n -> n.startsWith("out") || n.startsWith(".")).toList(),
        "what the killed build left is cleared");
  }

  @Test
  void aKilledRebuildLeavesThePreviousStoreBuildCurrent() throws Exception {
    Path store = dir.resolve("store");
    Path query = Files.writeString(dir.resolve("count.rq"),
        "SELECT (COUNT(DISTINCT ?d) AS ?documents) { ?d <http://data.europa.eu/eli/ontology#is_realized_by> ?e }");
    assertEquals(0, run(List.of("build", "--corpus", "corpus/fr", "--store", store.toString(), "--quiet")));
    String current = Files.readString(store.resolve("CURRENT"));

    killAfterStart(List.of("serve", "--store", store.toString(), "--rebuild", "--corpus", largeCorpus().toString(),
        "--port", "0", "--quiet"));

    assertEquals(current, Files.readString(store.resolve("CURRENT")));
    Process p = jar(List.of("query", query.toString(), "--store", store.toString(), "--format", "csv"))
        .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(out.contains("documents\r\n5") || out.contains("documents\n5"), out);
  }

  /** Two thousand texts: the samples many times over (the copies are reported as duplicates, after being parsed). */
  private Path largeCorpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("large"));
    List<Path> samples = listing(SAMPLES).stream().map(SAMPLES::resolve).toList();
    for (int i = 0; i < 2000; i++) {
      Path sample = samples.get(i % samples.size());
      Files.copy(sample, corpus.resolve(String.format("%04d-%s", i, sample.getFileName())));
    }
    return corpus;
  }

  private static void killAfterStart(List<String> args) throws Exception {
    Process p = jar(args).start();
    Thread.sleep(4000);
    assertTrue(p.isAlive(), "the build is still running when it is killed");
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
  }

  private static int run(List<String> args) throws Exception {
    Process p = jar(args).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
    return p.exitValue();
  }

  private static ProcessBuilder jar(List<String> args) {
    List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("hrckg.jar", "target/hrc-kg.jar")));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
