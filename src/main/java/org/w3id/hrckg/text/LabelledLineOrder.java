package org.w3id.hrckg.text;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * Puts back in order the two lines of a short paragraph that pdftotext's reading order reads
 * the wrong way round. A paragraph or point of a UN resolution opens with a capital after its label
 * ("12. Requests", "(d) The implementation", "b) Preuve"); pdftotext reads the label apart, and
 * where the paragraph's last line is short, it reads that line as a block with the label, before
 * the paragraph's first: "41." / "mandate;" / "Requests all parties to cooperate fully ... his". A
 * line that opens in lower case and ends the paragraph (";", ".", ":") right after a label is such
 * a last line where the next line of text (after a label of its own, when pdftotext read the next
 * point's label into the same block: "(d)" / "periodic review;" / "(e)" / "The implementation ...
 * universal") opens with a capital and does not end a paragraph: that line is the first, and goes
 * before the last. And a line that stops inside a sentence before the next label gets back its last
 * line, read after that label's point ({@link #moveLastLineBack}).
 */
final class LabelledLineOrder {

  private LabelledLineOrder() {}

  /** The lines in reading order: each first line of a paragraph so read moved before its last line. */
  static List<OffsetText> repair(List<OffsetText> lines) {
    List<OffsetText> out = new ArrayList<>(lines);
    for (int label = 0; label < out.size(); label++) {
      if (!LayoutPatterns.LONE_LABEL.matchesAll(out.get(label).strip())) {
        continue;
      }
      moveLastLineBack(out, label);
      int last = nextNonBlank(out, label);
      if (last >= out.size() || !opensInLowerCase(out.get(last)) || !endsParagraph(out.get(last))) {
        continue;
      }
      int after = nextNonBlank(out, last);
      int first = after < out.size() && LayoutPatterns.LONE_LABEL.matchesAll(out.get(after).strip()) ? nextNonBlank(out, after) : after;
      if (first < out.size() && opensInUpperCase(out.get(first)) && !endsParagraph(out.get(first))
          && out.get(first).strip().length() > out.get(last).strip().length()) {
        out.add(last, out.remove(first));
      }
    }
    return out;
  }

  /**
   * The other way round: a line that stops inside a sentence before a label ("(i) Make public
   * pre-primary education ... at least" / "(ii)") goes on elsewhere, and pdftotext read its short last
   * line after the points that follow, once they end ("(ii)" / "Make public secondary ... all;" /
   * "one year;"). Where several points in a row stop so ("(a) ... early childhood care and" / "(b) ...
   * shall:" / "(i) ... at least" / "(ii) ... all;" / "education;" / "one year;"), their last lines come
   * after the last point in the same order: the lines there that open in lower case and end a
   * paragraph go back, one to each line that stopped, when there are as many of them.
   */
  private static void moveLastLineBack(List<OffsetText> lines, int label) {
    int before = label - 1;
    while (before >= 0 && lines.get(before).isBlank()) {
      before--;
    }
    if (before < 0 || !stopsInsideSentence(lines.get(before)) || LayoutPatterns.LONE_LABEL.matchesAll(lines.get(before).strip())) {
      return;
    }
    List<Integer> stopped = new ArrayList<>(List.of(before));
    int at = label;
    int text = -1;
    while (at < lines.size() && LayoutPatterns.LONE_LABEL.matchesAll(lines.get(at).strip())) {
      text = nextNonBlank(lines, at);
      if (text >= lines.size()) {
        return;
      }
      if (stopsInsideSentence(lines.get(text))) {
        stopped.add(text);
      } else if (!endsParagraph(lines.get(text))) {
        return;
      }
      at = nextNonBlank(lines, text);
    }
    if (text < 0 || !endsParagraph(lines.get(text))) {
      return;
    }
    List<Integer> lastLines = new ArrayList<>();
    for (int last = at; last < lines.size() && lastLines.size() < stopped.size() && opensInLowerCase(lines.get(last))
        && endsParagraph(lines.get(last)); last = nextNonBlank(lines, last)) {
      lastLines.add(last);
    }
    if (lastLines.size() != stopped.size()) {
      return;
    }
    List<OffsetText> moved = new ArrayList<>();
    for (int i = lastLines.size() - 1; i >= 0; i--) {
      moved.add(0, lines.remove((int) lastLines.get(i)));
    }
    for (int i = stopped.size() - 1; i >= 0; i--) {
      lines.add(stopped.get(i) + 1, moved.get(i));
    }
  }

  private static boolean stopsInsideSentence(OffsetText line) {
    OffsetText s = line.strip();
    return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1));
  }

  private static int nextNonBlank(List<OffsetText> lines, int i) {
    int j = i + 1;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    return j;
  }

  private static boolean opensInLowerCase(OffsetText line) {
    OffsetText s = line.strip();
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  private static boolean opensInUpperCase(OffsetText line) {
    OffsetText s = line.strip();
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  /** Whether a line ends a paragraph or a point: with ";", "." or ":". */
  static boolean endsParagraph(OffsetText line) {
    OffsetText s = line.strip();
    return !s.isEmpty() && ";.:".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
