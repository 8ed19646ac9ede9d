package org.w3id.hrckg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.QueryCatalogue;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.dataset.DatasetFigures;
import org.w3id.hrckg.server.dataset.DumpServlet;
import org.w3id.hrckg.server.dataset.VoidDescription;
import org.w3id.hrckg.server.dataset.VoidServlet;
import org.w3id.hrckg.server.html.AnalysisServlet;
import org.w3id.hrckg.server.html.AssetServlet;
import org.w3id.hrckg.server.html.DatasetServlet;
import org.w3id.hrckg.server.html.ErrorPages;
import org.w3id.hrckg.server.html.PageServlet;
import org.w3id.hrckg.server.html.ResourcePages;
import org.w3id.hrckg.server.html.SearchServlet;
import org.w3id.hrckg.server.html.SitePages;
import org.w3id.hrckg.server.html.Templates;
import org.w3id.hrckg.server.html.NetworkCitations;
import org.w3id.hrckg.server.html.ShapesServlet;
import org.w3id.hrckg.server.html.TermLabels;
import org.w3id.hrckg.server.html.VocabularyServlet;
import org.w3id.hrckg.server.http.CorsFilter;
import org.w3id.hrckg.server.http.PublicOrigins;
import org.w3id.hrckg.server.http.RequestGuard;
import org.w3id.hrckg.server.http.SingleFlight;
import org.w3id.hrckg.server.http.TrafficControl;
import org.w3id.hrckg.server.linkeddata.DataServlet;
import org.w3id.hrckg.server.linkeddata.IdServlet;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.server.linkeddata.ServedData;
import org.w3id.hrckg.server.sparql.AnswerLimits;
import org.w3id.hrckg.server.sparql.BoundedAnswerFilter;
import org.w3id.hrckg.server.sparql.GuardedQueryProcessor;
import org.w3id.hrckg.server.sparql.NamedQueryServlet;
import org.w3id.hrckg.server.sparql.ParsedUpdate;
import org.w3id.hrckg.server.sparql.WrittenAnswers;
import org.w3id.hrckg.server.sparql.ServiceDescription;
import org.w3id.hrckg.server.sparql.SparqlRequestFilter;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The hrc-kg server: an embedded Apache Jena Fuseki that answers SPARQL at {@code /sparql}
 * (read-only, no federated query, every answer whole and under a time, row and byte limit) and,
 * on the same port, the linked data of every minted URI ({@code id/}, {@code page/},
 * {@code data/}), the HTML site, the VoID description and the dump; behind per-client and
 * server-wide traffic limits, on the loopback interface unless told otherwise.
 *
 * <pre>{@code
 * try (HrcServer server = HrcServer.start(dataset, new IriMinter(base), ServerSettings.onPort(3030))) {
 *   server.join();
 * }
 * }</pre>
 */
public final class HrcServer implements AutoCloseable {

  /** Fuseki's 5 MiB response buffer allocates per response (FIELD-NOTES; apache/jena#4084); 32 KiB does not. */
  private static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
  private static final String SPARQL = "/sparql";
  /** The SPARQL editor, where a browser asking {@code /sparql} for a page is sent. */
  private static final String EDITOR = "/editor";
  /** Past the query timeout, the time left to send the error that says so, before the connection is cut. */
  private static final Duration ERROR_GRACE = Duration.ofSeconds(1);

  private final FusekiServer fuseki;
  private final long triples;

  private HrcServer(FusekiServer fuseki, long triples) {
    this.fuseki = fuseki;
    this.triples = triples;
  }

  /**
   * Starts serving a dataset whose URIs were minted by {@code iris} (the server answers for their
   * paths under its own address), read-only.
   */
  public static HrcServer start(DatasetGraph dataset, IriMinter iris, ServerSettings settings) {
    DataService.Builder sparql = DataService.newBuilder(UnionDefaultGraph.of(dataset)).addEndpoint(Operation.Query);
    return start(dataset, iris, settings, sparql, RequestGuard.readOnly(settings.answers().maxRequestBytes()), false);
  }

  /**
   * The same server with SPARQL Update at {@code /sparql} and the Graph Store Protocol at
   * {@code /sparql/service}, for the W3C protocol tests of updates, on a scratch dataset thrown
   * away after them. No command starts one: the public server is {@link #start read-only}.
   */
  static HrcServer startWritable(DatasetGraph scratch, IriMinter iris, ServerSettings settings) {
    DataService.Builder sparql = DataService.newBuilder(scratch).addEndpoint(Operation.Query)
        .addEndpoint(Operation.Update).addEndpoint(Operation.GSP_RW, "service");
    return start(scratch, iris, settings, sparql, RequestGuard.writable(settings.answers().maxRequestBytes()), true);
  }

