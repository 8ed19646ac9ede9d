package org.w3id.hrckg.server.load;

import java.util.Arrays;

/** Latencies of one phase, in nanoseconds, merged from every client; and the errors met. */
final class Latencies {

  private long[] values = new long[1024];
  private int count;
  private int errors;
  private String firstError;

  synchronized void add(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
  }

  synchronized void error(String what) {
    errors++;
    if (firstError == null) {
      firstError = what;
    }
  }

  synchronized int count() {
    return count;
  }

  synchronized int errors() {
    return errors;
  }

  synchronized String firstError() {
    return firstError;
  }

  /** The latency below which a fraction of the answers came, in milliseconds. */
  synchronized double percentile(double fraction) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return sorted[Math.min(count - 1, (int) Math.ceil(fraction * count) - 1)] / 1e6;
  }

  synchronized double maxMillis() {
    return percentile(1.0);
  }
}
