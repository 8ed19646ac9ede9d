package org.w3id.hrckg.pipeline;

import java.time.Duration;

/**
 * What one document may cost before the guard gives up on it: its size and the time its parse
 * takes. The defaults are far above any real resolution (the largest of the Assembly's XML files is
 * under 400 KB and parses in well under a second), so that only a pathological input reaches them.
 *
 * @param maxBytes the largest file accepted
 * @param timeout the longest one document may take to parse
 */
public record DocumentLimits(long maxBytes, Duration timeout) {

  public static final DocumentLimits DEFAULT = new DocumentLimits(64L * 1024 * 1024, Duration.ofSeconds(60));

  public DocumentLimits {
    if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("document limits must be positive");
    }
  }
}
