package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.cli.BuildCommandTest.run;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.cli.BuildCommandTest.Run;
import org.w3id.hrckg.publish.Backoff;
import org.w3id.hrckg.publish.GraphStorePublisher;
import org.w3id.hrckg.server.ExternalFuseki;

/**
 * {@code publish} against a real standalone Fuseki process: every graph of a dump arrives, a
 * rerun replaces instead of duplicating, a publish cut short after some graphs is completed by a
 * rerun, {@code --prune} removes the graphs of documents a new build no longer holds, and a store behind basic authentication gets the credentials while no output shows the
 * password.
 */
class PublishIT {

  private static final String USER = "publisher";
  private static final String PASSWORD = "pw-4f1c9e-never-shown";

  @TempDir
  static Path dir;
  private static Path dump;

  @BeforeAll
  static void buildTheSamples() {
    dump = dir.resolve("samples.nq");
    assertEquals(0, run("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet").status());
  }

  @Test
  void everyGraphArrivesAndARerunOfTheGzippedDumpReplaces() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.start(dir.resolve("open"))) {
      Run first = run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--quiet");
      assertEquals(0, first.status(), first.err());
      assertTrue(first.out().startsWith("Published 8 graph(s), "), first.out());
      assertSameGraphs(dumped(), fuseki.namedGraphs());

      Path gzipped = dir.resolve("samples.nq.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
        Files.copy(dump, out);
      }
      Run again = run("publish", "--to", fuseki.graphStore(), "--dump", gzipped.toString());
      assertEquals(0, again.status(), again.err());
      assertSameGraphs(dumped(), fuseki.namedGraphs());
      Node doc = NodeFactory.createURI("http://localhost:3030/id/doc/A/HRC/RES/45/32");
      String line = String.format("  %s  %,d triples%n", doc.getURI(), dumped().getGraph(doc).size());
      assertTrue(again.out().contains(line), "one line per graph, with its triples: " + again.out());
    }
  }

  @Test
  void aPublishCutShortIsCompletedByARerun() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.start(dir.resolve("cut"))) {
      List<Node> sent = new ArrayList<>();
      GraphStorePublisher publisher = new GraphStorePublisher(URI.create(fuseki.graphStore()), Optional.empty(), Backoff.defaults());
      assertThrows(Cut.class, () -> publisher.publish(stream -> RDFParser.source(dump).parse(stream), (graph, triples) -> {
        sent.add(graph);
        if (sent.size() == 3) {
          throw new Cut();
        }
      }, Optional.empty()));
      assertEquals(3, count(fuseki.namedGraphs()), "the store holds the graphs sent before the cut");

      Run rerun = run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--quiet");
      assertEquals(0, rerun.status(), rerun.err());
      assertSameGraphs(dumped(), fuseki.namedGraphs());
    }
  }

  @Test
  void pruneRemovesTheGraphsOfDocumentsABuildNoLongerHolds() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.start(dir.resolve("prune"))) {
      assertEquals(0, run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--quiet").status());
      Node gone = NodeFactory.createURI("http://localhost:3030/id/doc/A/HRC/RES/45/32");
      Path smaller = dir.resolve("smaller.nq");
      Files.write(smaller, Files.readAllLines(dump).stream().filter(line -> !line.endsWith("<" + gone.getURI() + "> .")).toList());

      Run kept = run("publish", "--to", fuseki.graphStore(), "--dump", smaller.toString(), "--quiet");
      assertEquals(0, kept.status(), kept.err());
      assertSameGraphs(dumped(), fuseki.namedGraphs());

      Run pruned = run("publish", "--to", fuseki.graphStore(), "--dump", smaller.toString(), "--quiet", "--prune", fuseki.sparql());
      assertEquals(0, pruned.status(), pruned.err());
      assertTrue(pruned.out().contains("; removed 1 document graph(s) the build no longer holds"), pruned.out());
      DatasetGraph expected = dumped();
      expected.removeGraph(gone);
      assertSameGraphs(expected, fuseki.namedGraphs());
      Run again = run("publish", "--to", fuseki.graphStore(), "--dump", smaller.toString(), "--quiet", "--prune", fuseki.sparql());
      assertTrue(again.out().contains("; removed 0 document graph(s)"), again.out());
    }
  }

  @Test
  void credentialsReachTheStoreAndNeverShow() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.startWithUser(dir.resolve("auth"), USER, PASSWORD)) {
      Run refused = run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--retries", "0");
      assertEquals(HrcKg.DATA_PROBLEM, refused.status());
      assertTrue(refused.err().contains("answered 401"), refused.err());
      refused.hasNoTrace();

      Path secret = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
      Run wrong = run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--user", "intruder",
          "--password-file", secret.toString());
      assertEquals(HrcKg.DATA_PROBLEM, wrong.status());
      assertNotShown(wrong.out() + wrong.err());

      Run fromFile = run("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--user", USER,
          "--password-file", secret.toString());
      assertEquals(0, fromFile.status(), fromFile.err());
      assertNotShown(fromFile.out() + fromFile.err());

      String withUserInfo = fuseki.graphStore().replace("http://", "http://" + USER + ":" + PASSWORD + "@");
      Run fromUrl = run("publish", "--to", withUserInfo, "--dump", dump.toString());
      assertEquals(0, fromUrl.status(), fromUrl.err());
      assertNotShown(fromUrl.out() + fromUrl.err());

      String fromEnvironment = publishFromEnvironment(fuseki.graphStore());
      assertTrue(fromEnvironment.contains("Published 8 graph(s)"), fromEnvironment);
      assertNotShown(fromEnvironment);
      assertSameGraphs(dumped(), fuseki.namedGraphs());
      assertNotShown(fuseki.log());
    }
  }

  @Test
  void badValuesGetOneMessageAndStatus2() {
    for (List<String> args : List.of(List.of("--to", "ftp://store/data"), List.of("--to", "not a url"),
        List.of("--to", "http://store/data", "--retries", "-1"), List.of("--to", "http://store/data", "--dump", "missing.nq"),
        List.of("--to", "http://store/data", "--dump", "missing.nq", "--corpus", "corpus/fr"))) {
      List<String> command = new ArrayList<>(List.of("publish"));
      command.addAll(args);
      Run r = run(command.toArray(String[]::new));
      assertEquals(HrcKg.USAGE, r.status(), args::toString);
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("publish: "), r.err());
    }
  }

  /** {@code java -jar hrc-kg.jar publish} with the credentials in its environment only. */
  private static String publishFromEnvironment(String graphStore) throws IOException, InterruptedException {
    ProcessBuilder process = new ProcessBuilder("java", "-jar", System.getProperty("hrckg.jar", "target/hrc-kg.jar"), "publish",
        "--to", graphStore, "--dump", dump.toString()).redirectErrorStream(true);
    process.environment().put(PublishCommand.USER_VARIABLE, USER);
    process.environment().put(PublishCommand.PASSWORD_VARIABLE, PASSWORD);
    Process p = process.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "publish ends");
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  private static void assertNotShown(String output) {
    assertFalse(output.contains(PASSWORD), "the password shows:\n" + output);
  }

  /** The named graphs of the dump. */
  private static DatasetGraph dumped() {
    DatasetGraph all = RDFDataMgr.loadDatasetGraph(dump.toString());
    DatasetGraph named = DatasetGraphFactory.create();
    all.listGraphNodes().forEachRemaining(g -> all.getGraph(g).find().forEachRemaining(t -> named.add(g, t.getSubject(),
        t.getPredicate(), t.getObject())));
    return named;
  }

  private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
    assertEquals(count(expected), count(actual), "the same named graphs");
    assertEquals(expected.stream().count(), actual.stream().count(), "the same number of quads");
    assertTrue(IsoMatcher.isomorphic(expected, actual), "the same quads, blank nodes aside");
  }

  private static long count(DatasetGraph dataset) {
    long n = 0;
    for (var it = dataset.listGraphNodes(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** A publish stopped from outside, between two graphs. */
  private static final class Cut extends RuntimeException {}
}
