package org.w3id.hrckg.structure;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * Joins the lines of a paragraph or title into running text. Lines are joined by a space, except
 * after a hyphen that ends a word part ("Haut-" and "Commissaire", "vingt-" and "huitième": UN
 * texts do not hyphenate syllables, so the hyphen belongs to the word), after an elided article
 * ("l’" and "homme"), and before a comma or a full stop, which French sets without a space. A
 * line that ends with a soft hyphen ends inside a word a typesetter broke: it joins the next line
 * without the hyphen and without a space (the text stage decides which hyphens those are).
 */
final class LineJoiner {

  private static final char SOFT_HYPHEN = '\u00AD';

  private LineJoiner() {}

  static OffsetText join(List<OffsetText> lines) {
    List<OffsetText> parts = new ArrayList<>();
    OffsetText previous = null;
    for (OffsetText line : lines) {
      OffsetText stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (previous != null && needsSpace(previous, stripped)) {
        parts.add(OffsetText.synthetic(" ", previous.sourceEnd()));
      }
      if (stripped.charAt(stripped.length() - 1) == SOFT_HYPHEN) {
        parts.add(stripped.subSequence(0, stripped.length() - 1));
        previous = null;
        continue;
      }
      parts.add(stripped);
      previous = stripped;
    }
    return OffsetText.join(parts, "");
  }

  private static boolean needsSpace(CharSequence before, CharSequence after) {
    char last = before.charAt(before.length() - 1);
    char first = after.charAt(0);
    if (first == ',' || first == '.') {
      return false;
    }
    if (last == '-' && before.length() > 1 && Character.isLetter(before.charAt(before.length() - 2))
        && Character.isLetter(first)) {
      return false;
    }
    return !((last == '’' || last == '\'') && Character.isLetter(first) && elided(before));
  }

  /** Whether a text ends with an elided word and its apostrophe ("l’", "d’", "qu’", "jusqu’"), not a possessive ("States’"). */
  private static boolean elided(CharSequence before) {
    int end = before.length() - 1;
    int start = end;
    while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
      start--;
    }
    String word = before.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
    return word.length() <= 2 || word.endsWith("qu");
  }
}
