package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.publish.Backoff;
import org.w3id.hrckg.publish.GraphStorePublisher;
import org.w3id.hrckg.store.BuiltDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code publish}: sends a build (a dump written by {@code build}, or the corpus built first) to an
 * existing store through the SPARQL 1.1 Graph Store Protocol, one named graph per document, each
 * replaced by {@code PUT}: a rerun replaces rather than duplicates, and completes a publish that
 * was cut short. The password comes from the environment, a file or the URL, and is never printed.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Send a build to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph per document (PUT).")
final class PublishCommand implements Callable<Integer> {

  /** The environment variables of the credentials. */
  static final String USER_VARIABLE = "HRCKG_PUBLISH_USER";
  static final String PASSWORD_VARIABLE = "HRCKG_PUBLISH_PASSWORD";

  @Option(names = "--to", paramLabel = "URL", required = true,
      description = "The store's Graph Store Protocol endpoint, read-write (Fuseki: http://host:3030/DATASET/data).")
  String to;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "A dump written by build (.nq, .trig, .jsonld; .gz too). Without it, the corpus is built first.")
  Path dump;

  @Mixin
  CorpusOptions corpus;

  @Mixin
  BuildOptions options;

  @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:" + USER_VARIABLE + "}",
      description = "User for HTTP basic authentication (default: $" + USER_VARIABLE + ").")
  String user;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "File whose first line is the password (default: $" + PASSWORD_VARIABLE + ").")
  Path passwordFile;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
      description = "Tries again a graph the store could not take for a passing reason, up to N times (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--retry-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "Wait before the first retry, doubled at each next one up to 30 s (default: ${DEFAULT-VALUE}).")
  double retryDelay;

  @Option(names = "--prune", paramLabel = "SPARQL-URL",
      description = "Delete the document graphs of this build's base that the store holds and this build does not; "
          + "the store's SPARQL query endpoint lists them (Fuseki: http://host:3030/DATASET/sparql).")
  String prune;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of validation messages: en or fr (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--quiet", description = "Print only problems and the summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    StoreAddress target;
    Optional<URI> pruneWith;
    Backoff backoff;
    try {
      target = target();
      pruneWith = prune == null ? Optional.empty() : Optional.of(StoreAddress.of("--prune", prune, login()).endpoint());
      backoff = new Backoff(retries, Duration.ofMillis((long) (retryDelay * 1000)), Duration.ofSeconds(30));
      if (dump != null && corpus.corpus != null) {
        throw new IllegalArgumentException("give --dump or --corpus, not both");
      }
      if (dump != null && !Files.isRegularFile(dump)) {
        throw new IllegalArgumentException("no such dump: " + dump);
      }
    } catch (IllegalArgumentException | IOException e) {
      stderr.printf("publish: %s%n", e instanceof IOException io ? BuildRun.describe(io) : e.getMessage());
      return HrcKg.USAGE;
    }
    Optional<Consumer<StreamRDF>> source;
    try {
      source = dump != null ? Optional.of(quadsOf(dump)) : built(stdout, stderr);
    } catch (IllegalArgumentException | IOException e) {
      stderr.printf("publish: %s%n", e instanceof IOException io ? BuildRun.describe(io) : e.getMessage());
      return HrcKg.USAGE;
    }
    if (source.isEmpty()) {
      return HrcKg.DATA_PROBLEM;
    }
    GraphStorePublisher publisher = new GraphStorePublisher(target.endpoint(), target.credentials(), backoff);
    long started = System.nanoTime();
    try {
      GraphStorePublisher.Summary sent = publisher.publish(source.get(), (graph, triples) -> {
        if (!quiet) {
          stdout.printf("  %s  %,d triples%n", graph, triples);
          stdout.flush();
        }
      }, pruneWith);
      stdout.printf("Published %d graph(s), %,d triples, to %s in %.1f s%s%n", sent.graphs(), sent.triples(), target.endpoint(),
          (System.nanoTime() - started) / 1e9, pruneWith.isPresent() ? String.format("; removed %d document graph(s) the build no longer holds", sent.removed()) : "");
      stdout.flush();
      return 0;
    } catch (RiotException e) {
      stderr.printf("publish: %s is not RDF that can be read: %s%n", dump, e.getMessage());
      return HrcKg.USAGE;
    } catch (IOException e) {
      stderr.printf("publish: %s; the graphs sent before are in the store: run again to complete the publish%n", e.getMessage());
      return HrcKg.DATA_PROBLEM;
    }
  }

  /** Where to publish, and as whom. */
  private StoreAddress target() throws IOException {
    if (retries < 0 || !(retryDelay >= 0)) {
      throw new IllegalArgumentException("--retries and --retry-delay must not be negative");
    }
    return StoreAddress.of("--to", to, login());
  }

  /** The user and password options of publish, for the store's Graph Store and (to prune) query endpoints. */
  private StoreAddress.Login login() {
    return new StoreAddress.Login(user, passwordFile, "--user or $" + USER_VARIABLE, "--password-file", PASSWORD_VARIABLE);
  }

  /** A dump as a source of quads, in the format its name says, gunzipped when it ends with {@code .gz}. */
  private static Consumer<StreamRDF> quadsOf(Path dump) {
    String name = dump.getFileName().toString();
    boolean gzipped = name.endsWith(".gz");
    Lang lang = RDFLanguages.filenameToLang(gzipped ? name.substring(0, name.length() - 3) : name, Lang.NQUADS);
    return stream -> {
      try (InputStream file = Files.newInputStream(dump); InputStream in = gzipped ? new GZIPInputStream(file) : file) {
        RDFParser.source(in).lang(lang).parse(stream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** The corpus built in memory, as a source of quads, when it conforms and may be published. */
  private Optional<Consumer<StreamRDF>> built(PrintWriter stdout, PrintWriter stderr) throws IOException {
    IriMinter iris = corpus.iris(CorpusOptions.DEFAULT_PORT);
    BuiltDataset built = BuildRun.build(DatasetGraphFactory.createTxnMem(), corpus.texts(), options.pipeline(iris), quiet, stderr);
    BuildRun.report(built, stdout, stderr, quiet, language);
    Optional<String> refusal = options.acceptance().refusal(built.validation().conforms(), built.report().documents().size(),
        OptionalInt.empty());
    if (refusal.isPresent()) {
      stderr.printf("publish: %s; nothing is published%n", refusal.get());
      return Optional.empty();
    }
    return Optional.of(GraphStorePublisher.quadsOf(built.dataset()));
  }
}
