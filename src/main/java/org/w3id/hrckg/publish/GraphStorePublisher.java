package org.w3id.hrckg.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Sends a build to a SPARQL 1.1 Graph Store Protocol endpoint, one request per named graph (one
 * per document): {@code PUT}, so that publishing again replaces each graph instead of adding to it,
 * and a publish cut short is completed by running it again. The quads are streamed, one graph held
 * at a time; a graph whose quads come in more than one run is {@code PUT} once, then completed with
 * {@code POST}. Requests that fail for a passing reason are tried again ({@link Backoff}); any other
 * refusal stops the publish with the store's status. Credentials go in the {@code Authorization}
 * header only.
 *
 * <p>Pruning, once every graph is in: the store's SPARQL endpoint lists its named graphs, and the
 * document graphs under the build's base ({@code {base}id/doc/}) that this publish did not send
 * (documents removed from the corpus) are deleted; a publish cut short deletes nothing, and its
 * rerun prunes.
 *
 * <pre>{@code
 * new GraphStorePublisher(URI.create("http://store:3030/hrc/data"), credentials, Backoff.defaults())
 *     .publish(stream -> RDFParser.source(dump).parse(stream), (graph, triples) -> { }, Optional.empty());
 * }</pre>
 */
public final class GraphStorePublisher {

  /** Told of every graph once the store has it. */
  public interface Progress {
    void sent(Node graph, long triples);
  }

  /** Waits between tries; a test's own does not. */
  interface Sleeper {
    void sleep(Duration delay) throws InterruptedException;
  }

  /** What a publish sent, and how many document graphs the build no longer holds it removed. */
  public record Summary(int graphs, long triples, int removed) {}

  private static final String N_TRIPLES = "application/n-triples";
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final URI endpoint;
  private final Optional<Credentials> credentials;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * @param endpoint the Graph Store Protocol endpoint, without user information
   * @param credentials who publishes, if the store asks
   */
  public GraphStorePublisher(URI endpoint, Optional<Credentials> credentials, Backoff backoff) {
    this(endpoint, credentials, backoff, delay -> Thread.sleep(delay.toMillis()));
  }

  GraphStorePublisher(URI endpoint, Optional<Credentials> credentials, Backoff backoff, Sleeper sleeper) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /**
   * Publishes the quads a source sends to the stream it is given (a parser of a dump, or a dataset).
   *
   * @param pruneWith the store's SPARQL query endpoint, to delete the document graphs of this
   *     build's base that it holds and this publish did not send; empty to keep them
   * @throws IOException when the store refuses a graph or stays unreachable past the retries; the
   *     graphs sent before are in the store, and a rerun completes the publish
   */
  public Summary publish(Consumer<StreamRDF> source, Progress progress, Optional<URI> pruneWith)
      throws IOException, InterruptedException {
    ByGraph byGraph = new ByGraph(progress);
    try {
      source.accept(byGraph);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (Interrupted e) {
      throw e.cause;
    }
    int removed = 0;
    if (pruneWith.isPresent()) {
      for (Node stale : StaleGraphs.of(byGraph.sent, new StoreGraphs(pruneWith.get(), credentials).list())) {
        exchange("DELETE", stale, HttpRequest.BodyPublishers.noBody(), Set.of(404));
        removed++;
      }
    }
    return new Summary(byGraph.sent.size(), byGraph.triples, removed);
  }

  /** A dataset as a source of quads for {@link #publish}, read in a transaction. */
  public static Consumer<StreamRDF> quadsOf(DatasetGraph dataset) {
    return stream -> Txn.executeRead(dataset, () -> {
      stream.start();
      StreamRDFOps.sendDatasetToStream(dataset, stream);
      stream.finish();
    });
  }

  /** Gathers the quads of one graph at a time and sends each graph when the next begins. */
  private final class ByGraph extends StreamRDFBase {
    private final Progress progress;
    private final Set<Node> sent = new LinkedHashSet<>();
    private Node current;
    private Graph graph = GraphFactory.createDefaultGraph();
    private long triples;

    ByGraph(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void triple(Triple triple) {
      add(Quad.defaultGraphIRI, triple);
    }

    @Override
    public void quad(Quad quad) {
      add(quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph(), quad.asTriple());
    }

    private void add(Node name, Triple triple) {
      if (!name.equals(current)) {
        flush();
        current = name;
      }
      graph.add(triple);
    }

    @Override
    public void finish() {
      flush();
    }

    private void flush() {
      if (current == null || graph.isEmpty()) {
        return;
      }
      try {
        send(current, graph, sent.add(current) ? "PUT" : "POST");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        throw new Interrupted(e);
      }
      triples += graph.size();
      progress.sent(current, graph.size());
      graph = GraphFactory.createDefaultGraph();
    }
  }

  private void send(Node name, Graph graph, String method) throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(RDFFormat.NTRIPLES_UTF8).output(body);
    exchange(method, name, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), Set.of());
  }

  /**
   * One request about one graph, tried again for passing failures; a status in {@code alsoFine}
   * counts as done (a graph already gone, say).
   */
  private void exchange(String method, Node name, HttpRequest.BodyPublisher body, Set<Integer> alsoFine)
      throws IOException, InterruptedException {
    URI target = URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + graphParameter(name));
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT).method(method, body);
    request.header("Content-Type", N_TRIPLES);
    credentials.ifPresent(c -> request.header("Authorization", c.authorization()));
    String what = method + " of the graph " + (Quad.isDefaultGraph(name) ? "(default)" : "<" + name.getURI() + ">");
    for (int attempt = 0; ; attempt++) {
      int status = -1;
      String failure;
      try {
        status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300 || alsoFine.contains(status)) {
          return;
        }
        failure = "the store at " + endpoint + " answered " + status + " to the " + what + hint(status);
      } catch (IOException e) {
        failure = "cannot reach the store at " + endpoint + " for the " + what + ": " + e;
      }
      if (status != -1 && !Backoff.passing(status)) {
        throw new IOException(failure);
      }
      if (attempt >= backoff.retries()) {
        throw new IOException(failure + (backoff.retries() > 0 ? " (after " + backoff.retries() + " retries)" : ""));
      }
      sleeper.sleep(backoff.delay(attempt + 1));
    }
  }

  private static String graphParameter(Node name) {
    return Quad.isDefaultGraph(name) ? "default" : "graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8);
  }

  private static String hint(int status) {
    return switch (status) {
      case 401 -> ": it asks for credentials (--user, and the password in HRCKG_PUBLISH_PASSWORD)";
      case 403 -> ": the user may not write there";
      case 404, 405 -> ": is it the store's Graph Store Protocol endpoint, read-write?";
      default -> "";
    };
  }

  /** Carries an interruption out of the stream. */
  private static final class Interrupted extends RuntimeException {
    private final InterruptedException cause;

    Interrupted(InterruptedException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
