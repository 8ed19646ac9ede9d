package org.w3id.hrckg.read.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.read.AnnexText;
import org.w3id.hrckg.read.FootnoteText;
import org.w3id.hrckg.read.Link;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.read.ParagraphText.SubParagraph;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.structure.StructurePatterns;

/**
 * The paragraphs of a resolution in Akoma Ntoso: the preamble's containers, then the main body's
 * paragraphs (inside its sections, if any; headings are not paragraphs). Where the markup and the
 * text disagree the text decides, as the text reader decides: a main-body paragraph with no number
 * that opens with a lettered label ("(a)") is a sub-paragraph of the one before, and one that opens
 * in lower case the rest of the one before (cut by a page break); one without closing punctuation
 * is a heading; one whose number is only in its text ("3. Demande"), or alone in the paragraph
 * before, is numbered by it; one that ends with a comma, or opens as preambular paragraphs do
 * before any operative paragraph, is preambular (resolutions in parts have a preamble in each part).
 * An annex's main body is read alike, but its paragraphs are of no kind and stay in source order,
 * and a heading ends the paragraph before it (annexes number their paragraphs by article, or not at
 * all, and head their parts and articles); its title is its first heading that is more than the
 * annex's label.
 */
final class BodyReader {

  /** A sub-paragraph's label at the start of a text, in the six languages' styles: (a), (iv), a), (1), （一）, (أ), ‘1‘. */
  private static final Pattern LABEL = Pattern.compile("(?U)^[(（‘’]?(\\p{L}{1,2}|[ivxl]{1,6}|\\d{1,2}|[一二三四五六七八九十]{1,3})[)）‘’](?:\\s|$)");
  /** An operative paragraph's number printed in its text: "3. ", "12.\t", in any digits ("١٢."). */
  private static final Pattern NUMBER = Pattern.compile("(?U)^(\\d{1,3})\\.\\s+");
  private static final Pattern DIGITS = Pattern.compile("(?U)\\d{1,3}");

  private final String file;
  private final Optional<LanguageProfile> profile;
  private final List<Diagnostic> diagnostics;
  private final List<Draft> drafts = new ArrayList<>();
  /** Whether the body read is an annex's. */
  private final boolean annex;
  /** The headings read before the first paragraph. */
  private final List<OffsetText> headings = new ArrayList<>();
  /** Whether an annex's heading stands between the last paragraph and the next. */
  private boolean afterHeading;
  /** The number of a paragraph whose text the markup puts in the next paragraph ("1." alone, then its text). */
  private Integer pendingNumber;
  /** The label of a sub-paragraph whose text the markup puts in the next paragraph ("(1)" alone, then its text). */
  private String pendingLabel;

  /** A paragraph being read. */
  private record Draft(boolean preambular, Integer number, OffsetText text, int line, List<SubParagraph> subs,
      List<FootnoteText> footnotes, List<Link> links) {}

  /** The paragraphs read. */
  record Body(List<ParagraphText> paragraphs) {}

  BodyReader(String file, Optional<LanguageProfile> profile, List<Diagnostic> diagnostics) {
    this(file, profile, diagnostics, false);
  }

  private BodyReader(String file, Optional<LanguageProfile> profile, List<Diagnostic> diagnostics, boolean annex) {
    this.file = file;
    this.profile = profile;
    this.diagnostics = diagnostics;
    this.annex = annex;
  }

  /** Reads the annex ({@code doc}) that is the {@code ordinal}-th of a resolution. */
  static AnnexText annex(String file, Optional<LanguageProfile> profile, List<Diagnostic> diagnostics, XmlElement doc, int ordinal) {
    BodyReader reader = new BodyReader(file, profile, diagnostics, true);
    doc.child("mainBody").ifPresent(reader::mainBody);
    OffsetText title = doc.child("preface").flatMap(p -> p.first("docTitle")).map(InlineText::of)
        .orElseGet(() -> reader.headings.stream().filter(h -> !StructurePatterns.ANNEX_LABEL.matchesAll(h)).findFirst().orElse(null));
    return new AnnexText(ordinal, title, doc.line(), reader.paragraphs());
  }

