package org.w3id.hrckg.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.jena.rdf.model.impl.Util;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A static drawing of the citation network for reports: a Fruchterman–Reingold layout (JGraphT,
 * fixed seed, so the same network gives the same picture), nodes sized by PageRank and coloured
 * by issuer, the most central documents labelled, a legend. One scene, drawn as SVG or PNG.
 */
public final class NetworkDrawing {

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;
  private static final int MARGIN = 60;
  private static final int LABELLED = 20;
  private static final long SEED = 20_061_503L;
  private static final int LABEL_LENGTH = 40;
  private static final double ARROW = 7;

  /** A node as drawn. */
  record Dot(double x, double y, double radius, String colour, String label) {}

  /** An edge as drawn, ending at the border of the cited document's dot. */
  record Line(double x1, double y1, double x2, double y2, double width, double targetRadius) {

    /** The tip of the arrow, on the border of the target dot, and the two corners of its head. */
    double[] arrow() {
      double dx = x2 - x1;
      double dy = y2 - y1;
      double length = Math.max(Math.hypot(dx, dy), 1e-9);
      double ux = dx / length;
      double uy = dy / length;
      double tipX = x2 - ux * targetRadius;
      double tipY = y2 - uy * targetRadius;
      double baseX = tipX - ux * ARROW;
      double baseY = tipY - uy * ARROW;
      return new double[] {tipX, tipY, baseX - uy * ARROW / 2, baseY + ux * ARROW / 2, baseX + uy * ARROW / 2, baseY - ux * ARROW / 2};
    }
  }

  private final List<Dot> dots = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  private NetworkDrawing() {}

  /** Lays the network out and makes the scene. */
  public static NetworkDrawing of(CitationAnalysis analysis) {
    NetworkDrawing d = new NetworkDrawing();
    MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN - 40));
    new FRLayoutAlgorithm2D<String, DefaultWeightedEdge>(300, 0.5, new Random(SEED))
        .layout(analysis.network().graph(), model);
    double max = analysis.metrics().values().stream().mapToDouble(NodeMetrics::pageRank).max().orElse(1);
    double min = analysis.metrics().values().stream().mapToDouble(NodeMetrics::pageRank).min().orElse(0);
    Set<String> labelled = new HashSet<>(analysis.byPageRank().stream().limit(LABELLED).map(NodeMetrics::iri).toList());
    analysis.network().edges().forEach(e -> {
      Point2D a = model.get(e.citing());
      Point2D b = model.get(e.cited());
      double rank = analysis.metrics().get(e.cited()).pageRank();
      d.lines.add(new Line(x(a), y(a), x(b), y(b), 0.6 + 0.4 * e.paragraphs(), radius(rank, min, max)));
    });
    analysis.network().nodes().values().stream()
        .sorted(Comparator.comparingDouble(n -> analysis.metrics().get(n.iri()).pageRank()))
        .forEach(n -> {
          Point2D p = model.get(n.iri());
          double rank = analysis.metrics().get(n.iri()).pageRank();
          d.dots.add(new Dot(x(p), y(p), radius(rank, min, max), IssuerPalette.colour(n.issuer()),
              labelled.contains(n.iri()) || n.inCorpus() ? shorten(n.name()) : null));
        });
    return d;
  }

  /** Radii from 5 to 24 pixels over the network's range of PageRank, so that differences show. */
  private static double radius(double rank, double min, double max) {
    return max > min ? 5 + 19 * (rank - min) / (max - min) : 10;
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
  }

  private static double x(Point2D p) {
    return MARGIN + p.getX();
  }

  private static double y(Point2D p) {
    return MARGIN + 40 + p.getY();
  }

  /** Writes the drawing as SVG. */
  public void writeSvg(Path file) throws IOException {
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "font-family=\"sans-serif\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<text x=\"20\" y=\"32\" font-size=\"20\">Citation network: size by PageRank, colour by issuer</text>\n");
    legend((colour, name, i) -> svg.append(String.format(
        "<circle cx=\"%d\" cy=\"56\" r=\"6\" fill=\"%s\"/><text x=\"%d\" y=\"61\" font-size=\"13\">%s</text>%n",
        26 + i * 230, colour, 36 + i * 230, escape(name))));
    svg.append("<g stroke=\"#9aa3b2\" stroke-opacity=\"0.6\">\n");
    lines.forEach(l -> {
      double[] a = l.arrow();
      svg.append(String.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"/>%n",
          l.x1(), l.y1(), a[0], a[1], l.width()));
      svg.append(String.format("<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#9aa3b2\" stroke=\"none\"/>%n",
          a[0], a[1], a[2], a[3], a[4], a[5]));
    });
    svg.append("</g>\n<g stroke=\"white\" stroke-width=\"1\">\n");
    dots.forEach(dot -> svg.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
        dot.x(), dot.y(), dot.radius(), dot.colour())));
    svg.append("</g>\n<g font-size=\"12\" fill=\"#1d2433\">\n");
    dots.stream().filter(dot -> dot.label() != null).forEach(dot -> svg.append(String.format(
        "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", dot.x() + dot.radius() + 3, dot.y() + 4, escape(dot.label()))));
    svg.append("</g>\n</svg>\n");
    Files.writeString(file, svg, StandardCharsets.UTF_8);
  }

  /** Writes the drawing as PNG. */
  public void writePng(Path file) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.decode("#1d2433"));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
      g.drawString("Citation network: size by PageRank, colour by issuer", 20, 32);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      legend((colour, name, i) -> {
        g.setColor(Color.decode(colour));
        g.fill(new Ellipse2D.Double(20 + i * 230, 50, 12, 12));
        g.setColor(Color.decode("#1d2433"));
        g.drawString(name, 36 + i * 230, 61);
      });
      g.setColor(new Color(0x9a, 0xa3, 0xb2, 150));
      for (Line l : lines) {
        double[] a = l.arrow();
        g.setStroke(new BasicStroke((float) l.width()));
        g.draw(new Line2D.Double(l.x1(), l.y1(), a[0], a[1]));
        Path2D.Double head = new Path2D.Double();
        head.moveTo(a[0], a[1]);
        head.lineTo(a[2], a[3]);
        head.lineTo(a[4], a[5]);
        head.closePath();
        g.fill(head);
      }
      g.setStroke(new BasicStroke(1f));
      for (Dot dot : dots) {
        Ellipse2D.Double circle = new Ellipse2D.Double(dot.x() - dot.radius(), dot.y() - dot.radius(), 2 * dot.radius(), 2 * dot.radius());
        g.setColor(Color.decode(dot.colour()));
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.draw(circle);
      }
      g.setColor(Color.decode("#1d2433"));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      dots.stream().filter(dot -> dot.label() != null)
          .forEach(dot -> g.drawString(dot.label(), (float) (dot.x() + dot.radius() + 3), (float) (dot.y() + 4)));
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }

  /** Draws one legend entry per issuer, and one for the others. */
  private static void legend(LegendEntry entry) {
    int i = 0;
    for (Map.Entry<String, String> e : IssuerPalette.COLOURS.entrySet()) {
      entry.draw(e.getValue(), IssuerPalette.name(e.getKey()), i++);
    }
    entry.draw(IssuerPalette.OTHER, "other or unknown", i);
  }

  @FunctionalInterface
  private interface LegendEntry {
    void draw(String colour, String name, int index);
  }

  private static String escape(String s) {
    return Util.substituteStandardEntities(s);
  }
}
