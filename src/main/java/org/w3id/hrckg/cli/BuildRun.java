package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.validate.ReportPrinter;

/**
 * A corpus built as {@code build} and {@code serve} build it: with a progress bar when the build
 * is long and runs at a console, then the report of what was built (diagnostics by file and line,
 * a summary per document, the validation).
 */
final class BuildRun {

  /** Builds of fewer texts finish before a progress bar would help. */
  private static final int PROGRESS_FROM = 20;

  private BuildRun() {}

  static BuiltDataset build(DatasetGraph target, List<SourceFile> texts, CorpusPipeline pipeline, boolean quiet) {
    if (texts.size() < PROGRESS_FROM || System.console() == null || quiet) {
      return DatasetBuilder.buildInto(target, texts, pipeline, f -> { });
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(texts.size())
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build()) {
      return DatasetBuilder.buildInto(target, texts, pipeline, f -> bar.step());
    }
  }

  static void report(BuiltDataset built, PrintWriter stdout, PrintWriter stderr, boolean quiet, String language) {
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

  /** An I/O problem in words, naming the file. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof NotDirectoryException n) {
      return "not a folder: " + n.getFile();
    }
    if (e instanceof AccessDeniedException n) {
      return "permission denied: " + n.getFile();
    }
    return e.getMessage();
  }
}
