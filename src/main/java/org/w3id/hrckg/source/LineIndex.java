package org.w3id.hrckg.source;

import java.util.Arrays;

/** Start positions of the lines of a text, for turning positions into 1-based line numbers. */
public final class LineIndex {

  private final int[] starts;

  private LineIndex(int[] starts) {
    this.starts = starts;
  }

  /** Indexes a text whose lines end with LF, CR LF or CR. */
  public static LineIndex of(String text) {
    int[] starts = new int[64];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, n));
  }

  /** The 1-based line number of a position. */
  public int lineOf(int position) {
    int i = Arrays.binarySearch(starts, position);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The position where a 1-based line starts. */
  public int startOf(int line) {
    return starts[Math.max(0, Math.min(line, starts.length) - 1)];
  }

  /** The number of lines. */
  public int count() {
    return starts.length;
  }
}
