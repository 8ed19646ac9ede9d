package org.w3id.hrckg.model;

/**
 * Where a phrase lies in the decoded source text: {@code [start, end)} in Unicode code points.
 */
public record SourceSpan(int start, int end) {

  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
