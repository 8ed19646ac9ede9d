package org.w3id.hrckg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.hrckg.pipeline.CorpusPipeline;

/**
 * A dump file and the record of the build it holds ({@code NAME.build.json} beside it). A new build
 * replaces it only when it conforms to the shapes and the {@link BuildAcceptance} allows it against
 * the previous build; it is then written to a temporary file and renamed over the old one, so that
 * a failed, refused or killed build leaves the previous dump as it was, byte for byte.
 */
public final class DumpFile {

  /** What became of a build offered to a dump: written, or kept out with the reason. */
  public record Publication(boolean written, String reason) {}

  private final Path target;
  private final DumpFormat format;

  public DumpFile(Path target, DumpFormat format) {
    this.target = target.toAbsolutePath().normalize();
    this.format = format;
  }

  /**
   * Why a dump could not be written at a path, checked before a build spends its time: its folder
   * is missing or read-only, or the file itself is read-only; empty when it can be written.
   */
  public static Optional<String> unwritable(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.of("no such folder: " + folder);
    }
    if (!Files.isWritable(folder)) {
      return Optional.of("the folder " + folder + " is not writable");
    }
    if (Files.exists(target) && (!Files.isRegularFile(target) || !Files.isWritable(target))) {
      return Optional.of("it is not a writable file");
    }
    return Optional.empty();
  }

  public Path path() {
    return target;
  }

  /**
   * How many documents the dump holds: from the record of its build, or, for a dump that has none
   * (written by hand, or its record deleted), counted in the dump itself; empty when there is no dump.
   */
  public OptionalInt previousDocuments() throws IOException {
    if (!Files.exists(target)) {
      return OptionalInt.empty();
    }
    Optional<BuildRecord> record = BuildRecord.read(recordPath());
    return OptionalInt.of(record.isPresent() ? record.get().documents() : DocumentCount.in(target));
  }

  /**
   * Writes a build over the dump if it may replace it.
   *
   * @throws IOException when it may but cannot be written (the previous dump is then untouched)
   */
  public Publication publish(BuiltDataset built, String base, BuildAcceptance acceptance) throws IOException {
    // The previous dump is counted only for data that may replace it: it may not even be RDF.
    boolean conforms = built.validation().conforms();
    OptionalInt previous = !conforms || acceptance.force() ? OptionalInt.empty() : previousDocuments();
    Optional<String> refusal = acceptance.refusal(conforms, built.report().documents().size(), previous);
    if (refusal.isPresent()) {
      return new Publication(false, refusal.get());
    }
    AtomicFiles.clearLeftovers(target);
    DumpWriter.write(built.dataset(), target, format);
    BuildRecord.of(built, base).write(recordPath());
    return new Publication(true, null);
  }

  /**
   * Builds straight into the dump, for N-Quads: the build streams into a temporary file, which
   * replaces the dump only when the data conforms and the acceptance allows it, so that memory
   * does not grow with the corpus and a refused build leaves the previous dump as it was.
   *
   * @param build runs the pipeline into the stream it is given
   * @throws IOException when the dump may be replaced but cannot be written (the previous one is then untouched)
   */
  public Streamed publish(Function<StreamRDF, CorpusPipeline.Report> build, String base, BuildAcceptance acceptance)
      throws IOException {
    AtomicFiles.clearLeftovers(target);
    long start = System.nanoTime();
    CorpusPipeline.Report[] report = new CorpusPipeline.Report[1];
    String[] refusal = new String[1];
    boolean written = DumpWriter.write(target, out -> {
      StreamRDF stream = format == DumpFormat.NQUADS ? NQuadsStream.to(out) : StreamRDFWriter.getWriterStream(out, format.format());
      report[0] = build.apply(stream);
      boolean conforms = report[0].validation().conforms();
      refusal[0] = acceptance.refusal(conforms, report[0].documents().size(),
          !conforms || acceptance.force() ? OptionalInt.empty() : previousDocuments()).orElse(null);
      return refusal[0] == null;
    });
    BuiltDataset built = new BuiltDataset(null, report[0], report[0].validation(), (System.nanoTime() - start) / 1e9);
    if (written) {
      BuildRecord.of(built, base).write(recordPath());
    }
    return new Streamed(built, new Publication(written, refusal[0]));
  }

  /** A build streamed into a dump, and what became of it. */
  public record Streamed(BuiltDataset built, Publication publication) {}

  /** Whether a format is written as the build streams. */
  public static boolean streams(DumpFormat format) {
    return format == DumpFormat.NQUADS;
  }

  private Path recordPath() {
    return target.resolveSibling(target.getFileName() + ".build.json");
  }
}
