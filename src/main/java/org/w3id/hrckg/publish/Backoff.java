package org.w3id.hrckg.publish;

import java.time.Duration;

/**
 * How a request that failed for a passing reason (the store unreachable, busy or failing: a
 * connection error, 408, 429, 5xx) is tried again: up to {@code retries} more times, waiting
 * {@code firstDelay}, then twice as long each time, never more than {@code maxDelay}.
 */
public record Backoff(int retries, Duration firstDelay, Duration maxDelay) {

  public Backoff {
    if (retries < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("retries and delays must not be negative, and the longest delay not below the first");
    }
  }

  /** Five retries, from one second to thirty. */
  public static Backoff defaults() {
    return new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** The wait before retry {@code n} (from 1). */
  Duration delay(int n) {
    Duration d = firstDelay;
    for (int i = 1; i < n && d.compareTo(maxDelay) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }

  /** Whether an HTTP status says the same request may succeed later. */
  static boolean passing(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
