package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.iri.IriMinter;

/**
 * The W3C SPARQL 1.1 (and 1.2) Protocol tests ({@code ../shared/tools/w3c-sparql-protocol}, run by
 * their own Node runner), one test here per test of the manifest. The tests that only query run
 * against the public, read-only server, which holds the manifest's three graphs; those that write
 * run against a throwaway writable instance of the same server on a scratch dataset (and the
 * runner's dataset set-up, by the Graph Store Protocol, goes there too, since the read-only server
 * refuses it). Every expected status and boolean is checked ({@link ProtocolManifest}).
 *
 * <p>The runner needs Node.js and the npm package {@code n3} in {@code target/w3c-protocol}
 * ({@code .ci/run} installs it); without them the tests are skipped and say why, unless
 * {@code HRCKG_W3C_REQUIRED} is set, as on CI, where they fail.
 */
class W3cProtocolIT {

  private static final Path SCRATCH = Path.of("target", "w3c-protocol").toAbsolutePath();
  private static final String RUNNER = "sparql12-protocol-test.mjs";
  private static final List<String> DATA = List.of("data1.nt", "data2.nt", "data3.nt");
  private static final String EARL = "http://www.w3.org/ns/earl#";

  private static HrcServer readOnly;
  private static HrcServer writable;
  private static Map<String, String[]> outcomes;
  private static List<String> tests;
  private static ProtocolManifest manifest;

  @BeforeAll
  static void run() throws IOException, InterruptedException {
    Path suite = SharedFolder.path().resolve("tools/w3c-sparql-protocol");
    boolean ready = Files.isDirectory(SCRATCH.resolve("node_modules/n3")) && nodeRuns();
    if (!ready && System.getenv("HRCKG_W3C_REQUIRED") != null) {
      fail("the W3C protocol runner needs node and `npm install --prefix target/w3c-protocol n3` (see .ci/run)");
    }
    Assumptions.assumeTrue(ready, "skipped: node or the npm package n3 in target/w3c-protocol is missing (see .ci/run)");
    Files.copy(suite.resolve(RUNNER), SCRATCH.resolve(RUNNER), StandardCopyOption.REPLACE_EXISTING);
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    for (String file : DATA) {
      Files.copy(suite.resolve(file), SCRATCH.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      String graph = "http://kasei.us/2009/09/sparql/data/" + file.replace(".nt", ".rdf");
      Txn.executeWrite(data, () -> RDFParser.source(suite.resolve(file)).parse(data.getGraph(
          org.apache.jena.graph.NodeFactory.createURI(graph))));
    }
    manifest = ProtocolManifest.read(suite.resolve("manifest.ttl"));
    tests = manifest.tests();
    manifest.writeFor(t -> !manifest.writes(t), SCRATCH.resolve("read-only.ttl"));
    manifest.writeFor(manifest::writes, SCRATCH.resolve("writable.ttl"));
    readOnly = HrcServer.start(data, new IriMinter("http://localhost/"), ServerSettings.onPort(0));
    writable = HrcServer.startWritable(DatasetGraphFactory.createTxnMem(), new IriMinter("http://localhost/"),
        ServerSettings.onPort(freePort()));
    String graphStore = "http://localhost:" + writable.port() + "/sparql/service";
    outcomes = new TreeMap<>();
    outcomes.putAll(runner("read-only", readOnly, graphStore));
    outcomes.putAll(runner("writable", writable, graphStore));
  }

  @AfterAll
  static void stop() {
    if (readOnly != null) {
      readOnly.close();
      writable.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyProtocolTestPasses() {
    assertEquals(48, tests.size(), "the manifest's tests");
    return tests.stream().map(test -> DynamicTest.dynamicTest(name(test) + (manifest.writes(test) ? " (writable)" : " (read-only)"),
        () -> {
          String[] outcome = outcomes.get(name(test));
          assertTrue(outcome != null, name(test) + " was not run");
          assertEquals(EARL + "passed", outcome[0], outcome[1]);
        }));
  }

  /** Runs the Node runner on one manifest against one server; the outcome (and details) of each test, by name. */
  private static Map<String, String[]> runner(String which, HrcServer server, String graphStore)
      throws IOException, InterruptedException {
    Path earl = SCRATCH.resolve(which + "-earl.ttl");
    Path log = SCRATCH.resolve(which + ".log");
    Files.deleteIfExists(earl);
    Process node = new ProcessBuilder("node", RUNNER, "http://localhost:" + server.port() + "/sparql", "--token", "unused",
        "--graph-store-url", graphStore, "--manifest", which + ".ttl", "--earl-output", earl.toString())
        .directory(SCRATCH.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!node.waitFor(5, TimeUnit.MINUTES)) {
      node.destroyForcibly();
      fail("the protocol runner did not finish: " + Files.readString(log));
    }
    assertTrue(Files.exists(earl), () -> "no EARL report:\n" + readLog(log));
    Model report = ModelFactory.createDefaultModel();
    RDFParser.source(earl).parse(report);
    Map<String, String[]> found = new TreeMap<>();
    try (var exec = QueryExecutionFactory.create("PREFIX earl: <" + EARL + "> SELECT ?test ?outcome ?info {"
        + " ?a earl:test ?test ; earl:result ?r . ?r earl:outcome ?outcome OPTIONAL { ?r earl:info ?info } }", report)) {
      exec.execSelect().forEachRemaining(r -> found.put(name(r.getResource("test").getURI()),
          new String[] {r.getResource("outcome").getURI(), r.contains("info") ? r.getLiteral("info").getString() : ""}));
    }
    return found;
  }

  /** The writable instance takes its port up front: the base of its updates' relative IRIs is its own URL. */
  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String name(String test) {
    return test.substring(test.indexOf('#') + 1);
  }

  private static boolean nodeRuns() {
    try {
      return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String readLog(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
