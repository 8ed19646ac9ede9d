package org.w3id.hrckg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.WordLexicon;
import org.w3id.hrckg.source.OffsetText;

/**
 * Puts back the end of a word broken at a line end whose halves pdftotext read apart. Where the line
 * after the break is justified wide, pdftotext reads its first word, the broken word's end, as a
 * block of its own, before the page's foot and the next label ("Council;" / "nal" / "8" / "30."); it
 * still joins the line that broke with the rest of the next one, dropping the hyphen: "States,
 * regiointergovernmental organizations". A lone lower-case word ({@link LayoutPatterns#LONE_WORD})
 * after a line that ends a paragraph, which it cannot go on, is such an end where the next line of
 * text holds one word, and one only, that the language does not write but that reads as a word's
 * beginning that the end completes, then a word ("regio" + "nal", then "intergovernmental"): the end
 * goes back there, with a space after it (and the hyphen, where the language writes the compound so).
 */
final class StrandedWordEnd {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** The shortest beginning of a broken word, and the shortest word after the join. */
  private static final int SHORTEST_PART = 2;

  private StrandedWordEnd() {}

  /** The lines with each stranded word end put back at its join. */
  static List<OffsetText> repair(List<OffsetText> lines, WordLexicon lexicon) {
    List<OffsetText> out = new ArrayList<>(lines);
    for (int i = 1; i < out.size(); i++) {
      OffsetText end = out.get(i).strip();
      if (!LayoutPatterns.LONE_WORD.matchesAll(end) || !Character.isLowerCase(end.charAt(0)) || !endsParagraphBefore(out, i)) {
        continue;
      }
      int text = nextText(out, i);
      if (text >= out.size()) {
        continue;
      }
      OffsetText line = out.get(text);
      int join = join(line.toString(), letters(end.toString()), lexicon);
      if (join < 0) {
        continue;
      }
      String start = wordBefore(line.toString(), join);
      String hyphen = lexicon.isHyphenated(start, letters(end.toString())) ? "-" : "";
      OffsetText repaired = OffsetText.join(List.of(line.subSequence(0, join), OffsetText.synthetic(hyphen, line.sourceIndex(join)), end,
          OffsetText.synthetic(" ", end.sourceEnd()), line.subSequence(join)), "");
      out.set(text, repaired);
      out.remove(i);
      i--;
    }
    return out;
  }

  /**
   * Where in a line the end of a broken word goes: inside its one word that the language does not
   * write, made of a beginning that the end completes into a word and of a word; -1 if none or many.
   */
  private static int join(String line, String end, WordLexicon lexicon) {
    int found = -1;
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      String word = m.group();
      if (lexicon.isWord(word)) {
        continue;
      }
      for (int k = SHORTEST_PART; k <= word.length() - SHORTEST_PART; k++) {
        String start = word.substring(0, k);
        if (!lexicon.isWord(start) && lexicon.isWord(start + end) && lexicon.isWord(word.substring(k))) {
          if (found >= 0) {
            return -1;
          }
          found = m.start() + k;
        }
      }
    }
    return found;
  }

  private static String wordBefore(String line, int at) {
    int from = at;
    while (from > 0 && Character.isLetter(line.charAt(from - 1))) {
      from--;
    }
    return line.substring(from, at);
  }

  private static String letters(String word) {
    return word.replaceAll("\\P{L}", "");
  }

  /** Whether the line of text before a line ends a paragraph, which that line cannot go on. */
  private static boolean endsParagraphBefore(List<OffsetText> lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).isBlank()) {
      j--;
    }
    return j >= 0 && LabelledLineOrder.endsParagraph(lines.get(j));
  }

  /** The next line of running text after a line: past blank lines, lone numbers, labels and page headers and footers. */
  private static int nextText(List<OffsetText> lines, int i) {
    int j = i + 1;
    while (j < lines.size() && (lines.get(j).isBlank() || skipped(lines.get(j).strip()))) {
      j++;
    }
    return j;
  }

  private static boolean skipped(OffsetText line) {
    return LayoutPatterns.PAGE_NUMBER.matchesAll(line) || LayoutPatterns.LONE_LABEL.matchesAll(line)
        || LayoutPatterns.SYMBOL_LINE.matchesAll(line) || LayoutPatterns.JOB_NUMBER.matchesAll(line);
  }
}
