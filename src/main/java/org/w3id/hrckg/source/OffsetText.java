package org.w3id.hrckg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable text in which every character remembers the position it came from in the decoded
 * source. Cleaning (markup, footnote markers, broken hyphenation) deletes or replaces characters;
 * the characters that stay keep their source position, so that a fact found in the cleaned text
 * can always be traced back to the phrase it came from.
 */
public final class OffsetText implements CharSequence {

  private static final OffsetText EMPTY = new OffsetText("", new int[0], 0);

  private final String text;
  private final int[] origin;
  /** Source position just after this text, for the end of an empty or replaced stretch. */
  private final int end;

  private OffsetText(String text, int[] origin, int end) {
    this.text = text;
    this.origin = origin;
    this.end = end;
  }

  /** The whole of a source text, each character at its own position. */
  public static OffsetText of(String source) {
    return slice(source, 0, source.length());
  }

  /** The characters {@code [start, end)} of a source text, each at its own position. */
  public static OffsetText slice(String source, int start, int end) {
    int[] origin = new int[end - start];
    for (int i = 0; i < origin.length; i++) {
      origin[i] = start + i;
    }
    return new OffsetText(source.substring(start, end), origin, end);
  }

  /** Text that exists in no source, such as a separator, placed at a given source position. */
  public static OffsetText synthetic(String text, int position) {
    int[] origin = new int[text.length()];
    Arrays.fill(origin, position);
    return new OffsetText(text, origin, position);
  }

  public static OffsetText empty() {
    return EMPTY;
  }

  /** Joins parts with a separator; the separator is placed at the end of the part before it. */
  public static OffsetText join(List<OffsetText> parts, String separator) {
    if (parts.isEmpty()) {
      return EMPTY;
    }
    StringBuilder sb = new StringBuilder();
    int[] origin = new int[totalLength(parts, separator)];
    int at = 0;
    for (int p = 0; p < parts.size(); p++) {
      OffsetText part = parts.get(p);
      if (p > 0) {
        int position = parts.get(p - 1).sourceEnd();
        for (int i = 0; i < separator.length(); i++) {
          origin[at++] = position;
        }
        sb.append(separator);
      }
      System.arraycopy(part.origin, 0, origin, at, part.origin.length);
      at += part.origin.length;
      sb.append(part.text);
    }
    return new OffsetText(sb.toString(), origin, parts.get(parts.size() - 1).end);
  }

  private static int totalLength(List<OffsetText> parts, String separator) {
    int n = separator.length() * (parts.size() - 1);
    for (OffsetText part : parts) {
      n += part.length();
    }
    return n;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public OffsetText subSequence(int start, int end) {
    if (start == 0 && end == text.length()) {
      return this;
    }
    int after = end < text.length() ? origin[end] : this.end;
    return new OffsetText(text.substring(start, end), Arrays.copyOfRange(origin, start, end), after);
  }

  public OffsetText subSequence(int start) {
    return subSequence(start, text.length());
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  /** Source position of the character at {@code index}. */
  public int sourceIndex(int index) {
    return index < origin.length ? origin[index] : end;
  }

  /** Source position of the first character, or of the end for an empty text. */
  public int sourceStart() {
    return origin.length > 0 ? origin[0] : end;
  }

  /** Source position just after the last character. */
  public int sourceEnd() {
    return origin.length > 0 ? origin[origin.length - 1] + 1 : end;
  }

  /**
   * The source span {@code [start, end)} that the characters {@code [from, to)} came from: from the
   * first of them in the source to the last, which are not always the first and the last of the text
   * (lines put back in reading order out of the source's: a paragraph whose last line an extraction
   * wrote before its first).
   */
  public int[] sourceSpan(int from, int to) {
    if (from >= to) {
      int at = sourceIndex(from);
      return new int[] {at, at};
    }
    int start = origin[from];
    int end = origin[to - 1] + 1;
    for (int i = from; i < to; i++) {
      start = Math.min(start, origin[i]);
      end = Math.max(end, origin[i] + 1);
    }
    return new int[] {start, end};
  }

  /** Removes leading and trailing white space. */
  public OffsetText strip() {
    int s = 0;
    int e = text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return subSequence(s, e);
  }

  /**
   * Replaces every match of a pattern; the characters of a replacement are placed at the source
   * position of the match they replace. An empty replacement deletes the match.
   */
  public OffsetText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return this;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int[] out = new int[text.length() + 16];
    int n = 0;
    int last = 0;
    do {
      for (int i = last; i < m.start(); i++) {
        out = grow(out, n);
        out[n++] = origin[i];
      }
      sb.append(text, last, m.start());
      String r = replacement.apply(m.toMatchResult());
      int position = sourceIndex(m.start());
      for (int i = 0; i < r.length(); i++) {
        out = grow(out, n);
        out[n++] = position;
      }
      sb.append(r);
      last = m.end();
    } while (m.find());
    for (int i = last; i < text.length(); i++) {
      out = grow(out, n);
      out[n++] = origin[i];
    }
    sb.append(text, last, text.length());
    return new OffsetText(sb.toString(), Arrays.copyOf(out, n), end);
  }

  /**
   * Replaces every match of a pattern by the text of the capturing groups that took part in it,
   * which keep their own source positions: the way to drop delimiters such as {@code *...*}.
   */
  public OffsetText keepGroups(Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return this;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int[] out = new int[text.length()];
    int n = 0;
    int last = 0;
    do {
      n = copy(last, m.start(), sb, out, n);
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.start(g) >= 0) {
          n = copy(m.start(g), m.end(g), sb, out, n);
        }
      }
      last = m.end();
    } while (m.find());
    n = copy(last, text.length(), sb, out, n);
    return new OffsetText(sb.toString(), Arrays.copyOf(out, n), end);
  }

  private int copy(int from, int to, StringBuilder sb, int[] out, int n) {
    sb.append(text, from, to);
    System.arraycopy(origin, from, out, n, to - from);
    return n + to - from;
  }

  /** Replaces every match of a pattern by a fixed string. */
  public OffsetText replaceAll(Pattern pattern, String replacement) {
    return replaceAll(pattern, m -> replacement);
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2 + 16);
  }

  /** Splits at every match of a pattern (the separators are dropped). */
  public List<OffsetText> split(Pattern separator) {
    List<OffsetText> parts = new ArrayList<>();
    Matcher m = separator.matcher(text);
    int last = 0;
    while (m.find()) {
      parts.add(subSequence(last, m.start()));
      last = m.end();
    }
    parts.add(subSequence(last, text.length()));
    return parts;
  }

  public boolean startsWith(String prefix) {
    return text.startsWith(prefix);
  }

  public boolean endsWith(String suffix) {
    return text.endsWith(suffix);
  }

  @Override
  public String toString() {
    return text;
  }
}
