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
   * line after the next point's text, which ends that point ("(ii)" / "Make public secondary ... all;"
   * / "one year;"): a line there that opens in lower case and ends a paragraph goes back after it.
   */
  private static void moveLastLineBack(List<OffsetText> lines, int label) {
    int before = label - 1;
    while (before >= 0 && lines.get(before).isBlank()) {
      before--;
    }
    if (before < 0 || !stopsInsideSentence(lines.get(before)) || LayoutPatterns.LONE_LABEL.matchesAll(lines.get(before).strip())) {
      return;
    }
    int text = nextNonBlank(lines, label);
    int last = nextNonBlank(lines, text);
    if (last < lines.size() && endsParagraph(lines.get(text)) && opensInLowerCase(lines.get(last)) && endsParagraph(lines.get(last))) {
      lines.add(before + 1, lines.remove(last));
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

  private static boolean endsParagraph(OffsetText line) {
    OffsetText s = line.strip();
    return !s.isEmpty() && ";.:".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
