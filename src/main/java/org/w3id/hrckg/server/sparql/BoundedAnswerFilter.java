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
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.apache.jena.query.QueryDeniedException;
import org.w3id.hrckg.server.http.PlainErrors;

/**
 * SPARQL answers whole or not at all: an answer is written into a buffer of at most the byte
 * limit, then sent with its {@code Content-Length}, or, when it does not fit, replaced by a 422
 * that says so. A client therefore never gets a 200 with a cut answer, and knows its length.
 * {@code HEAD} runs as {@code GET} and gets the same status and headers, without the body.
 *
 * <p>Large answers take turns: past its first MiB, an answer is written on only while fewer
 * answers than there are processors are being written past theirs. Many clients asking for large
 * answers at once (slowly read, or not) then share the processors with each other, not with every
 * small answer: a cheap query stays cheap.
 */
public final class BoundedAnswerFilter extends HttpFilter {

  /** The size past which an answer takes its turn. */
  static final long LARGE = 1 << 20;

  private final long maxBytes;
  private final transient WrittenAnswers written;
  private final transient Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  /** @param written where the answers of requests the query processor marked are kept */
  public BoundedAnswerFilter(long maxBytes, WrittenAnswers written) {
    this.maxBytes = maxBytes;
    this.written = written;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean head = "HEAD".equals(request.getMethod());
    Buffered answer = new Buffered(response, new Bounded(maxBytes, turns));
    try {
      chain.doFilter(head ? new AsGet(request) : request, answer);
    } finally {
      answer.body.endTurn();
    }
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
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      written.keep(request, response, answer.body::bytes);
    }
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

  /**
   * Bytes up to a limit, in chunks of 64 KiB (a large answer is never one huge array to grow and
   * copy, which the collector handles worst); the write past the limit fails, and nothing more is kept.
   */
  private static final class Bounded {

    private static final int CHUNK = 64 * 1024;

    private final long max;
    private final Semaphore turns;
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    private boolean overflowed;
    private boolean turn;

    Bounded(long max, Semaphore turns) {
      this.max = max;
      this.turns = turns;
    }

    void write(int b) {
      if (fits(1)) {
        room()[(int) (size++ % CHUNK)] = (byte) b;
      }
    }

    void write(byte[] b, int off, int len) {
      if (!fits(len)) {
        return;
      }
      while (len > 0) {
        int at = (int) (size % CHUNK);
        int n = Math.min(len, CHUNK - at);
        System.arraycopy(b, off, room(), at, n);
        size += n;
        off += n;
        len -= n;
      }
    }

    /** The chunk the next byte goes into. */
    private byte[] room() {
      if (size == (long) chunks.size() * CHUNK) {
        chunks.add(new byte[CHUNK]);
      }
      return chunks.get(chunks.size() - 1);
    }

    long size() {
      return size;
    }

    /** The bytes in one array. */
    byte[] bytes() {
      byte[] all = new byte[(int) size];
      int at = 0;
      for (byte[] chunk : chunks) {
        int n = (int) Math.min(CHUNK, size - at);
        System.arraycopy(chunk, 0, all, at, n);
        at += n;
      }
      return all;
    }

    void writeTo(OutputStream out) throws IOException {
      long left = size;
      for (byte[] chunk : chunks) {
        int n = (int) Math.min(CHUNK, left);
        out.write(chunk, 0, n);
        left -= n;
      }
    }

    void reset() {
      chunks.clear();
      size = 0;
    }

    /**
     * Whether more bytes are kept. The write that overflows stops the answer's writer; what is
     * written after it is dropped: Fuseki's own message for the denied query, which would
     * otherwise overflow in its turn, escape Fuseki's handler as an internal error and leave the
     * client without an answer (this filter says why instead).
     */
    private boolean fits(int more) {
      if (overflowed) {
        return false;
      }
      if (size + more > max) {
        overflowed = true;
        throw new AnswerTooLarge();
      }
      if (!turn && size + more > LARGE) {
        turns.acquireUninterruptibly();
        turn = true;
      }
      return true;
    }

    void endTurn() {
      if (turn) {
        turn = false;
        turns.release();
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

    Buffered(HttpServletResponse response, Bounded body) {
      super(response);
      this.body = body;
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
