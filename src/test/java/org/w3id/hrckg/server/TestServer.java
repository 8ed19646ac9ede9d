package org.w3id.hrckg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.search.SearchIndex;
import org.w3id.hrckg.server.sparql.AnswerLimits;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The real server on the bundled corpus, started once for the integration tests on a free port.
 * Its URIs are minted under a public base ({@value #BASE}) and it is reached on localhost, as a
 * dump built for publication is served in development. Two literals hold markup, to check that
 * pages escape what the data says.
 */
public final class TestServer {

  public static final String BASE = "http://kg.example.org/";
  /** Markup a page must show as text. */
  public static final String SCRIPT = "<script>alert('hrc-kg')</script>";
  /** Small enough for a test to exceed, large enough for every real page and query. */
  public static final long MAX_RESULTS = 20_000;
  public static final Duration TIMEOUT = Duration.ofSeconds(2);
  /** Larger than every real answer of the tests, smaller than the whole graph as JSON. */
  public static final long MAX_ANSWER_BYTES = 1 << 20;

  private static HrcServer server;
  private static DatasetGraph dataset;
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer() {}

  /** The server's root URL, ending with a slash; starts it on first use. */
  public static synchronized String url() {
    if (server == null) {
      dataset = DatasetBuilder.build(CorpusSource.bundled(), new IriMinter(BASE), f -> { }).dataset();
      Txn.executeWrite(dataset, () -> {
        Node graph = NodeFactory.createURI(BASE + "id/graph/reference");
        dataset.add(graph, NodeFactory.createURI(BASE + "id/fund/vftc"), SKOS.altLabel.asNode(),
            NodeFactory.createLiteralLang(SCRIPT, "en"));
        Node doc = NodeFactory.createURI(BASE + "id/doc/A/HRC/RES/45/32");
        dataset.add(doc, NodeFactory.createURI(BASE + "id/doc/A/HRC/RES/45/32/pp/1"), Hrc.openingPhrase.asNode(),
            NodeFactory.createLiteralLang(SCRIPT, "fr"));
      });
      SearchIndex.inMemory(dataset);
      server = HrcServer.start(dataset, new IriMinter(BASE), ServerSettings.onPort(0).withAnswers(
          AnswerLimits.defaults().withTimeout(TIMEOUT).withMaxRows(MAX_RESULTS).withMaxBytes(MAX_ANSWER_BYTES)
              .withMaxRequestBytes(64 * 1024)));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return "http://localhost:" + server.port() + "/";
  }

  /** The port it listens on. */
  public static int port() {
    url();
    return server.port();
  }

  /** The dataset served. */
  public static DatasetGraph dataset() {
    url();
    return dataset;
  }

  /** A GET with headers given as name, value, name, value... */
  public static HttpResponse<byte[]> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  public static HttpResponse<byte[]> head(String path, String... headers) {
    return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  public static HttpResponse<byte[]> post(String path, String contentType, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("the test server did not answer " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  /** A response's body as text. */
  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
