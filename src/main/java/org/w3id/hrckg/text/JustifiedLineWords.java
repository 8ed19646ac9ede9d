package org.w3id.hrckg.text;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * Puts back together a line whose words pdftotext read apart. Justification spaces the words of a
 * short line, or of a line with a long word after it, so wide that pdftotext takes each word for a
 * column of its own: it reads the line's first word with the line under it, as one block, and the
 * other words after that block, each alone on its line ({@link LayoutPatterns#LONE_WORD}): "g)" /
 * "Soumettre" / "soixante-dix-neuvième session ;" / "le" / "rapport" / ... / "sa". Or it reads the
 * first word before the block of the line above it, and the other words after it: "12." /
 * "adoptées" / "Réaffirme l’importance ... conclusions" / "par" / "le" / ... / "troisième". Page
 * numbers and footnote labels may stand between. The words after the block (two or more) join the
 * lone words before it into one line; where the block ends a paragraph, that line goes before it,
 * else after it, the block being the line above: both then stand where the lone words stood.
 */
final class JustifiedLineWords {

  private JustifiedLineWords() {}

  /** The lines with each line read apart put together, in its place. */
  static List<OffsetText> repair(List<OffsetText> lines) {
    List<OffsetText> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      if (!isWord(out.get(i))) {
        continue;
      }
      List<Integer> after = words(out, i);
      int block = previous(out, i);
      if (after.size() < 2 || block < 0 || isWord(out.get(block)) || !isText(out.get(block))) {
        continue;
      }
      List<Integer> before = wordsBefore(out, previous(out, block));
      if (before.isEmpty() || LabelledLineOrder.endsParagraph(out.get(before.get(before.size() - 1)))) {
        continue;
      }
      List<OffsetText> parts = new ArrayList<>();
      before.forEach(w -> parts.add(out.get(w).strip()));
      after.forEach(w -> parts.add(out.get(w).strip()));
      OffsetText line = OffsetText.join(parts, " ");
      // The block that does not end a paragraph is the line above the words: it comes first, the page numbers and
      // footnote labels read between after both, as the page prints them.
      List<OffsetText> repaired = LabelledLineOrder.endsParagraph(out.get(block)) ? List.of(line) : List.of(out.get(block), line);
      List<Integer> gone = new ArrayList<>(before);
      if (repaired.size() == 2) {
        gone.add(block);
      }
      gone.addAll(after);
      for (int k = gone.size() - 1; k >= 0; k--) {
        out.remove((int) gone.get(k));
      }
      out.addAll(before.get(0), repaired);
      i = before.get(0) + repaired.size() - 1;
    }
    return out;
  }

  /** The word lines from one on, blank lines allowed between: the run of words read apart. */
  private static List<Integer> words(List<OffsetText> lines, int from) {
    List<Integer> run = new ArrayList<>();
    for (int i = from; i < lines.size() && (lines.get(i).isBlank() || isWord(lines.get(i))); i++) {
      if (!lines.get(i).isBlank()) {
        run.add(i);
      }
    }
    return run;
  }

  /** The word lines that end just before a line (at {@code last} or before), in order; empty if that line is none. */
  private static List<Integer> wordsBefore(List<OffsetText> lines, int last) {
    List<Integer> run = new ArrayList<>();
    for (int i = last; i >= 0 && isWord(lines.get(i)); i--) {
      run.add(0, i);
    }
    return run;
  }

  /** The line of text before a line, past blank lines and lone numbers (page numbers, footnote labels); -1 if none. */
  private static int previous(List<OffsetText> lines, int i) {
    int j = i - 1;
    while (j >= 0 && (lines.get(j).isBlank() || LayoutPatterns.PAGE_NUMBER.matchesAll(lines.get(j).strip()))) {
      j--;
    }
    return j;
  }

  private static boolean isWord(OffsetText line) {
    return LayoutPatterns.LONE_WORD.matchesAll(line.strip());
  }

  /** A line of running text: neither a label nor page furniture. */
  private static boolean isText(OffsetText line) {
    OffsetText s = line.strip();
    return !LayoutPatterns.LONE_LABEL.matchesAll(s) && !LayoutPatterns.SYMBOL_LINE.matchesAll(s)
        && !LayoutPatterns.JOB_NUMBER.matchesAll(s) && !LayoutPatterns.HYPERLINK.matchesAll(s)
        && !LayoutPatterns.FOOTNOTE_RULE.matchesAll(s);
  }
}
