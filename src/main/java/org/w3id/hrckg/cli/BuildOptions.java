package org.w3id.hrckg.cli;

import java.time.Duration;
import java.util.Locale;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.DocumentLimits;
import org.w3id.hrckg.store.BuildAcceptance;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a build shared by {@code build} and {@code serve}: what one document may cost,
 * how many threads parse, and when a build may replace the previous one.
 */
final class BuildOptions {

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse documents (default: one per processor). The output is the same for any number.")
  Integer threads;

  @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Longest one document may take to parse before it is left out (default: ${DEFAULT-VALUE}).")
  long documentTimeout;

  @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "64",
      description = "Largest input file, in MB, before it is left out (default: ${DEFAULT-VALUE}).")
  long maxDocumentMegabytes;

  @Option(names = "--min-documents", paramLabel = "N", defaultValue = "1",
      description = "Fewest documents a build must hold to replace the previous dump or store build (default: ${DEFAULT-VALUE}).")
  int minDocuments;

  @Option(names = "--max-loss", paramLabel = "PERCENT", defaultValue = "10%", converter = Percent.class,
      description = "Largest share of the previous build's documents a new build may lose and still replace it (default: ${DEFAULT-VALUE}).")
  double maxLoss;

  @Option(names = "--force", description = "Replace the previous dump or store build whatever --min-documents and --max-loss say.")
  boolean force;

  /** The pipeline these options describe. */
  CorpusPipeline pipeline(IriMinter iris) {
    if (documentTimeout <= 0 || maxDocumentMegabytes <= 0 || (threads != null && threads < 1)) {
      throw new IllegalArgumentException("--document-timeout, --max-document-size and --threads must be positive");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new CorpusPipeline(iris, new DocumentLimits(maxDocumentMegabytes * 1024 * 1024, Duration.ofSeconds(documentTimeout)), n);
  }

  BuildAcceptance acceptance() {
    return new BuildAcceptance(minDocuments, maxLoss, force);
  }

  /** "10%" or "0.1": a share between 0 and 1. */
  static final class Percent implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        double share = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        if (share < 0 || share > 1) {
          throw new CommandLine.TypeConversionException("not between 0% and 100%: " + value);
        }
        return share;
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("not a percentage: " + value + " (write it as 10% or 0.1)");
      }
    }
  }
}
