package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.http.TrafficLimits;
import org.w3id.hrckg.server.sparql.AnswerLimits;

/**
 * The traffic limits on real servers started with small limits: a client past its rate gets 429
 * (and cannot escape it with a forged {@code X-Forwarded-For}, which only a trusted proxy may
 * send), and a client that does not read its answer loses its connection at the answer deadline,
 * which frees the thread that was writing to it; connections of a client that stop reading hold
 * its places only until then, so its next request is answered.
 */
class TrafficLimitsIT {

  private static final String ASK = "sparql?query=ASK%7B%7D";
  private static final int RATE = 5;
  private static final String ALL = "sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D";

  @Test
  void aClientPastItsRateGets429() {
    try (HrcServer server = start(empty(), limits().withClientRate(RATE), AnswerLimits.defaults())) {
      List<Integer> statuses = burst(server, false);
      assertEquals(List.of(200, 200, 200, 200, 200), statuses.subList(0, 5), statuses::toString);
      assertTrue(statuses.contains(429), statuses::toString);
    }
  }

  @Test
  void aForgedForwardedForDoesNotEscapeTheRate() {
    try (HrcServer server = start(empty(), limits().withClientRate(RATE), AnswerLimits.defaults())) {
      assertTrue(burst(server, true).contains(429), "a header from a client that is not a trusted proxy is ignored");
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnRate() {
    TrafficLimits behindProxy = limits().withClientRate(RATE).withTrustedProxies(List.of("127.0.0.1"));
    try (HrcServer server = start(empty(), behindProxy, AnswerLimits.defaults())) {
      List<Integer> statuses = burst(server, true);
      assertTrue(statuses.stream().allMatch(s -> s == 200), statuses::toString);
    }
  }

  @Test
  void aClientThatDoesNotReadItsAnswerLosesItAtTheDeadline() throws IOException, InterruptedException {
    AnswerLimits threeSeconds = AnswerLimits.defaults().withTimeout(Duration.ofSeconds(3));
    try (HrcServer server = start(large(), limits(), threeSeconds); Socket socket = new Socket()) {
      HttpResponse<byte[]> whole = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/" + ALL)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, whole.statusCode(), "a client that reads gets the whole answer");
      socket.setReceiveBufferSize(4096);
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET /" + ALL + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      sleep(Duration.ofSeconds(6));
      InputStream in = socket.getInputStream();
      String head = new String(in.readNBytes(512), StandardCharsets.ISO_8859_1);
      assertTrue(head.startsWith("HTTP/1.1 200"), () -> "<" + head + ">");
      long declared = Long.parseLong(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
      long received = 512;
      try {
        received += in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the server kept the connection of a client that did not read", e);
      } catch (IOException reset) {
        // The server closed the connection: what was sent before is all there is.
      }
      assertTrue(received < declared, received + " of " + declared + " bytes: the answer was not cut");
    }
  }

  @Test
  void clientConnectionsThatStopReadingDoNotStopItsNextRequest() throws IOException, InterruptedException {
    AnswerLimits threeSeconds = AnswerLimits.defaults().withTimeout(Duration.ofSeconds(3));
    List<Socket> stalled = new ArrayList<>();
    try (HrcServer server = start(large(), limits().withClientRequests(2), threeSeconds)) {
      for (int i = 0; i < 4; i++) {
        Socket socket = new Socket();
        stalled.add(socket);
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        socket.getOutputStream().write(("GET /" + ALL + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + ASK))
          .timeout(Duration.ofSeconds(60)).build();
      try {
        assertEquals(200, HttpClient.newHttpClient().send(ask, HttpResponse.BodyHandlers.discarding()).statusCode());
      } catch (java.net.http.HttpTimeoutException e) {
        throw new AssertionError("the client's places stayed held by connections that stopped reading", e);
      }
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  /** 60 requests as fast as one client sends them; with forwarded, each says it forwards for another client. */
  private static List<Integer> burst(HrcServer server, boolean forwarded) {
    HttpClient client = HttpClient.newHttpClient();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + ASK));
      if (forwarded) {
        request.header("X-Forwarded-For", "192.0.2." + (i + 1));
      }
      try {
        HttpResponse<Void> r = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 429) {
          assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
        }
        statuses.add(r.statusCode());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return statuses;
  }

  private static HrcServer start(DatasetGraph dataset, TrafficLimits traffic, AnswerLimits answers) {
    return HrcServer.start(dataset, new IriMinter("http://localhost/"),
        ServerSettings.onPort(0).withTraffic(traffic).withAnswers(answers));
  }

  private static TrafficLimits limits() {
    return TrafficLimits.forMachine();
  }

  private static DatasetGraph empty() {
    return DatasetGraphFactory.createTxnMem();
  }

  /** Some 8 MB of answer as JSON: more than the socket buffers of both ends hold. */
  private static DatasetGraph large() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    String text = "x".repeat(400);
    Txn.executeWrite(dataset, () -> {
      for (int i = 0; i < 15_000; i++) {
        dataset.add(NodeFactory.createURI("http://localhost/id/g"), NodeFactory.createURI("http://localhost/id/s" + i),
            NodeFactory.createURI("http://localhost/p"), NodeFactory.createLiteralString(text + i));
      }
    });
    return dataset;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
