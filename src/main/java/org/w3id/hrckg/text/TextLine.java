package org.w3id.hrckg.text;

import org.w3id.hrckg.source.OffsetText;

/**
 * One line of cleaned text and the 1-based source line it starts on.
 *
 * @param number the source line number, for diagnostics
 * @param text the cleaned text, still mapped to source positions
 */
public record TextLine(int number, OffsetText text) {

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
