package org.w3id.hrckg.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * An existing engine for the tests of {@code publish} and {@code serve --sparql-endpoint}: a real
 * standalone Apache Jena Fuseki ({@code jena-fuseki-server}, the shaded jar of the project's Jena
 * version that the build copies to {@code target/fuseki}), run as a process of its own on a free
 * port of the loopback interface, with the service of {@code deploy/fuseki/hrc-kg.ttl} held in
 * memory: one TDB2 dataset, {@code /hrc}, whose default graph is the union of its named graphs, and
 * its full-text index, with SPARQL at {@code /hrc/sparql} and the Graph Store Protocol (read-write)
 * at {@code /hrc/data}; optionally behind HTTP basic authentication.
 *
 * <pre>{@code
 * try (ExternalFuseki fuseki = ExternalFuseki.start(folder)) {
 *   publish(dump, fuseki.graphStore());
 * }
 * }</pre>
 */
public final class ExternalFuseki implements AutoCloseable {

  /** Where the build puts the server's jar (maven-dependency-plugin, before the tests). */
  static final Path JAR = Path.of("target", "fuseki", "jena-fuseki-server.jar");
  private static final Duration STARTUP = Duration.ofSeconds(90);

  /**
   * The service a user is given to run (README, "Past one machine"), in memory: a TDB2 dataset
   * with the full-text index that {@code /search} asks.
   */
  private static final Path CONFIG = Path.of("deploy", "fuseki", "hrc-kg.ttl");

  /** A store as any engine holds a build, with no full-text index of hrc-kg's. */
  private static final String WITHOUT_INDEX = """
      PREFIX fuseki: <http://jena.apache.org/fuseki#>
      PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
      PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      <#service> rdf:type fuseki:Service ;
        fuseki:name "hrc" ;
        fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
        fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
        fuseki:dataset [ rdf:type tdb2:DatasetTDB2 ; tdb2:location "--mem--" ; tdb2:unionDefaultGraph true ] .
      """;


  private final Process process;
  private final int port;
  private final Optional<String> authorization;
  private final Path log;

  private ExternalFuseki(Process process, int port, Optional<String> authorization, Path log) {
    this.process = process;
    this.port = port;
    this.authorization = authorization;
    this.log = log;
  }

  /** Starts a server open to all, its configuration and log in {@code folder}, and waits until it answers. */
  public static ExternalFuseki start(Path folder) throws IOException, InterruptedException {
    return start(folder, serviceInMemory(), Optional.empty(), null);
  }

  /** Starts a server open to all whose store has no full-text index. */
  public static ExternalFuseki startWithoutSearchIndex(Path folder) throws IOException, InterruptedException {
    return start(folder, WITHOUT_INDEX, Optional.empty(), null);
  }

  /** Starts a server that answers only {@code user} with {@code password} (HTTP basic authentication). */
  public static ExternalFuseki startWithUser(Path folder, String user, String password) throws IOException, InterruptedException {
    return start(folder, serviceInMemory(), Optional.of(user), password);
  }

  /** The service of {@link #CONFIG}, its two folders in memory. */
  private static String serviceInMemory() throws IOException {
    String inMemory = Files.readString(CONFIG).replace("tdb2:location \"/data/hrc-tdb2\"", "tdb2:location \"--mem--\"")
        .replace("text:directory <file:/data/hrc-lucene>", "text:directory \"mem\"");
    if (inMemory.contains("/data/")) {
      throw new IllegalStateException(CONFIG + " no longer names its folders as this fixture expects");
    }
    return inMemory;
  }

  private static ExternalFuseki start(Path folder, String service, Optional<String> user, String password)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the build copies it before the tests (mvn test-compile)");
    }
    Files.createDirectories(folder);
    folder = folder.toAbsolutePath();
    Path config = Files.writeString(folder.resolve("fuseki.ttl"), service);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
        "--config=" + config, "--port=" + port, "--localhost"));
    Optional<String> authorization = Optional.empty();
    if (user.isPresent()) {
      Path passwords = Files.writeString(folder.resolve("passwd"), user.get() + ": " + password + "\n");
      command.addAll(List.of("--passwd=" + passwords, "--auth=basic"));
      authorization = Optional.of("Basic " + Base64.getEncoder()
          .encodeToString((user.get() + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    Path log = folder.resolve("fuseki.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // Fuseki writes its run area (FUSEKI_BASE, ./run by default) beside it, not in the project.
    builder.environment().put("FUSEKI_BASE", folder.resolve("run").toString());
    Process process = builder.start();
    ExternalFuseki fuseki = new ExternalFuseki(process, port, authorization, log);
    // A test run stopped from outside stops its server too.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    fuseki.awaitAnswer();
    return fuseki;
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Fuseki stopped: " + Files.readString(log));
      }
      HttpRequest.Builder ask = HttpRequest.newBuilder(URI.create(sparql() + "?query="
          + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(5));
      authorization.ifPresent(value -> ask.header("Authorization", value));
      try {
        if (client.send(ask.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("Fuseki did not answer in " + STARTUP.toSeconds() + " s: see " + log);
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** Its SPARQL query endpoint. */
  public String sparql() {
    return "http://localhost:" + port + "/hrc/sparql";
  }

  /** Its Graph Store Protocol endpoint (read-write). */
  public String graphStore() {
    return "http://localhost:" + port + "/hrc/data";
  }

  /** What the server's log says, to look for what it must not have been sent. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  /** The named graphs it holds, read back with a query. */
  public DatasetGraph namedGraphs() {
    DatasetGraph read = DatasetGraphFactory.create();
    QueryExecHTTPBuilder query = QueryExecHTTP.service(sparql()).query("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
    authorization.ifPresent(value -> query.httpHeader("Authorization", value));
    try (QueryExecHTTP exec = query.build()) {
      exec.select().forEachRemaining(row -> read.add(row.get("g"), row.get("s"), row.get("p"), row.get("o")));
    }
    return read;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
