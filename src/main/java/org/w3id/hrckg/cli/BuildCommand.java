package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DumpFormat;
import org.w3id.hrckg.store.DumpShards;
import org.w3id.hrckg.store.TdbStore;
import org.w3id.hrckg.store.DumpFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code build}: parses every text of a corpus, emits RDF, validates it with the shapes and writes
 * one dump. A text that does not parse is reported and left out, the others are built; data that
 * does not conform, or a build that has lost too many documents against the previous one, is not
 * written, and the previous dump stays as it was.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Parse a corpus, emit RDF, validate it and write one dump (format by extension: .nq .trig .ttl .nt .jsonld .rdf).")
final class BuildCommand implements Callable<Integer> {

  @Mixin
  CorpusOptions corpus;

  @Mixin
  BuildOptions options;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "hrc-kg.nq",
      description = "The dump to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Build into this TDB2 store (a new generation, current once it validates) instead of writing a dump.")
  Path store;

  @Option(names = "--shards", paramLabel = "N",
      description = "Write the dump as N N-Quads files (NAME-1-of-N.nq ...), each document's graph whole in one,"
          + " chosen by the CRC-32 of its name: the input of the bulk loaders of large stores.")
  Integer shards;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = MessageLanguage.class,
      description = "Language of validation messages: en or fr (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--quiet", description = "Print only problems and the build summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    DumpFormat format = DumpFormat.of(out).orElse(null);
    if (format == null) {
      stderr.printf("build: cannot tell the format of %s; use one of %s%n", out, DumpFormat.extensions());
      return HrcKg.USAGE;
    }
    if (shards != null && (shards < 1 || shards > DumpShards.MAX || format != DumpFormat.NQUADS || store != null)) {
      stderr.printf("build: --shards writes between 1 and %d N-Quads files: --out NAME.nq, and no --store%n", DumpShards.MAX);
      return HrcKg.USAGE;
    }
    Optional<String> unwritable = store == null ? DumpFile.unwritable(out) : Optional.empty();
    if (unwritable.isPresent()) {
      stderr.printf("build: cannot write %s: %s; nothing was built%n", out, unwritable.get());
      return HrcKg.USAGE;
    }
    IriMinter iris;
    List<SourceFile> texts;
    CorpusPipeline pipeline;
    try {
      iris = corpus.iris(CorpusOptions.DEFAULT_PORT);
      pipeline = options.pipeline(iris);
      texts = corpus.texts();
    } catch (IllegalArgumentException | IOException e) {
      stderr.printf("build: %s%n", e instanceof IOException io ? BuildRun.describe(io) : e.getMessage());
      return HrcKg.USAGE;
    }
    if (store != null) {
      return intoStore(texts, pipeline, iris, stdout, stderr);
    }
    if (shards != null) {
      BuiltDataset built = BuildRun.build(DatasetGraphFactory.createTxnMem(), texts, pipeline, quiet, stderr);
      BuildRun.report(built, stdout, stderr, quiet, language);
      return intoShards(built, stdout, stderr);
    }
    DumpFile dump = new DumpFile(out, format);
    BuiltDataset built;
    DumpFile.Publication publication;
    try {
      if (DumpFile.streams(format)) {
        DumpFile.Streamed streamed;
        try (BuildProgress progress = BuildProgress.of(texts.size(), quiet, stderr)) {
          streamed = dump.publish(stream -> pipeline.run(texts, stream, progress), iris.base(), options.acceptance());
        }
        built = streamed.built();
        BuildRun.report(built, stdout, stderr, quiet, language);
        publication = streamed.publication();
      } else {
        built = BuildRun.build(DatasetGraphFactory.createTxnMem(), texts, pipeline, quiet, stderr);
        BuildRun.report(built, stdout, stderr, quiet, language);
        publication = dump.publish(built, iris.base(), options.acceptance());
      }
    } catch (IOException e) {
      stderr.printf("build: cannot write %s: %s (a previous dump is untouched)%n", out, BuildRun.describe(e));
      return HrcKg.DATA_PROBLEM;
    }
    if (!publication.written()) {
      stderr.printf("build: %s; %s was not written (a previous dump is untouched)%n", publication.reason(), out);
      return HrcKg.DATA_PROBLEM;
    }
    stdout.printf("%d document(s) built, %d failed; %d triples in %d graphs; %.1f s; written to %s%n",
        built.report().documents().size(), built.report().failed(), built.report().quads(), built.report().graphs(),
        built.seconds(), out);
    stdout.flush();
    return built.report().hasErrors() ? HrcKg.DATA_PROBLEM : 0;
  }

  private Integer intoStore(List<SourceFile> texts, CorpusPipeline pipeline, IriMinter iris, PrintWriter stdout,
      PrintWriter stderr) {
    try (TdbStore tdb = new TdbStore(store)) {
      TdbStore.Rebuild rebuilt;
      try (DocumentSpill spill = DocumentSpill.in(tdb.parsed())) {
        rebuilt = tdb.rebuild(generation -> BuildRun.build(generation, texts, pipeline, quiet, stderr, spill), iris.base(),
            options.acceptance());
      }
      BuildRun.report(rebuilt.built(), stdout, stderr, quiet, language);
      if (!rebuilt.switched()) {
        stderr.printf("build: %s; the store %s keeps its previous build%n", rebuilt.refusal(), tdb.folder());
        return HrcKg.DATA_PROBLEM;
      }
      stdout.printf("%d document(s) built, %d failed; %d file(s) parsed, the others as the store remembers them;"
          + " %d of %d graph(s) written; %.1f s; the store %s holds them (%s)%n", rebuilt.built().report().documents().size(),
          rebuilt.built().report().failed(), rebuilt.built().report().parsed(), rebuilt.written(), rebuilt.built().report().graphs(),
          rebuilt.built().seconds(), tdb.folder(),
          tdb.current().map(p -> p.getFileName().toString()).orElse(""));
      stdout.flush();
      return rebuilt.built().report().hasErrors() ? HrcKg.DATA_PROBLEM : 0;
    } catch (IOException e) {
      stderr.printf("build: cannot build into the store %s: %s%n", store, BuildRun.describe(e));
      return HrcKg.DATA_PROBLEM;
    }
  }

  /** The build in shards, when it conforms and has the documents asked for. */
  private Integer intoShards(BuiltDataset built, PrintWriter stdout, PrintWriter stderr) {
    Optional<String> refusal = options.acceptance().refusal(built.validation().conforms(), built.report().documents().size(),
        OptionalInt.empty());
    if (refusal.isPresent()) {
      stderr.printf("build: %s; no shard was written%n", refusal.get());
      return HrcKg.DATA_PROBLEM;
    }
    List<Path> files;
    try {
      files = DumpShards.write(built.dataset(), out, shards);
    } catch (IOException e) {
      stderr.printf("build: cannot write the shards of %s: %s%n", out, BuildRun.describe(e));
      return HrcKg.DATA_PROBLEM;
    }
    stdout.printf("%d document(s) built, %d failed; %d graphs in %d shard(s), %s to %s%n", built.report().documents().size(),
        built.report().failed(), graphs(built), shards, files.get(0).getFileName(), files.get(files.size() - 1).getFileName());
    stdout.flush();
    return built.report().hasErrors() ? HrcKg.DATA_PROBLEM : 0;
  }

  private static long graphs(BuiltDataset built) {
    long n = 0;
    for (var it = built.dataset().listGraphNodes(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }
}
