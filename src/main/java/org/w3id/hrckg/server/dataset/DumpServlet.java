package org.w3id.hrckg.server.dataset;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.server.http.Bodies;

/**
 * The whole graph as one download: N-Quads (one named graph per document), gzipped. Written once,
 * on the first request, to a temporary file that lives as long as the server.
 */
public final class DumpServlet extends HttpServlet {

  /** The path the dump is served at. */
  public static final String PATH = "/download/hrc-kg.nq.gz";

  private final transient DatasetGraph dataset;
  private transient Path file;
  private transient String tag;

  public DumpServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Path dump = dump();
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", "public, max-age=300");
    if (Bodies.matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/gzip");
    response.setHeader("Content-Disposition", "attachment; filename=\"hrc-kg.nq.gz\"");
    response.setContentLengthLong(Files.size(dump));
    if (!"HEAD".equals(request.getMethod())) {
      Files.copy(dump, response.getOutputStream());
    }
  }

  private synchronized Path dump() throws IOException {
    if (file == null) {
      Path tmp = Files.createTempFile("hrc-kg-dump-", ".nq.gz");
      tmp.toFile().deleteOnExit();
      MessageDigest digest = Bodies.digest();
      try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16)) {
        Txn.executeRead(dataset, () -> RDFWriter.source(dataset).format(RDFFormat.NQUADS_UTF8).output(out));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      tag = Bodies.tagOfDigest(digest.digest());
      file = tmp;
    }
    return file;
  }
}
