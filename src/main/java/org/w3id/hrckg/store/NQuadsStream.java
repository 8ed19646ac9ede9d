package org.w3id.hrckg.store;

import java.io.OutputStream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * The N-Quads (UTF-8) writer of a streamed build: Jena's own plain stream writer, the one
 * {@code StreamRDFWriter} gives for {@code RDFFormat.NQUADS_UTF8}, with the same bytes out. Only
 * the writing of IRIs is quicker: Jena 5 prints an IRI character by character to escape the few
 * it must; an IRI without any of those (nearly all of ours) is printed whole.
 */
public final class NQuadsStream {

  private NQuadsStream() {}

  /** A stream writing N-Quads in UTF-8 to the output; {@link StreamRDF#finish()} flushes it. */
  public static StreamRDF to(OutputStream out) {
    return new WriterStreamRDFPlain(IO.wrapUTF8(out), new Formatter());
  }

  /** Jena's N-Triples node formatter, with IRIs needing no escape written in one call. */
  static final class Formatter extends NodeFormatterNT {

    Formatter() {
      super(CharSpace.UTF8);
    }

    @Override
    public void formatURI(AWriter w, String iri) {
      if (!needsEscape(iri)) {
        w.print('<');
        w.print(iri);
        w.print('>');
        return;
      }
      super.formatURI(w, iri);
    }

    /**
     * Whether Jena would escape a character of the IRI: the characters its {@code QuotedURI} writes
     * as {@code \\u} escapes (below U+0014, space, {@code "<>\^`{|}} and DEL).
     */
    static boolean needsEscape(String iri) {
      for (int i = 0; i < iri.length(); i++) {
        char c = iri.charAt(i);
        if (c < 20) {
          return true;
        }
        switch (c) {
          case ' ', '"', '<', '>', '\\', '^', '`', '{', '|', '}', 127 -> {
            return true;
          }
          default -> {
            // written as it is
          }
        }
      }
      return false;
    }
  }
}