  private static HrcServer start(DatasetGraph dataset, IriMinter iris, ServerSettings settings, DataService.Builder sparql,
      RequestGuard guard, boolean writable) {
    Fuseki.outputFusekiServerHeader = false;
    Fuseki.outputJettyServerHeader = false;
    AtomicReference<FusekiServer> started = new AtomicReference<>();
    PublicOrigins origins = new PublicOrigins(settings.publicHosts(), iris.base(), settings.host(),
        () -> started.get().getHttpPort());
    AnswerLimits answers = settings.answers();
    ResourcePaths paths = new ResourcePaths(iris);
    ServedData data = new ServedData(dataset, paths);
    Templates templates = new Templates();
    // The figures are counted beside the rest of what is computed once over the whole dataset (each
    // a read of its own): on a large store each half takes a minute or more of one core.
    CompletableFuture<DatasetFigures> counted = CompletableFuture.supplyAsync(() -> DatasetFigures.of(dataset));
    Function<HttpServletRequest, String> endpoint = request -> origins.of(request) + SPARQL;
    TermLabels terms = TermLabels.of(dataset, iris);
    VocabularyServlet vocabulary = new VocabularyServlet(dataset, paths, templates, terms);
    AnalysisServlet analysis = analysisServlet(dataset, paths, templates);
    DatasetFigures figures = SingleFlight.await(counted);
    Function<HttpServletRequest, org.apache.jena.graph.Graph> voidOf =
        request -> VoidDescription.of(dataset, iris, figures, origins.of(request) + "/", DumpServlet.PATH, answers);
    ShapesServlet shapes = new ShapesServlet(templates, terms);
    WrittenAnswers written = WrittenAnswers.keeping(WrittenAnswers.defaultBytes());
    FusekiServer.Builder builder = FusekiServer.create();
    if (writable) {
      builder.registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
          new ParsedUpdate("http://" + ServerSettings.LOOPBACK + ":" + settings.port() + SPARQL));
    }
    FusekiServer fuseki = builder
        .port(settings.port())
        .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
        .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
            writable ? GuardedQueryProcessor.writable(answers.timeout(), answers.maxRows())
                : GuardedQueryProcessor.readOnly(answers.timeout(), answers.maxRows(), written))
        .add(SPARQL, sparql)
        .addFilter("/*", new CorsFilter())
        .addFilter("/*", guard)
        .addFilter(SPARQL, new SparqlRequestFilter(
            request -> ServiceDescription.of(endpoint.apply(request), iris.dataset(), answers),
            request -> origins.of(request) + EDITOR))
        .addFilter(SPARQL, new BoundedAnswerFilter(answers.maxBytes(), written))
        .addServlet("", SitePages.landing(templates, figures, paths))
        .addServlet("/query", SitePages.query(templates, paths, QueryCatalogue.all()))
        .addServlet("/search", new SearchServlet(dataset, paths, templates))
        .addServlet("/ontology", vocabulary)
        .addServlet(VocabularyServlet.MODEL, vocabulary)
        .addServlet("/shapes", shapes)
        .addServlet("/shapes/*", shapes)
        .addServlet("/queries", SitePages.queries(templates, QueryCatalogue.all()))
        .addServlet("/queries/*", new NamedQueryServlet(QueryCatalogue.all(), SPARQL))
        .addServlet(EDITOR, SitePages.editor(templates, QueryCatalogue.all(), endpoint, iris))
        .addServlet("/id/*", new IdServlet(data, origins))
        .addServlet("/data/*", new DataServlet(data))
        .addServlet("/page/*", new PageServlet(data, new ResourcePages(paths, templates, terms), templates))
        .addServlet("/.well-known/void", new VoidServlet(voidOf))
        .addServlet("/dataset", new DatasetServlet(voidOf, templates, terms))
        .addServlet(DumpServlet.PATH, new DumpServlet(dataset))
        .addServlet("/analysis/*", analysis)
        .addServlet("/static/*", new AssetServlet("/static/", "/web/"))
        .addServlet("/webjars/*", new AssetServlet("/webjars/", "/META-INF/resources/webjars/"))
        .build();
    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
      }
    }
    ErrorPages errors = new ErrorPages(templates);
    fuseki.getJettyServer().setErrorHandler(errors);
    fuseki.getJettyServer().getDescendants(ServletContextHandler.class).forEach(c -> c.setErrorHandler(errors));
    TrafficControl.apply(fuseki.getJettyServer(), settings.host(), settings.traffic(), answers.timeout().plus(ERROR_GRACE),
        DumpServlet.PATH::equals);
    started.set(fuseki);
    fuseki.start();
    return new HrcServer(fuseki, figures.triples());
  }

  private static AnalysisServlet analysisServlet(DatasetGraph dataset, ResourcePaths paths, Templates templates) {
    try {
      return new AnalysisServlet(CitationAnalysis.of(dataset), NetworkCitations.of(dataset), paths, templates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the citation network page", e);
    }
  }

  /** The port it listens on (the one chosen when started on port 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The statements in all graphs of the dataset served, as counted when it started. */
  public long triples() {
    return triples;
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    fuseki.stop();
  }
}
