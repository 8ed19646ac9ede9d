package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a paragraph's text into runs, marking the phrases facts were extracted from (the citation
 * "sa résolution 5/1", the fund, "un rapport"...). Each phrase is looked for in order of its
 * position in the source, after the previous one, so that repeated words mark the right place; a
 * phrase not found is left unmarked (its fact is still listed beside the paragraph).
 */
final class TextMarks {

  /** A phrase to mark, with its position in the source file to order it. */
  record Mark(String phrase, long sourceOffset, String kind, String href, String title) {}

  private TextMarks() {}

  static List<Segment> segments(String text, List<Mark> marks) {
    List<Segment> segments = new ArrayList<>();
    int cursor = 0;
    for (Mark m : marks.stream().sorted(Comparator.comparingLong(Mark::sourceOffset)).toList()) {
      int at = m.phrase().isEmpty() ? -1 : text.indexOf(m.phrase(), cursor);
      if (at < 0) {
        continue;
      }
      if (at > cursor) {
        segments.add(Segment.plain(text.substring(cursor, at)));
      }
      segments.add(new Segment(m.phrase(), m.kind(), m.href(), m.title()));
      cursor = at + m.phrase().length();
    }
    if (cursor < text.length()) {
      segments.add(Segment.plain(text.substring(cursor)));
    }
    return segments;
  }
}
