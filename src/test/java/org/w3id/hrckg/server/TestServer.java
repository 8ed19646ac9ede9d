package org.w3id.hrckg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.publish.Backoff;
import org.w3id.hrckg.publish.GraphStorePublisher;
import org.w3id.hrckg.search.SearchIndex;
import org.w3id.hrckg.server.dataset.EndpointDataset;
import org.w3id.hrckg.server.sparql.AnswerLimits;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The real server on the bundled sample texts, started once for the integration tests on a free port,
 * in either {@link Mode}: over the embedded dataset, or over the same build in a standalone Fuseki
 * read through its SPARQL endpoint (the tests of the linked data run in both). Its URIs are minted under a public base ({@value #BASE}) and it is reached on localhost, as a
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
  /**
   * In remote mode, a first description is many small queries to a second server process, on a
   * 2-core machine that runs other tests beside: the time limit leaves room for that.
   */
  static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(30);
  /** Larger than every real answer of the tests, smaller than the whole graph as JSON. */
  public static final long MAX_ANSWER_BYTES = 1 << 20;

  /** How the server reads the build it serves. */
  public enum Mode {
    /** The build in an embedded dataset, as {@code serve} builds it. */
    EMBEDDED,
    /** The same build published to a standalone Fuseki process, read through its SPARQL endpoint ({@code --sparql-endpoint}). */
    REMOTE
  }

  private static DatasetGraph dataset;
  private static final Map<Mode, Site> SITES = new EnumMap<>(Mode.class);
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer() {}

  /** The server of a mode, started on first use. */
  public static synchronized Site site(Mode mode) {
    return SITES.computeIfAbsent(mode, TestServer::start);
  }

  private static Site start(Mode mode) {
    DatasetGraph built = dataset();
    ServerSettings settings = ServerSettings.onPort(0).withAnswers(AnswerLimits.defaults()
        .withTimeout(mode == Mode.EMBEDDED ? TIMEOUT : REMOTE_TIMEOUT)
        .withMaxRows(MAX_RESULTS).withMaxBytes(MAX_ANSWER_BYTES).withMaxRequestBytes(64 * 1024));
    if (mode == Mode.EMBEDDED) {
      HrcServer server = HrcServer.start(built, new IriMinter(BASE), settings);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return new Site("http://localhost:" + server.port() + "/", server.port());
    }
    try {
      ExternalFuseki fuseki = ExternalFuseki.start(Files.createTempDirectory("hrc-kg-fuseki-"));
      new GraphStorePublisher(URI.create(fuseki.graphStore()), Optional.empty(), Backoff.defaults())
          .publish(GraphStorePublisher.quadsOf(built), (graph, triples) -> { }, Optional.empty());
      EndpointDataset remote = new EndpointDataset(fuseki.sparql(), Optional.empty(), REMOTE_TIMEOUT, PrefixMapFactory.create(built.prefixes()));
      HrcServer server = HrcServer.start(remote, new IriMinter(BASE), settings);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        try {
          fuseki.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      return new Site("http://localhost:" + server.port() + "/", server.port());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Fuseki the remote server reads", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The embedded server's root URL, ending with a slash; starts it on first use. */
  public static String url() {
    return site(Mode.EMBEDDED).url();
  }

  /** The port the embedded server listens on. */
  public static int port() {
    return site(Mode.EMBEDDED).port();
  }

  /** The dataset served: the five sample texts of the bundled corpus, with two literals that hold markup. */
  public static synchronized DatasetGraph dataset() {
    if (dataset == null) {
      dataset = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset();
      Txn.executeWrite(dataset, () -> {
        Node graph = NodeFactory.createURI(BASE + "id/graph/reference");
        dataset.add(graph, NodeFactory.createURI(BASE + "id/fund/vftc"), SKOS.altLabel.asNode(),
            NodeFactory.createLiteralLang(SCRIPT, "en"));
        Node doc = NodeFactory.createURI(BASE + "id/doc/A/HRC/RES/45/32");
        dataset.add(doc, NodeFactory.createURI(BASE + "id/doc/A/HRC/RES/45/32/pp/1"), Hrc.openingPhrase.asNode(),
            NodeFactory.createLiteralLang(SCRIPT, "fr"));
      });
      SearchIndex.inMemory(dataset);
    }
    return dataset;
  }

  /** A GET to the embedded server, with headers given as name, value, name, value... */
  public static HttpResponse<byte[]> get(String path, String... headers) {
    return site(Mode.EMBEDDED).get(path, headers);
  }

  public static HttpResponse<byte[]> head(String path, String... headers) {
    return site(Mode.EMBEDDED).head(path, headers);
  }

  public static HttpResponse<byte[]> post(String path, String contentType, String body, String... headers) {
    return site(Mode.EMBEDDED).post(path, contentType, body, headers);
  }

  public static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException closed) {
        // The client retries a GET on a pooled connection the server has just closed, not a POST:
        // seen once on a loaded CI machine ("header parser received no bytes"); a second try is
        // what any client does, and a server that does not answer fails it too.
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    } catch (IOException e) {
      throw new IllegalStateException("the test server did not answer " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(String path, String... headers) {
    return site(Mode.EMBEDDED).request(path, headers);
  }

  /**
   * A running test server.
   *
   * @param url its root URL, ending with a slash
   * @param port the port it listens on
   */
  public record Site(String url, int port) {

    /** A GET with headers given as name, value, name, value... */
    public HttpResponse<byte[]> get(String path, String... headers) {
      return send(request(path, headers).GET().build());
    }

    public HttpResponse<byte[]> head(String path, String... headers) {
      return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<byte[]> post(String path, String contentType, String body, String... headers) {
      return send(request(path, headers).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpRequest.Builder request(String path, String... headers) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return b;
    }
  }

  /** A response's body as text. */
  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
