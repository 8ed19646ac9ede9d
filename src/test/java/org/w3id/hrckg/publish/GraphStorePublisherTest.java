package org.w3id.hrckg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries with backoff, against a store on the loopback interface that fails as stores do: busy
 * (503) a few times then taking the graph; refusing for good (400); gone. No real waits: the
 * publisher's sleeper records them. Pruning, once the graphs are in, deletes the stale document
 * graphs the store's SPARQL endpoint lists.
 */
class GraphStorePublisherTest {

  private static final Backoff BACKOFF = new Backoff(4, Duration.ofMillis(100), Duration.ofMillis(250));
  private static final String DOC_1 = "PUT graph=http%3A%2F%2Fkg.example.org%2Fid%2Fdoc%2F1";

  private HttpServer store;
  private final List<String> requests = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    if (store != null) {
      store.stop(0);
    }
  }

  @Test
  void aBusyStoreIsTriedAgainWithGrowingWaits() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String endpoint = storeAnswering(() -> calls.incrementAndGet() <= 3 ? 503 : 201);
    GraphStorePublisher.Summary sent = publisher(endpoint).publish(this::twoQuadsOfOneGraph, (g, n) -> { }, Optional.empty());
    assertEquals(new GraphStorePublisher.Summary(1, 2, 0), sent);
    assertEquals(List.of(DOC_1, DOC_1, DOC_1, DOC_1), requests);
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250)), waits);
  }

  @Test
  void aRefusalStopsAtOnceAndAStoreThatStaysBusyStopsAfterTheRetries() throws Exception {
    IOException refused = assertThrows(IOException.class,
        () -> publisher(storeAnswering(() -> 400)).publish(this::twoQuadsOfOneGraph, (g, n) -> { }, Optional.empty()));
    assertTrue(refused.getMessage().contains("answered 400 to the PUT of the graph <http://kg.example.org/id/doc/1>"),
        refused.getMessage());
    assertEquals(1, requests.size());
    stop();
    requests.clear();
    IOException busy = assertThrows(IOException.class,
        () -> publisher(storeAnswering(() -> 503)).publish(this::twoQuadsOfOneGraph, (g, n) -> { }, Optional.empty()));
    assertTrue(busy.getMessage().endsWith("(after 4 retries)"), busy.getMessage());
    assertEquals(5, requests.size());
  }

  @Test
  void aGraphInTwoRunsIsPutThenCompletedWithPost() throws Exception {
    String endpoint = storeAnswering(() -> 204);
    publisher(endpoint).publish(stream -> {
      stream.start();
      stream.quad(quad("doc/1", "a"));
      stream.quad(quad("doc/2", "b"));
      stream.quad(quad("doc/1", "c"));
      stream.finish();
    }, (g, n) -> { }, Optional.empty());
    assertEquals(List.of(DOC_1, "PUT graph=http%3A%2F%2Fkg.example.org%2Fid%2Fdoc%2F2",
        "POST graph=http%3A%2F%2Fkg.example.org%2Fid%2Fdoc%2F1"), requests);
  }

  @Test
  void pruneDeletesTheStoresDocumentGraphsOfTheBuildsBaseThatThePublishDidNotSend() throws Exception {
    String endpoint = storeHolding("http://kg.example.org/id/doc/1", "http://kg.example.org/id/doc/9", "http://kg.example.org/id/graph/reference",
        "http://other.example.org/id/doc/9", "https://w3id.org/hrc-kg/ontology");
    GraphStorePublisher.Summary pruned = publisher(endpoint).publish(stream -> {
      stream.start();
      stream.quad(quad("doc/1", "a"));
      stream.quad(quad("graph/reference", "b"));
      stream.finish();
    }, (g, n) -> { }, Optional.of(URI.create(endpoint.replace("/data", "/sparql"))));
    assertEquals(new GraphStorePublisher.Summary(2, 2, 1), pruned);
    assertEquals(List.of(DOC_1, "PUT graph=http%3A%2F%2Fkg.example.org%2Fid%2Fgraph%2Freference", "SELECT",
        "DELETE graph=http%3A%2F%2Fkg.example.org%2Fid%2Fdoc%2F9"), requests,
        "the removed document's graph goes; another base's graph and the ontology stay");
  }

  @Test
  void withoutTheBuildsReferenceGraphNothingIsPruned() throws Exception {
    String endpoint = storeHolding("http://kg.example.org/id/doc/9");
    GraphStorePublisher.Summary sent = publisher(endpoint).publish(this::twoQuadsOfOneGraph, (g, n) -> { },
        Optional.of(URI.create(endpoint.replace("/data", "/sparql"))));
    assertEquals(new GraphStorePublisher.Summary(1, 2, 0), sent);
    assertEquals(List.of(DOC_1, "SELECT"), requests);
  }

  @Test
  void backoffDoublesUpToItsLongestWait() {
    Backoff b = new Backoff(10, Duration.ofSeconds(1), Duration.ofSeconds(30));
    assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> b.delay(n).toSeconds()).toList());
    assertThrows(IllegalArgumentException.class, () -> new Backoff(-1, Duration.ZERO, Duration.ZERO));
  }

  private void twoQuadsOfOneGraph(org.apache.jena.riot.system.StreamRDF stream) {
    stream.start();
    stream.quad(quad("doc/1", "a"));
    stream.quad(quad("doc/1", "b"));
    stream.finish();
  }

  private static Quad quad(String graph, String object) {
    String base = "http://kg.example.org/id/";
    return Quad.create(NodeFactory.createURI(base + graph), NodeFactory.createURI(base + graph),
        NodeFactory.createURI(base + "p"), NodeFactory.createLiteralString(object));
  }

  private GraphStorePublisher publisher(String endpoint) {
    return new GraphStorePublisher(URI.create(endpoint), Optional.empty(), BACKOFF, waits::add);
  }

  /** A store that takes every graph, lists the given ones at its SPARQL endpoint, and has lost them when asked to delete. */
  private String storeHolding(String... graphs) throws IOException {
    store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    store.createContext("/data", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery());
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(exchange.getRequestMethod().equals("DELETE") ? 404 : 204, -1);
      exchange.close();
    });
    store.createContext("/sparql", exchange -> {
      requests.add("SELECT");
      exchange.getRequestBody().readAllBytes();
      String bindings = Arrays.stream(graphs).map(g -> "{\"g\":{\"type\":\"uri\",\"value\":\"" + g + "\"}}")
          .collect(Collectors.joining(","));
      byte[] answer = ("{\"head\":{\"vars\":[\"g\"]},\"results\":{\"bindings\":[" + bindings + "]}}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    store.start();
    return "http://localhost:" + store.getAddress().getPort() + "/data";
  }

  private String storeAnswering(java.util.function.IntSupplier status) throws IOException {
    store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    store.createContext("/data", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery());
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(status.getAsInt(), -1);
      exchange.close();
    });
    store.start();
    return "http://localhost:" + store.getAddress().getPort() + "/data";
  }
}
