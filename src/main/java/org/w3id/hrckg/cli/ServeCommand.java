package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.publish.Credentials;
import org.w3id.hrckg.search.SearchIndex;
import org.w3id.hrckg.server.HrcServer;
import org.w3id.hrckg.server.ServerSettings;
import org.w3id.hrckg.server.dataset.EndpointDataset;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.TdbStore;
import org.w3id.hrckg.vocab.Namespaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}, the main job: builds the corpus (in memory, or into a TDB2 store), or opens a
 * store built before, then serves SPARQL and linked data on one port until stopped. Data that does
 * not conform is not served, and a store keeps its previous build.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the corpus (or open a TDB2 store) and serve SPARQL, linked data and HTML pages until stopped.")
final class ServeCommand implements Callable<Integer> {

  @Mixin
  CorpusOptions corpus;

  @Mixin
  BuildOptions options;

  @Option(names = "--store", paramLabel = "DIR",
      description = "A TDB2 store folder: opened if it holds a build and no --corpus is given, else built into.")
  Path store;

  @Option(names = "--rebuild", description = "With --store: build again even if the store holds a build.")
  boolean rebuild;

  @Option(names = "--sparql-endpoint", paramLabel = "URL",
      description = "Serve the build another engine holds, read through its SPARQL endpoint (its default graph the union of"
          + " its named graphs), instead of building or opening one here.")
  String sparqlEndpoint;

  /** The environment variables of the endpoint's credentials. */
  static final String ENDPOINT_USER_VARIABLE = "HRCKG_ENDPOINT_USER";
  static final String ENDPOINT_PASSWORD_VARIABLE = "HRCKG_ENDPOINT_PASSWORD";

  @Option(names = "--endpoint-user", paramLabel = "NAME", defaultValue = "${env:" + ENDPOINT_USER_VARIABLE + "}",
      description = "With --sparql-endpoint: user for HTTP basic authentication (default: $" + ENDPOINT_USER_VARIABLE + ").")
  String endpointUser;

  @Option(names = "--endpoint-password-file", paramLabel = "FILE",
      description = "With --sparql-endpoint: file whose first line is the password (default: $" + ENDPOINT_PASSWORD_VARIABLE + ").")
  Path endpointPasswordFile;

