package org.w3id.hrckg.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The dump formats of {@code build}, chosen by the file's extension. Quad formats keep one named
 * graph per document; triple formats hold the union of the graphs.
 */
public enum DumpFormat {
  NQUADS(".nq", RDFFormat.NQUADS_UTF8, true),
  TRIG(".trig", RDFFormat.TRIG_BLOCKS, true),
  JSONLD(".jsonld", RDFFormat.JSONLD11, true),
  TURTLE(".ttl", RDFFormat.TURTLE_BLOCKS, false),
  NTRIPLES(".nt", RDFFormat.NTRIPLES_UTF8, false),
  RDFXML(".rdf", RDFFormat.RDFXML_PLAIN, false);

  private final String extension;
  private final RDFFormat format;
  private final boolean quads;

  DumpFormat(String extension, RDFFormat format, boolean quads) {
    this.extension = extension;
    this.format = format;
    this.quads = quads;
  }

  public String extension() {
    return extension;
  }

  public RDFFormat format() {
    return format;
  }

  /** Whether the format keeps named graphs. */
  public boolean quads() {
    return quads;
  }

  /** The format a file's extension names, if it names one. */
  public static Optional<DumpFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> name.endsWith(f.extension)).findFirst();
  }

  /** The extensions, for messages. */
  public static String extensions() {
    return String.join(", ", Arrays.stream(values()).map(DumpFormat::extension).toList());
  }
}