  Body read(XmlElement statement) {
    for (Object c : statement.children()) {
      if (c instanceof XmlElement part) {
        if (part.name().equals("preamble")) {
          preamble(part);
        } else if (part.name().equals("mainBody")) {
          mainBody(part);
        }
      }
    }
    return new Body(paragraphs());
  }

  private void preamble(XmlElement preamble) {
    for (XmlElement e : elements(preamble)) {
      if (!e.name().equals("formula")) {
        ParagraphWalker.Content c = ParagraphWalker.read(e);
        if (!c.text().isEmpty()) {
          drafts.add(new Draft(true, null, c.text(), e.line(), c.subParagraphs(), c.footnotes(), c.links()));
        }
      }
    }
  }

  private void mainBody(XmlElement body) {
    for (XmlElement e : elements(body)) {
      switch (e.name()) {
        case "paragraph", "crossHeading" -> paragraph(e, e.child("num").map(InlineText::of).orElse(null));
        case "section", "container", "hcontainer", "part", "chapter" -> mainBody(e);
        case "p", "blockList" -> {
          if (e.child("num").isPresent()) {
            paragraph(e, InlineText.of(e.child("num").get()));
          }
        }
        default -> { }
      }
    }
  }

  private void paragraph(XmlElement e, OffsetText num) {
    ParagraphWalker.Content c = ParagraphWalker.read(e);
    OffsetText text = c.text();
    String numLabel = num == null ? null : label(num);
    Integer number = num == null || numLabel != null ? null : number(num);
    if (text.isEmpty()) {
      pendingNumber = number;
      return;
    }
    if (number == null && pendingNumber != null) {
      number = pendingNumber;
    }
    pendingNumber = null;
    Matcher label = LABEL.matcher(text);
    Draft last = lastOperative();
    if (numLabel != null && last != null) {
      mergeInto(last, c, numLabel);
      return;
    }
    if (number == null && label.find() && last != null) {
      if (label.end() >= text.length()) {
        pendingLabel = label.group(1);
      } else {
        mergeInto(last, c, label.group(1));
      }
      return;
    }
    if (number == null && pendingLabel != null && last != null) {
      mergeInto(last, c, pendingLabel);
      pendingLabel = null;
      return;
    }
    pendingLabel = null;
    if (number == null && continues(text) && !drafts.isEmpty()) {
      mergeInto(drafts.get(drafts.size() - 1), c, null);
      return;
    }
    if (number == null && isHeading(text)) {
      if (annex && drafts.isEmpty()) {
        headings.add(text);
      }
      afterHeading = annex;
      return;
    }
    if (number == null && !afterHeading && last != null && !last.subs().isEmpty() && !endsWithComma(text)) {
      mergeInto(last, c, null);
      return;
    }
    Matcher printed = NUMBER.matcher(text);
    if (number == null && printed.find()) {
      number = Integer.valueOf(printed.group(1));
      int cut = printed.end();
      text = text.subSequence(cut);
      c = shifted(c, text, -cut);
    }
    boolean preambular = !annex && number == null && (endsWithComma(text) || last == null && opensPreambular(text));
    if (preambular) {
      warn(e.line(), "a paragraph of the main body opens as preambular paragraphs do (\""
          + Diagnostic.excerpt(text.toString(), 40) + "\"); read as preambular");
    }
    drafts.add(new Draft(preambular, number, text, e.line(), c.subParagraphs(), c.footnotes(), c.links()));
    afterHeading = false;
  }

  /**
   * A heading the markup makes a paragraph ("Inclusive social protection" between operative
   * paragraphs 2 and 3): unnumbered, and ending without the punctuation that ends every paragraph,
   * in any of the six languages.
   */
  private static boolean isHeading(OffsetText text) {
    char end = text.charAt(text.length() - 1);
    return ".;:,»”)。；：，،؛".indexOf(end) < 0;
  }

  /**
   * Whether a text continues the paragraph before: it opens in lower case, in a language whose
   * paragraphs open capitalised (Russian paragraphs open in lower case: "просит").
   */
  private boolean continues(OffsetText text) {
    return profile.isPresent() && Character.isLowerCase(text.charAt(0));
  }

