package org.w3id.hrckg.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryDeniedException;
import org.w3id.hrckg.server.http.PlainErrors;

/**
 * SPARQL answers whole or not at all: an answer is written into a buffer of at most the byte
 * limit, then sent with its {@code Content-Length}, or, when it does not fit, replaced by a 422
 * that says so. A client therefore never gets a 200 with a cut answer, and knows its length.
 * {@code HEAD} runs as {@code GET} and gets the same status and headers, without the body.
 */
public final class BoundedAnswerFilter extends HttpFilter {

  private final long maxBytes;

  public BoundedAnswerFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean head = "HEAD".equals(request.getMethod());
    Buffered answer = new Buffered(response, maxBytes);
    chain.doFilter(head ? new AsGet(request) : request, answer);
    if (response.isCommitted()) {
      return;
    }
    if (answer.body.overflowed) {
      response.reset();
      PlainErrors.send(response, 422, "The answer is longer than " + maxBytes + " bytes, the most this endpoint sends"
          + " at once: ask for fewer rows (LIMIT and OFFSET) or fewer columns.");
      return;
    }
    answer.finish();
    response.setContentLengthLong(answer.body.size());
    if (!head) {
      answer.body.writeTo(response.getOutputStream());
    }
  }

  /** A HEAD request as the GET it stands for. */
  private static final class AsGet extends HttpServletRequestWrapper {

    AsGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }
  }

  /** Bytes up to a limit; past it, every write fails. */
  private static final class Bounded extends ByteArrayOutputStream {

    private final long max;
    private boolean overflowed;

    Bounded(long max) {
      this.max = max;
    }

    @Override
    public synchronized void write(int b) {
      check(1);
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      check(len);
      super.write(b, off, len);
    }

    private void check(int more) {
      if (overflowed || count + (long) more > max) {
        overflowed = true;
        throw new AnswerTooLarge();
      }
    }
  }

  /**
   * Thrown into the writer of an answer that outgrows the limit, to stop it: Fuseki answers a
   * denied query without logging a stack trace (and this filter then says why).
   */
  private static final class AnswerTooLarge extends QueryDeniedException {
    AnswerTooLarge() {
      super("the answer outgrew the byte limit");
    }
  }

  /** The response as the query operation sees it: never committed, its body kept here. */
  private static final class Buffered extends HttpServletResponseWrapper {

    private final Bounded body;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffered(HttpServletResponse response, long max) {
      super(response);
      this.body = new Bounded(max);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the answer is written in one go");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
      }
      return writer;
    }

    void finish() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void flushBuffer() {
      finish();
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void setContentLength(int length) {
      // The length is the buffer's, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long length) {
      // The length is the buffer's, set when it is sent.
    }

    @Override
    public void setBufferSize(int size) {
      // Everything is buffered here.
    }

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      body.reset();
    }
  }
}
