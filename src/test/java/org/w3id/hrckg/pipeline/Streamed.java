package org.w3id.hrckg.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.hrckg.iri.IriMinter;

/** A build streamed as N-Quads, with its report, for the tests that compare builds byte for byte. */
record Streamed(byte[] bytes, CorpusPipeline.Report report) {

  /** Builds a corpus on some threads, with a spill kept between builds or (null) a temporary one. */
  static Streamed build(IriMinter iris, List<SourceFile> corpus, int threads, DocumentSpill spill) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
    CorpusPipeline pipeline = new CorpusPipeline(iris, DocumentLimits.DEFAULT, threads);
    CorpusPipeline.Report report = spill == null ? pipeline.run(corpus, out, f -> { }) : pipeline.run(corpus, out, f -> { }, spill);
    return new Streamed(bytes.toByteArray(), report);
  }
}