  /** Preambular paragraphs end with a comma, in every language; operative ones with a semicolon or a full stop. */
  private static boolean endsWithComma(OffsetText text) {
    return ",，،".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** The label a number element holds where it numbers a sub-paragraph ("(a)", "‘2‘"), or null. */
  private static String label(OffsetText num) {
    Matcher m = LABEL.matcher(num);
    return m.find() && m.end() >= num.length() ? m.group(1) : null;
  }

  private static Integer number(OffsetText num) {
    Matcher m = DIGITS.matcher(num);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  private boolean opensPreambular(OffsetText text) {
    return profile.map(p -> p.clauses().preambular(text).isPresent() && p.clauses().operative(text).isEmpty()).orElse(false);
  }

  private Draft lastOperative() {
    return drafts.isEmpty() || drafts.get(drafts.size() - 1).preambular() ? null : drafts.get(drafts.size() - 1);
  }

  /**
   * A sub-paragraph (with its label), or the rest of a paragraph (label null), that the markup makes a
   * paragraph of its own, put back into the paragraph it belongs to.
   */
  private void mergeInto(Draft last, ParagraphWalker.Content c, String label) {
    int offset = last.text().length() + 1;
    OffsetText text = OffsetText.join(List.of(last.text(), c.text()), " ");
    List<SubParagraph> subs = new ArrayList<>(last.subs());
    if (label != null) {
      subs.add(new SubParagraph(label, offset, text.length()));
    }
    c.subParagraphs().forEach(s -> subs.add(new SubParagraph(s.label(), s.start() + offset, s.end() + offset)));
    List<FootnoteText> notes = new ArrayList<>(last.footnotes());
    c.footnotes().forEach(f -> notes.add(new FootnoteText(f.label(), f.text(), f.line(), f.call() + offset)));
    List<Link> links = new ArrayList<>(last.links());
    links.addAll(c.links());
    drafts.set(drafts.size() - 1, new Draft(last.preambular(), last.number(), text, last.line(), subs, notes, links));
  }

  private static ParagraphWalker.Content shifted(ParagraphWalker.Content c, OffsetText text, int by) {
    List<SubParagraph> subs = c.subParagraphs().stream()
        .map(s -> new SubParagraph(s.label(), Math.max(0, s.start() + by), Math.max(0, s.end() + by))).toList();
    List<FootnoteText> notes = c.footnotes().stream()
        .map(f -> new FootnoteText(f.label(), f.text(), f.line(), Math.max(0, f.call() + by))).toList();
    return new ParagraphWalker.Content(text, notes, c.links(), subs);
  }

  /** The preambular paragraphs, then the operative ones, as the seam wants them; an annex's in source order. */
  private List<ParagraphText> paragraphs() {
    if (annex) {
      List<ParagraphText> out = new ArrayList<>();
      for (Draft d : drafts) {
        out.add(new ParagraphText(false, out.size() + 1, d.number(), null, d.text(), d.line(), d.subs(), d.footnotes(), d.links()));
      }
      return out;
    }
    List<Draft> ordered = new ArrayList<>(drafts.stream().filter(Draft::preambular).toList());
    drafts.stream().filter(d -> !d.preambular()).forEach(ordered::add);
    List<ParagraphText> out = new ArrayList<>();
    int preambular = 0;
    int operative = 0;
    for (Draft d : ordered) {
      int ordinal = d.preambular() ? ++preambular : ++operative;
      if (!d.preambular() && d.number() != null && d.number() != ordinal) {
        warn(d.line(), "operative paragraph numbered " + d.number() + " is the " + ordinal + "th");
      }
      String opening = profile.map(p -> p.clauses().of(d.text(), d.preambular())).orElse(null);
      out.add(new ParagraphText(d.preambular(), ordinal, d.number(), opening, d.text(), d.line(), d.subs(), d.footnotes(),
          d.links()));
    }
    return out;
  }

  private static List<XmlElement> elements(XmlElement e) {
    return e.children().stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
  }

  private void warn(int line, String message) {
    diagnostics.add(Diagnostic.warning(file, line, message));
  }
}
