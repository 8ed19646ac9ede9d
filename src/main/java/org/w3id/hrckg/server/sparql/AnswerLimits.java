package org.w3id.hrckg.server.sparql;

import java.time.Duration;

/**
 * What one SPARQL exchange may take and give.
 *
 * @param timeout the longest a query may run; the whole exchange, from the request to the last
 *     byte of the answer (writing it included), is cut one second later (the time to send the
 *     error that says the query ran out of time)
 * @param maxRows the most rows (or triples) one answer holds
 * @param maxBytes the most bytes one answer holds, in the format asked for
 * @param maxRequestBytes the largest request body accepted (a query sent by POST)
 */
public record AnswerLimits(Duration timeout, long maxRows, long maxBytes, long maxRequestBytes) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final long DEFAULT_MAX_ROWS = 100_000;
  public static final long DEFAULT_MAX_BYTES = 16L << 20;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

  public AnswerLimits {
    if (timeout.isNegative() || timeout.isZero() || maxRows < 1 || maxBytes < 1 || maxRequestBytes < 1) {
      throw new IllegalArgumentException("answer limits must be positive");
    }
  }

  public static AnswerLimits defaults() {
    return new AnswerLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REQUEST_BYTES);
  }

  public AnswerLimits withTimeout(Duration limit) {
    return new AnswerLimits(limit, maxRows, maxBytes, maxRequestBytes);
  }

  public AnswerLimits withMaxRows(long rows) {
    return new AnswerLimits(timeout, rows, maxBytes, maxRequestBytes);
  }

  public AnswerLimits withMaxBytes(long bytes) {
    return new AnswerLimits(timeout, maxRows, bytes, maxRequestBytes);
  }

  public AnswerLimits withMaxRequestBytes(long bytes) {
    return new AnswerLimits(timeout, maxRows, maxBytes, bytes);
  }
}
