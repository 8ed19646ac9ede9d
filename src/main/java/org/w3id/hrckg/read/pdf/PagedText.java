package org.w3id.hrckg.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.hrckg.read.pdf.PageGeometry.Page;
import org.w3id.hrckg.read.pdf.PageGeometry.Rule;

/**
 * The text of a PDF, laid out from its geometry in the order a person reads a UN page: the running
 * header, the body (a right-hand column, such as the cover's distribution and date or the
 * adoption record's meeting and date, after the lines it stands beside), the footnotes under the
 * short rule, one line each after a rule line, and the footer. Superscript calls are Unicode
 * superscripts; page starts are kept, for every span's page.
 *
 * @param text the extracted text, one line of the page per line
 * @param pageStarts where each page starts in {@code text}
 */
record PagedText(String text, List<Integer> pageStarts) {

  /** The running header lies in this top share of a page (after the first), the footer in the bottom one. */
  static final float HEADER_BAND = 0.085f;
  static final float FOOTER_BAND = 0.075f;
  /** The rule over the footnotes: shorter than a column, in the lower half of the page. */
  static final float NOTE_RULE_MIN = 40;
  static final float NOTE_RULE_MAX = 150;
  /** The line written where the footnote rule is, as extractions print it. */
  static final String RULE_LINE = "__________________";

  static PagedText of(List<Page> pages) {
    StringBuilder sb = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (Page page : pages) {
      starts.add(sb.length());
      page(page, sb);
    }
    return new PagedText(sb.toString(), List.copyOf(starts));
  }

  private static void page(Page page, StringBuilder sb) {
    List<PageLine> lines = lines(page.glyphs());
    float headerEnd = page.number() > 1 ? page.height() * HEADER_BAND : 0;
    float footerStart = page.height() * (1 - FOOTER_BAND);
    Rule noteRule = page.rules().stream()
        .filter(r -> r.length() > NOTE_RULE_MIN && r.length() < NOTE_RULE_MAX && r.top() > page.height() / 2)
        .max(Comparator.comparing(Rule::top)).orElse(null);
    float notesStart = noteRule != null ? noteRule.top() : footerStart;
    List<PageLine> body = new ArrayList<>();
    List<PageLine> notes = new ArrayList<>();
    List<PageLine> footer = new ArrayList<>();
    for (PageLine l : lines) {
      if (l.baseline() < headerEnd) {
        line(sb, l.text(false));
      } else if (l.baseline() >= footerStart) {
        footer.add(l);
      } else if (l.baseline() > notesStart) {
        notes.add(l);
      } else {
        body.add(l);
      }
    }
    body(page, body, sb);
    if (!notes.isEmpty()) {
      line(sb, RULE_LINE);
      footnotes(notes, sb);
    }
    footer.forEach(l -> line(sb, l.text(false)));
  }

  /**
   * The body's lines; a part of a line in the right half, apart from what stands left of it, is a
   * right-hand column, written after the lines beside it (the column ends at a line without one).
   */
  private static void body(Page page, List<PageLine> body, StringBuilder sb) {
    List<String> right = new ArrayList<>();
    for (PageLine l : body) {
      List<PageLine> parts = l.columns(page.width());
      PageLine last = parts.get(parts.size() - 1);
      boolean hasRight = last.left() > page.width() / 2 && (parts.size() > 1 || l.left() > page.width() / 2);
      if (!hasRight) {
        right.forEach(r -> line(sb, r));
        right.clear();
      }
      for (PageLine part : parts) {
        if (hasRight && part == last) {
          right.add(part.text(false));
        } else {
          line(sb, part.text(false));
        }
      }
    }
    right.forEach(r -> line(sb, r));
  }

  /** One line per footnote: a line that opens with a superscript number opens one, the others continue it. */
  private static void footnotes(List<PageLine> notes, StringBuilder sb) {
    StringBuilder note = new StringBuilder();
    for (PageLine l : notes) {
      if (l.opensWithLabel() && note.length() > 0) {
        line(sb, note.toString());
        note.setLength(0);
      }
      String text = l.text(true);
      if (note.length() > 0 && !(note.charAt(note.length() - 1) == '-' && Character.isLetter(text.charAt(0)))) {
        note.append(' ');
      }
      note.append(text);
    }
    line(sb, note.toString());
  }

  private static void line(StringBuilder sb, String text) {
    sb.append(text).append('\n');
  }

  /**
   * The glyphs of a page in lines: glyphs on one baseline make a line; a cluster of small glyphs
   * just above a line (raised superscripts) joins it.
   */
  static List<PageLine> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparing(Glyph::baseline)).toList();
    List<List<Glyph>> clusters = new ArrayList<>();
    List<Glyph> current = null;
    float at = 0;
    for (Glyph g : sorted) {
      if (current == null || g.baseline() - at > 0.25f * g.size()) {
        current = new ArrayList<>();
        clusters.add(current);
        at = g.baseline();
      }
      current.add(g);
    }
    List<PageLine> lines = new ArrayList<>();
    List<Glyph> raised = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      List<Glyph> c = new ArrayList<>(raised);
      c.addAll(clusters.get(i));
      raised.clear();
      if (c.stream().allMatch(Glyph::isSpace)) {
        continue;
      }
      PageLine line = PageLine.of(c);
      if (i + 1 < clusters.size() && raisedOver(line, PageLine.of(clusters.get(i + 1)))) {
        raised.addAll(c);
      } else {
        lines.add(line);
      }
    }
    if (!raised.isEmpty()) {
      lines.add(PageLine.of(raised));
    }
    return lines;
  }

  /** Whether a line is only superscripts of the next: smaller, and raised less than that line's size above it. */
  private static boolean raisedOver(PageLine small, PageLine next) {
    return small.size() < PageLine.SUPERSCRIPT_RATIO * next.size() && next.baseline() - small.baseline() < 0.7f * next.size();
  }
}
