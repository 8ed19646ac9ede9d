package org.w3id.hrckg.extract;

import org.w3id.hrckg.model.SourceSpan;
import org.w3id.hrckg.source.OffsetText;

/**
 * Turns positions in cleaned text into source spans counted in code points, the unit the graph
 * promises (Java strings count UTF-16 units, which differ only beyond the Basic Multilingual Plane).
 */
final class Spans {

  private final String source;
  private final boolean basicPlaneOnly;

  Spans(String source) {
    this.source = source;
    this.basicPlaneOnly = source.chars().noneMatch(c -> Character.isSurrogate((char) c));
  }

  /** The source span of the characters {@code [from, to)} of a cleaned text. */
  SourceSpan of(OffsetText text, int from, int to) {
    int[] span = text.sourceSpan(from, to);
    return new SourceSpan(codePoints(span[0]), codePoints(span[1]));
  }

  /** The source span of a whole cleaned text. */
  SourceSpan of(OffsetText text) {
    return of(text, 0, text.length());
  }

  private int codePoints(int utf16) {
    return basicPlaneOnly ? utf16 : source.codePointCount(0, utf16);
  }
}
