package org.w3id.hrckg.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.source.OffsetText;

/**
 * Cleans the characters of a source text, keeping every character's source position: markup of
 * Markdown-like conversions, space and hyphen variants, and the spaces that PDF extraction puts
 * inside words. Footnote calls are left in place for {@link LayoutReader}.
 */
final class MarkupCleaner {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
      Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("hellip", "…"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"),
      Map.entry("ccedil", "ç"));

  private final LayoutVocabulary layout;

  MarkupCleaner(LayoutVocabulary layout) {
    this.layout = layout;
  }

  /** The cleaned lines of a text, blank lines included (they still separate blocks). */
  List<OffsetText> cleanLines(String source) {
    OffsetText text = cleanCharacters(OffsetText.of(source));
    List<OffsetText> lines = new ArrayList<>();
    for (OffsetText line : text.split(LINE_BREAK)) {
      lines.add(cleanLine(line));
    }
    return lines;
  }

  private static OffsetText cleanCharacters(OffsetText text) {
    OffsetText t = replace(text, CleanupPatterns.INVISIBLE, m -> "");
    t = replace(t, CleanupPatterns.HTML_ENTITY, MarkupCleaner::entity);
    if (holdsCombiningMark(t)) {
      t = replace(t, CleanupPatterns.COMBINING_SEQUENCE, m -> Normalizer.normalize(m.group(), Normalizer.Form.NFC));
    }
    t = replace(t, CleanupPatterns.SPACE_VARIANT, m -> " ");
    t = replace(t, CleanupPatterns.HYPHEN_VARIANT, m -> "-");
    t = replace(t, CleanupPatterns.DOUBLED_HYPHEN, m -> "-");
    t = keepGroups(t, CleanupPatterns.LINK);
    t = keepGroups(t, CleanupPatterns.SUPERSCRIPT_ORDINAL);
    t = replace(t, CleanupPatterns.BOLD, m -> "\n");
    t = keepGroups(t, CleanupPatterns.ITALIC);
    t = keepGroups(t, CleanupPatterns.ESCAPE);
    return replace(t, CleanupPatterns.HTML_TAG, m -> "");
  }

  /** Cleans one line: markup at its start, spaces inside words, runs of spaces. */
  OffsetText cleanLine(OffsetText line) {
    OffsetText cleaned = replace(line, CleanupPatterns.LINE_MARKUP, m -> "");
    cleaned = replace(cleaned, CleanupPatterns.SPACED_HYPHEN, m -> suspended(m) ? m.group() : "");
    if (layout.spacedApostrophe() != null) {
      cleaned = replace(cleaned, layout.spacedApostrophe(), m -> "");
    }
    return replace(cleaned, CleanupPatterns.RUN_OF_SPACES, m -> " ").strip();
  }

  /** Whether a spaced hyphen is suspended by a conjunction ("small- and medium-scale", "pré- et postnatal"), which keeps the space. */
  private boolean suspended(MatchResult spacedHyphen) {
    String next = spacedHyphen.group(1);
    return next != null && layout.suspensionConjunction().matchesAll(next);
  }

  /** {@link OffsetText#replaceAll}, run only on a text that holds one of the pattern's cues. */
  static OffsetText replace(OffsetText text, NamedPattern pattern, Function<MatchResult, String> replacement) {
    return pattern.mayOccurIn(text) ? text.replaceAll(pattern.pattern(), replacement) : text;
  }

  private static OffsetText keepGroups(OffsetText text, NamedPattern pattern) {
    return pattern.mayOccurIn(text) ? text.keepGroups(pattern.pattern()) : text;
  }

  /**
   * Whether a text may hold a combining mark, which the combining sequence needs: no mark is below
   * U+0300, so a text in Latin letters is passed over in one loop rather than by the expression's
   * Unicode classes at every position. A surrogate counts as one (marks beyond the BMP exist).
   */
  private static boolean holdsCombiningMark(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && (Character.isSurrogate(c) || isMark(Character.getType(c)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static String entity(MatchResult m) {
    if (m.group(1) != null || m.group(2) != null) {
      int c = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
      // A reference to no character (a surrogate, beyond U+10FFFF) stays as written.
      return Character.isValidCodePoint(c) && !Character.isSurrogate((char) c) ? Character.toString(c) : m.group();
    }
    return ENTITIES.getOrDefault(m.group(3), m.group());
  }
}
