package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar hrc-kg.jar serve} as an operator runs it: it listens on the loopback interface
 * only, names no product in its {@code Server} header, and its log is rate-limited: a query that
 * would make a warning per row (sorting by the length of IRIs) writes a handful of lines, not
 * thousands, and so do many requests that each make a warning.
 */
class ServeCommandIT {

  /** The query of issue 7 that wrote 8,921 warning lines. */
  private static final String FLOODING_QUERY = "SELECT * { ?s ?p ?o } ORDER BY STRLEN(?o)";

  private static Process serve;
  private static Path log;
  private static int port;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    port = freePort();
    log = Files.createTempFile("hrc-kg-serve-", ".log");
    // One test sends 300 requests at once: a client rate above that keeps the rate limit (TrafficLimitsIT's
    // subject) from answering the next test's request with a 429 on a fast machine.
    serve = new ProcessBuilder("java", "-jar", System.getProperty("hrckg.jar"), "serve", "--corpus", "corpus/fr", "--port", String.valueOf(port), "--quiet",
        "--client-rate", "10000")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 240 && serve.isAlive(); i++) {
      try {
        client.send(HttpRequest.newBuilder(URI.create(url("sparql"))).build(), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("serve did not start:\n" + Files.readString(log));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    serve.destroy();
    serve.waitFor();
  }

  @Test
  void aQueryThatWarnsForEveryRowWritesAFewLinesOfLog() throws IOException, InterruptedException {
    long before = Files.readAllLines(log).size();
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("sparql?query="
        + URLEncoder.encode(FLOODING_QUERY, StandardCharsets.UTF_8)))).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    long written = Files.readAllLines(log).size() - before;
    assertTrue(written <= 25, written + " lines of log for one query:\n" + Files.readString(log));
  }

  @Test
  void warningsOfEveryRequestAreRateLimited() throws IOException, InterruptedException {
    // Fuseki warns of every unknown parameter: 300 requests, 300 warnings without the limit.
    HttpClient client = HttpClient.newHttpClient();
    long before = Files.readAllLines(log).size();
    long start = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      client.send(HttpRequest.newBuilder(URI.create(url("sparql?query=ASK%7B%7D&unknown" + i + "=1"))).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long written = Files.readAllLines(log).size() - before;
    long allowed = 20 + Math.round(2 * Math.ceil(seconds)) + 2;
    assertTrue(written <= allowed, written + " lines for 300 requests in " + seconds + " s (at most " + allowed + ")");
    assertTrue(written > 0, "the first warnings are written");
  }

  @Test
  void itListensOnTheLoopbackInterfaceOnly() throws IOException {
    try (Socket local = new Socket()) {
      local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
    }
    Optional<InetAddress> outside = nonLoopbackAddress();
    assumeTrue(outside.isPresent(), "this machine has no other interface to try");
    Socket remote = new Socket();
    try (remote) {
      remote.connect(new InetSocketAddress(outside.get(), port), 2_000);
    } catch (IOException refused) {
      // Nothing listens there.
    }
    assertFalse(remote.isConnected(), "serve answers on " + outside.get() + " without --host");
  }

  @Test
  void theServerHeaderIsNeutral() throws IOException, InterruptedException {
    HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("sparql?query=ASK%7B%7D"))).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(List.of("hrc-kg"), r.headers().allValues("Server"));
  }

  private static String url(String path) {
    return "http://localhost:" + port + "/" + path;
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return NetworkInterface.networkInterfaces().filter(n -> {
      try {
        return n.isUp() && !n.isLoopback();
      } catch (IOException e) {
        return false;
      }
    }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
