package org.w3id.hrckg.read.pdf;

/**
 * One glyph of a page as PDFBox places it.
 *
 * @param text the characters it stands for
 * @param x its left edge, in points from the left of the page
 * @param width its width
 * @param baseline its baseline, in points from the top of the page
 * @param size its font size on the page, in points
 */
public record Glyph(String text, float x, float width, float baseline, float size) {

  float right() {
    return x + width;
  }

  boolean isSpace() {
    return text.isBlank();
  }
}
