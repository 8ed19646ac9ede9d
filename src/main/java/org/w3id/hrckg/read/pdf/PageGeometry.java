package org.w3id.hrckg.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a PDF as their geometry shows them: every glyph with its place and size, and the
 * horizontal rules the page draws (stroked lines or thin filled boxes: the rule under a running
 * header, the short rule over the footnotes). Distances are in points from the top of the page.
 */
public final class PageGeometry {

  /** A horizontal rule: from {@code x1} to {@code x2}, at {@code top} from the top of the page. */
  public record Rule(float x1, float x2, float top) {

    public float length() {
      return x2 - x1;
    }
  }

  /** One page: its number from 1, its size, its glyphs in content order, its rules. */
  public record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {}

  private PageGeometry() {}

  /** Reads the geometry of every page of a document. */
  public static List<Page> read(PDDocument doc) throws IOException {
    List<List<Glyph>> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        while (glyphs.size() < getCurrentPageNo()) {
          glyphs.add(new ArrayList<>());
        }
        glyphs.get(getCurrentPageNo() - 1).add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
            Math.abs(t.getYScale()) > 0 ? Math.abs(t.getYScale()) : t.getFontSizeInPt()));
      }
    };
    stripper.getText(doc);
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      PDPage page = doc.getPage(i);
      Rules rules = new Rules(page);
      rules.processPage(page);
      pages.add(new Page(i + 1, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
          i < glyphs.size() ? glyphs.get(i) : List.of(), List.copyOf(rules.found)));
    }
    return pages;
  }

  /** Collects the horizontal rules a page draws: paths wider than 20 pt and less than 3 pt high. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    final List<Rule> found = new ArrayList<>();
    private final float height;
    private float minX = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;
    private float minY = Float.MAX_VALUE;
    private float maxY = -Float.MAX_VALUE;
    private final Point2D.Float current = new Point2D.Float();

    Rules(PDPage page) {
      super(page);
      this.height = page.getMediaBox().getHeight();
    }

    /** A point of the path, which PDFBox gives in device space. */
    private void point(float x, float y) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      current.setLocation(x, y);
    }

    private void paint() {
      if (maxX - minX > 20 && maxY - minY < 3) {
        found.add(new Rule(minX, maxX, height - (minY + maxY) / 2));
      }
      endPath();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      for (Point2D p : List.of(p0, p1, p2, p3)) {
        point((float) p.getX(), (float) p.getY());
      }
    }

    @Override
    public void moveTo(float x, float y) {
      point(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      point(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      point(x1, y1);
      point(x2, y2);
      point(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      // A closed path has no point of its own.
    }

    @Override
    public void endPath() {
      minX = Float.MAX_VALUE;
      maxX = -Float.MAX_VALUE;
      minY = Float.MAX_VALUE;
      maxY = -Float.MAX_VALUE;
    }

    @Override
    public void strokePath() {
      paint();
    }

    @Override
    public void fillPath(int windingRule) {
      paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      paint();
    }

    @Override
    public void drawImage(PDImage pdImage) {
      // Images are no rules.
    }

    @Override
    public void clip(int windingRule) {
      // Clipping draws nothing.
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // Shadings are no rules.
    }
  }
}