  @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Longest a SPARQL query may run (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
      description = "Most rows or triples one query returns (default: ${DEFAULT-VALUE}).")
  long maxResults;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = MessageLanguage.class,
      description = "Language of validation messages: en or fr (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--quiet", description = "Print only problems and the summary.")
  boolean quiet;

  @Mixin
  ServerOptions serverOptions;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (timeoutSeconds <= 0 || maxResults <= 0 || port < 0 || port > 65_535) {
      stderr.println("serve: --query-timeout and --max-results must be positive, and --port between 0 and 65535");
      return HrcKg.USAGE;
    }
    ServerSettings settings;
    try {
      settings = serverOptions.settings(port, Duration.ofMillis((long) (timeoutSeconds * 1000)), maxResults);
    } catch (IllegalArgumentException e) {
      stderr.printf("serve: %s%n", e.getMessage());
      return HrcKg.USAGE;
    }
    int listen = port == 0 ? freePort() : port;
    Optional<String> busy = busy(settings.host(), listen);
    if (busy.isPresent()) {
      stderr.printf("serve: cannot listen on %s port %d: %s; choose another with --port%n", settings.host(), listen, busy.get());
      return HrcKg.USAGE;
    }
    Optional<Served> served;
    try {
      served = sparqlEndpoint != null ? fromEndpoint(settings, stdout)
          : store != null ? fromStore(listen, stdout, stderr) : inMemory(listen, stdout, stderr);
    } catch (IllegalArgumentException | IOException e) {
      stderr.printf("serve: %s%n", e instanceof IOException io ? BuildRun.describe(io) : e.getMessage());
      return HrcKg.USAGE;
    }
    if (served.isEmpty()) {
      return HrcKg.DATA_PROBLEM;
    }
    HrcServer server = HrcServer.start(served.get().dataset(), served.get().iris(), settings.withPort(listen));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      if (DatabaseMgr.isTDB2(served.get().dataset())) {
        TDBInternal.expel(served.get().dataset());
      }
    }));
    String url = "http://" + shown(settings.host()) + ":" + server.port() + "/";
    if (served.get().endpoint().isPresent()) {
      stdout.printf("hrc-kg serves the build at %s on %s%n  SPARQL endpoint  %ssparql (forwarded)%n"
          + "  linked data      %sid/... (URIs minted under %s)%nStop with Ctrl-C.%n",
          served.get().endpoint().get(), url, url, url,
          served.get().iris().base());
      stdout.flush();
      server.join();
      return 0;
    }
    long triples = server.triples();
    stdout.printf("hrc-kg serves %,d triples at %s%n  SPARQL endpoint  %ssparql%n  query page       %squery%n"
        + "  linked data      %sid/... (URIs minted under %s)%nStop with Ctrl-C.%n",
        triples, url, url, url, url, served.get().iris().base());
    stdout.flush();
    server.join();
    return 0;
  }

  /** A dataset ready to serve, the minter of its URIs, and the endpoint that holds it when another engine does. */
  private record Served(DatasetGraph dataset, IriMinter iris, Optional<String> endpoint) {}

  private Optional<Served> inMemory(int listen, PrintWriter stdout, PrintWriter stderr) throws IOException {
    IriMinter iris = corpus.iris(listen);
    CorpusPipeline pipeline = options.pipeline(iris);
    BuiltDataset built = BuildRun.build(DatasetGraphFactory.createTxnMem(), corpus.texts(), pipeline, quiet, stderr);
    BuildRun.report(built, stdout, stderr, quiet, language);
    Optional<String> refusal = options.acceptance().refusal(built.validation().conforms(), built.report().documents().size(),
        OptionalInt.empty());
    if (refusal.isPresent()) {
      stderr.printf("serve: %s; nothing is served%n", refusal.get());
      return Optional.empty();
    }
    summarise(built, stdout, stderr);
    SearchIndex.inMemory(built.dataset());
    return Optional.of(new Served(built.dataset(), iris, Optional.empty()));
  }

  /**
   * The build another engine holds: nothing is built or opened here, and the base of its URIs is
   * the one its dataset description states, unless {@code --base-uri} says otherwise.
   */
  private Optional<Served> fromEndpoint(ServerSettings settings, PrintWriter stdout) throws IOException {
    if (store != null || corpus.corpus != null || rebuild) {
      throw new IllegalArgumentException("--sparql-endpoint serves what the endpoint holds: no --store, --corpus or --rebuild");
    }
    StoreAddress address = StoreAddress.of("--sparql-endpoint", sparqlEndpoint, new StoreAddress.Login(endpointUser,
        endpointPasswordFile, "--endpoint-user or $" + ENDPOINT_USER_VARIABLE, "--endpoint-password-file", ENDPOINT_PASSWORD_VARIABLE));
    String endpoint = address.endpoint().toString();
    EndpointDataset dataset = new EndpointDataset(endpoint, address.credentials().map(Credentials::authorization),
        settings.answers().timeout(), PrefixMapFactory.create());
    String base;
    try {
      base = corpus.baseUri != null ? corpus.baseUri : TdbStore.baseOf(dataset).orElseThrow(() -> new IOException(
          endpoint + " holds no dataset description stating its URI space: give --base-uri"));
    } catch (HttpException | QueryExceptionHTTP e) {
      int status = e instanceof HttpException http ? http.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
      throw new IOException("cannot query " + endpoint + ": " + e.getMessage() + (status == 401
          ? " (it asks for credentials: --endpoint-user, and the password in $" + ENDPOINT_PASSWORD_VARIABLE + ")" : ""), e);
    }
    IriMinter iris = new IriMinter(base);
    Namespaces.prefixes(iris).forEach(dataset.prefixes()::add);
    stdout.printf("Reading the build at %s (URIs minted under %s)%n", endpoint, base);
    return Optional.of(new Served(dataset, iris, Optional.of(endpoint)));
  }

  private Optional<Served> fromStore(int listen, PrintWriter stdout, PrintWriter stderr) throws IOException {
    TdbStore tdb = new TdbStore(store);
    Optional<Path> current = tdb.current();
    if (current.isPresent() && corpus.corpus == null && !rebuild) {
      DatasetGraph dataset = tdb.open().orElseThrow();
      String base = TdbStore.baseOf(dataset)
          .orElseThrow(() -> new IOException(current.get() + " holds no dataset description: rebuild it with --rebuild"));
      if (corpus.baseUri != null && !corpus.baseUri.equals(base)) {
        stderr.printf("serve: the store's URIs were minted under %s; --base-uri %s applies to a rebuild only%n", base, corpus.baseUri);
      }
      stdout.printf("Opened the store %s (%s)%n", tdb.folder(), current.get().getFileName());
      return Optional.of(new Served(dataset, new IriMinter(base), Optional.empty()));
    }
    IriMinter iris = corpus.iris(listen);
    CorpusPipeline pipeline = options.pipeline(iris);
    List<SourceFile> texts = corpus.texts();
    TdbStore.Rebuild rebuilt;
    try (DocumentSpill spill = DocumentSpill.in(tdb.parsed())) {
      rebuilt = tdb.rebuild(generation -> BuildRun.build(generation, texts, pipeline, quiet, stderr, spill), iris.base(),
          options.acceptance());
    }
    BuildRun.report(rebuilt.built(), stdout, stderr, quiet, language);
    if (!rebuilt.switched()) {
      stderr.printf("serve: %s; the store %s keeps its previous build%n", rebuilt.refusal(), tdb.folder());
      return Optional.empty();
    }
    summarise(rebuilt.built(), stdout, stderr);
    stdout.printf("Built %s into the store %s%n", corpus.corpusName(), tdb.folder());
    return Optional.of(new Served(rebuilt.current().orElseThrow(), iris, Optional.empty()));
  }

  private void summarise(BuiltDataset built, PrintWriter stdout, PrintWriter stderr) {
    if (built.report().hasErrors()) {
      stderr.printf("serve: %d input(s) could not be built (see above); serving the others%n", built.report().failed());
    }
    stdout.printf("%d document(s) built in %.1f s%n", built.report().documents().size(), built.seconds());
  }

  /** The host of the URL printed: the address listened on, or localhost for every interface. */
  private static String shown(String host) {
    if (host.equals("0.0.0.0") || host.equals("::")) {
      return ServerSettings.LOOPBACK;
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** Why the port cannot be listened on (in use, not allowed), checked before anything is built; empty when it can. */
  private static Optional<String> busy(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(host, port));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.getMessage() == null ? "it is in use" : e.getMessage().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
