package org.w3id.hrckg.read.akn;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.read.FootnoteText;
import org.w3id.hrckg.read.Link;
import org.w3id.hrckg.read.ParagraphText.SubParagraph;
import org.w3id.hrckg.source.OffsetText;

/**
 * Reads the content of one paragraph element of Akoma Ntoso: its text (without its own number and
 * its footnotes), the footnotes ({@code authorialNote}) with where they are called, the undocs.org
 * links of text and footnotes, and its lettered points ({@code list/point}) as sub-paragraphs.
 */
final class ParagraphWalker {


  private final List<OffsetText> parts = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final List<Point> points = new ArrayList<>();
  private final List<LinkAt> links = new ArrayList<>();

  private record Note(XmlElement element, int position) {}

  private record Point(String label, int start, int end) {}

  private record LinkAt(String target, XmlElement anchor, boolean inFootnote) {}

  /** What a paragraph element holds. */
  record Content(OffsetText text, List<FootnoteText> footnotes, List<Link> links, List<SubParagraph> subParagraphs) {}

  private ParagraphWalker() {}

  /** Reads a paragraph element; its own {@code num} is left out of its text. */
  static Content read(XmlElement paragraph) {
    ParagraphWalker w = new ParagraphWalker();
    w.walk(paragraph, true);
    return w.content();
  }

  private void walk(XmlElement e, boolean top) {
    for (Object c : e.children()) {
      if (c instanceof OffsetText t) {
        parts.add(t);
        continue;
      }
      XmlElement child = (XmlElement) c;
      switch (child.name()) {
        case "num" -> {
          if (!top) {
            walk(child, false);
          }
        }
        case "authorialNote" -> {
          notes.add(new Note(child, position()));
          child.all("a").forEach(a -> link(a, true));
        }
        case "heading" -> { }
        case "eol", "br" -> parts.add(OffsetText.synthetic(" ", position()));
        case "point" -> point(child);
        case "a" -> {
          link(child, false);
          walk(child, false);
        }
        case "p", "intro", "wrapUp", "content", "list", "blockList", "item" -> {
          parts.add(OffsetText.synthetic(" ", position()));
          walk(child, false);
        }
        default -> walk(child, false);
      }
    }
  }

  private void point(XmlElement point) {
    parts.add(OffsetText.synthetic(" ", position()));
    int start = parts.size();
    walk(point, false);
    String label = point.child("num").map(n -> InlineText.of(n).toString().replaceAll("[().\\s]", "")).orElse("");
    points.add(new Point(label, start, parts.size()));
  }

  private void link(XmlElement a, boolean inFootnote) {
    String target = InlineText.linkTarget(a.attribute("href"));
    if (target != null) {
      links.add(new LinkAt(target, a, inFootnote));
    }
  }

  private int position() {
    return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).sourceEnd();
  }

  private Content content() {
    OffsetText text = collapse(parts);
    List<FootnoteText> footnotes = new ArrayList<>();
    for (Note n : notes) {
      String label = n.element().attribute("marker").strip();
      footnotes.add(new FootnoteText(label, InlineText.of(n.element()), n.element().line(), InlineText.indexAt(text, n.position())));
    }
    List<Link> linked = new ArrayList<>();
    for (LinkAt l : links) {
      linked.add(new Link(l.target(), InlineText.of(l.anchor()), l.inFootnote()));
    }
    List<SubParagraph> subs = new ArrayList<>();
    for (Point p : points) {
      if (p.start() < p.end()) {
        int from = InlineText.indexAt(text, parts.get(p.start()).sourceStart());
        int to = InlineText.indexAt(text, parts.get(p.end() - 1).sourceEnd());
        subs.add(new SubParagraph(p.label(), from, Math.max(from, to)));
      }
    }
    return new Content(text, footnotes, linked, subs);
  }

  private static OffsetText collapse(List<OffsetText> parts) {
    return InlineText.collapse(OffsetText.join(parts, ""));
  }
}
