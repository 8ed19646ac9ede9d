package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.BuiltGeneration;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.Generation;
import org.w3id.hrckg.validate.ReportPrinter;

/**
 * A corpus built as {@code build} and {@code serve} build it: with progress when the build is
 * long ({@link BuildProgress}), then the report of what was built (diagnostics by file and line,
 * a summary per document, the validation).
 */
final class BuildRun {

  static BuiltDataset build(DatasetGraph target, List<SourceFile> texts, CorpusPipeline pipeline, boolean quiet,
      PrintWriter stderr) {
    try (BuildProgress progress = BuildProgress.of(texts.size(), quiet, stderr)) {
      return DatasetBuilder.buildInto(target, texts, pipeline, progress);
    }
  }

  /** Builds into a store's new generation, parsing only the files its spill does not hold. */
  static BuiltGeneration build(Generation target, List<SourceFile> texts, CorpusPipeline pipeline, boolean quiet,
      PrintWriter stderr, DocumentSpill spill) {
    try (BuildProgress progress = BuildProgress.of(texts.size(), quiet, stderr)) {
      return DatasetBuilder.buildInto(target, texts, pipeline, progress, spill);
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
