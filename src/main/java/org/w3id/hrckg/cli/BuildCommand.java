package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.DocumentSummary;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.DumpFormat;
import org.w3id.hrckg.store.DumpWriter;
import org.w3id.hrckg.validate.ReportPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code build}: parses every text of a corpus, emits RDF, validates it with the shapes and writes
 * one dump. A text that does not parse is reported and left out, the others are built; data that
 * does not conform is not written, and the previous dump stays as it was.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Parse a corpus, emit RDF, validate it and write one dump (format by extension: .nq .trig .ttl .nt .jsonld .rdf).")
final class BuildCommand implements Callable<Integer> {

  /** Builds of fewer texts finish before a progress bar would help. */
  private static final int PROGRESS_FROM = 20;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "hrc-kg.nq",
      description = "The dump to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
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
    IriMinter iris;
    List<SourceFile> texts;
    try {
      iris = corpus.iris(CorpusOptions.DEFAULT_PORT);
      texts = corpus.texts();
    } catch (IllegalArgumentException | IOException e) {
      stderr.printf("build: %s%n", e instanceof IOException io ? describe(io) : e.getMessage());
      return HrcKg.USAGE;
    }
    BuiltDataset built = buildWithProgress(texts, iris, stderr);
    report(built, stdout, stderr);
    if (!built.validation().conforms()) {
      stderr.printf("build: the data does not conform to the shapes; %s was not written (a previous dump is untouched)%n", out);
      return HrcKg.DATA_PROBLEM;
    }
    try {
      DumpWriter.write(built.dataset(), out, format);
    } catch (IOException e) {
      stderr.printf("build: cannot write %s: %s (a previous dump is untouched)%n", out, describe(e));
      return HrcKg.DATA_PROBLEM;
    }
    long triples = built.dataset().stream().count();
    stdout.printf("%d document(s) built, %d failed; %d triples in %d graphs; %.1f s; written to %s%n",
        built.report().documents().size(), built.report().failed(), triples, graphs(built), built.seconds(), out);
    stdout.flush();
    return built.report().hasErrors() ? HrcKg.DATA_PROBLEM : 0;
  }

  private BuiltDataset buildWithProgress(List<SourceFile> texts, IriMinter iris, PrintWriter stderr) {
    if (texts.size() < PROGRESS_FROM || System.console() == null || quiet) {
      return DatasetBuilder.build(texts, iris, f -> { });
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(texts.size())
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build()) {
      Consumer<SourceFile> step = f -> bar.step();
      return DatasetBuilder.build(texts, iris, step);
    }
  }

  private void report(BuiltDataset built, PrintWriter stdout, PrintWriter stderr) {
    for (Diagnostic d : built.report().diagnostics()) {
      if (d.isError() || !quiet) {
        stderr.println(d);
      }
    }
    stderr.flush();
    if (!quiet) {
      built.report().documents().forEach(stdout::println);
      stdout.flush();
    }
    if (!quiet || !built.validation().conforms()) {
      new ReportPrinter(stdout, language).print(built.validation());
    }
  }

  private static long graphs(BuiltDataset built) {
    long n = 0;
    for (var it = built.dataset().listGraphNodes(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** An I/O problem in words, naming the file. */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof java.nio.file.NotDirectoryException n) {
      return "not a folder: " + n.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException n) {
      return "permission denied: " + n.getFile();
    }
    return e.getMessage();
  }
}
