package org.w3id.hrckg.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of a page: its glyphs left to right, its baseline and its size (the size most of its
 * glyphs have). A glyph much smaller than its line is a superscript: a footnote call or label when
 * it is a digit, the letters of an ordinal ("45<sup>e</sup>") otherwise.
 */
record PageLine(List<Glyph> glyphs, float baseline, float size) {

  /** A glyph smaller than this share of its line's size is a superscript. */
  static final float SUPERSCRIPT_RATIO = 0.8f;
  /** A gap wider than this share of the size is a space between words. */
  static final float WORD_GAP = 0.12f;
  /** A gap wider than this many times the size parts two columns. */
  static final float COLUMN_GAP = 2.0f;

  static PageLine of(List<Glyph> glyphs) {
    List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparing(Glyph::x)).toList();
    Map<Float, Integer> sizes = new HashMap<>();
    sorted.forEach(g -> sizes.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum));
    float size = sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0f);
    float baseline = (float) sorted.stream().filter(g -> !isSuperscript(g, size)).mapToDouble(Glyph::baseline).average()
        .orElse(sorted.get(0).baseline());
    return new PageLine(sorted, baseline, size);
  }

  private static boolean isSuperscript(Glyph g, float lineSize) {
    return g.size() < SUPERSCRIPT_RATIO * lineSize;
  }

  /** Smaller than the line and raised above its baseline. */
  boolean isSuperscript(Glyph g) {
    return isSuperscript(g, size) && g.baseline() < baseline - RAISE;
  }

  /** How far above the baseline a superscript stands, at least, in points. */
  static final float RAISE = 1f;

  float left() {
    return glyphs.get(0).x();
  }

  float right() {
    return glyphs.get(glyphs.size() - 1).right();
  }

  /**
   * The line cut in two where a wide gap parts what stands in the right half of the page from what
   * stands left of it (a right-hand column); each part a line of its own size. One part for a line
   * of running text, a number and its paragraph's first words included.
   */
  List<PageLine> columns(float pageWidth) {
    for (int i = glyphs.size() - 1; i > 0; i--) {
      Glyph g = glyphs.get(i);
      if (g.isSpace() || g.x() < pageWidth / 2) {
        continue;
      }
      float gap = g.x() - previousInk(i).right();
      if (gap > COLUMN_GAP * size) {
        return List.of(PageLine.of(glyphs.subList(0, i)), PageLine.of(glyphs.subList(i, glyphs.size())));
      }
    }
    return List.of(this);
  }

  private Glyph previousInk(int i) {
    int j = i - 1;
    while (j > 0 && glyphs.get(j).isSpace()) {
      j--;
    }
    return glyphs.get(j);
  }

  /** Whether the line opens with a superscript number: a footnote's label. */
  boolean opensWithLabel() {
    Glyph first = glyphs.get(0);
    return isSuperscript(first) && Character.isDigit(first.text().charAt(0));
  }

  /**
   * The line's text: a space where words are apart, superscript digits written as Unicode
   * superscripts (a footnote call), superscript letters as letters; with {@code label}, the
   * superscript number it opens with followed by a space ("² A/76/207.").
   */
  String text(boolean label) {
    StringBuilder sb = new StringBuilder();
    boolean inLabel = label && opensWithLabel();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      boolean sup = isSuperscript(g);
      if (inLabel && !(sup && Character.isDigit(g.text().charAt(0)))) {
        inLabel = false;
        sb.append(' ');
        previous = g;
      } else if (previous != null && (g.isSpace() || g.x() - previous.right() > WORD_GAP * Math.min(size, g.size()))) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      }
      if (!g.isSpace()) {
        sb.append(sup ? superscript(g.text()) : g.text());
      }
      previous = g;
    }
    return sb.toString().strip();
  }

  private static String superscript(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0') : c);
    }
    return sb.toString();
  }
}
