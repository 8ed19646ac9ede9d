package org.w3id.hrckg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Organs;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.read.AnnexText;
import org.w3id.hrckg.read.FootnoteText;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.read.ResolutionHeader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.Footnote;
import org.w3id.hrckg.text.FootnoteMarker;
import org.w3id.hrckg.text.NormalizedText;
import org.w3id.hrckg.text.TextLine;

/**
 * The document-structure stage of line-based text: segments a normalised text into header,
 * preamble, operative part, record of adoption and annexes, and ties each footnote to the paragraph
 * that calls it, giving the {@link ResolutionText} of the reader seam. A text that has no enacting
 * formula or no operative part is refused with the line where it goes wrong.
 */
public final class StructureReader {

  private final NormalizedText text;
  private final LanguageProfile profile;
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private StructureReader(NormalizedText text, LanguageProfile profile) {
    this.text = text;
    this.profile = profile;
    this.file = text.source().fileName();
  }

  /**
   * Segments a text.
   *
   * @param format the format the text was extracted from
   * @param profile the language of the text
   * @throws InputFault when the text is not a resolution or is cut short
   */
  public static ResolutionText read(NormalizedText text, InputFormat format, LanguageProfile profile) throws InputFault {
    return new StructureReader(text, profile).read(format);
  }

  private ResolutionText read(InputFormat format) throws InputFault {
    List<TextLine> lines = text.lines();
    int formula = formulaIndex(lines);
    Matcher enacting = profile.structure().enactingFormula().matcher(lines.get(formula).text());
    enacting.lookingAt();
    Issuer issuer = Organs.of(enacting);
    List<TextLine> body = new ArrayList<>(lines.subList(formula + 1, lines.size()));
    OffsetText afterFormula = lines.get(formula).text().subSequence(enacting.end()).strip();
    if (!afterFormula.isEmpty()) {
      body.add(0, new TextLine(lines.get(formula).number(), afterFormula));
    }
    ParagraphSegmenter.Segments segments = ParagraphSegmenter.segment(body, profile);
    if (segments.operative().isEmpty()) {
      int last = lines.get(lines.size() - 1).number();
      throw new InputFault(last, segments.preamble().isEmpty()
          ? "no paragraph after the enacting formula: the text is truncated or is not a resolution"
          : "no operative paragraph after the " + segments.preamble().size()
              + " preambular paragraphs: the text is truncated (it ends on line " + last + ")");
    }
    int annexFrom = annexStart(segments.tail());
    AdoptionText adoption = AdoptionParser.parse(segments.tail().subList(0, annexFrom), profile, this::warn);
    List<AnnexSegmenter.Segment> annexes = AnnexSegmenter.segment(segments.tail().subList(annexFrom, segments.tail().size()),
        profile);
    ResolutionHeader header = HeaderParser.parse(text, lines.subList(0, formula), issuer, profile, adoption != null, diagnostics);
    header = withAdoptionDate(header, adoption);
    checkEnding(header, segments, adoption);
    FootnoteAttacher footnotes = new FootnoteAttacher(text, segments, annexes);
    List<ParagraphText> paragraphs = new ArrayList<>(paragraphs(segments.preamble(), true, footnotes));
    paragraphs.addAll(paragraphs(segments.operative(), false, footnotes));
    List<AnnexText> annexTexts = annexTexts(annexes, footnotes);
    footnotes.reportUnattached(diagnostics);
    Placement placement = checkCompleteness(segments, adoption, annexes, body.get(0));
    return new ResolutionText(text.source(), format, profile.language(), null, header, paragraphs, adoption, null, List.of(),
        List.of(), diagnostics, placement, annexTexts);
  }

  /** The index in the tail of the line that opens the first annex; the tail's size when none does. */
  private int annexStart(List<TextLine> tail) {
    for (int i = 0; i < tail.size(); i++) {
      if (AnnexSegmenter.opensAnnex(profile.structure(), tail.get(i))) {
        return i;
      }
    }
    return tail.size();
  }

  /** The annexes as the seam gives them: each paragraph's ordinal its place in its annex, its printed number kept. */
  private static List<AnnexText> annexTexts(List<AnnexSegmenter.Segment> annexes, FootnoteAttacher footnotes) {
    List<AnnexText> out = new ArrayList<>();
    for (AnnexSegmenter.Segment a : annexes) {
      List<ParagraphText> paragraphs = new ArrayList<>();
      for (ParagraphSegmenter.Draft d : a.paragraphs()) {
        OffsetText t = d.text();
        paragraphs.add(new ParagraphText(false, paragraphs.size() + 1, d.number(), null, t, d.lines().get(0).number(), List.of(),
            footnotes.of(d, t), List.of()));
      }
      out.add(new AnnexText(out.size() + 1, a.title(), a.label().number(), paragraphs));
    }
    return List.copyOf(out);
  }

  /**
   * The invariant of issue 9: every letter and digit of the source is in one place, the operative
   * numbers run 1..N, no footnote is longer than a page. What breaks it is an error: the document
   * is incomplete.
   */
  private Placement checkCompleteness(ParagraphSegmenter.Segments segments, AdoptionText adoption,
      List<AnnexSegmenter.Segment> annexes, TextLine firstBodyLine) {
    PlacementLedger ledger = new PlacementLedger(text.source());
    ledger.claimLayout(text);
    segments.preamble().forEach(d -> ledger.claimParagraph(d.lines(), null));
    segments.operative().forEach(d -> ledger.claimParagraph(d.lines(), d.number()));
    segments.headings().forEach(ledger::claimHeading);
    for (AnnexSegmenter.Segment a : annexes) {
      ledger.claimHeading(a.label());
      a.headings().forEach(ledger::claimHeading);
      a.paragraphs().forEach(d -> ledger.claimParagraph(d.lines(), d.number()));
    }
    int bodyStart = text.source().lines().startOf(firstBodyLine.number());
    int adoptionEnd = annexes.isEmpty() ? text.source().text().length() : text.source().lines().startOf(annexes.get(0).label().number());
    Placement placement = ledger.close(bodyStart, adoptionStart(segments, adoption, adoptionEnd), adoptionEnd);
    java.util.Optional.ofNullable(ledger.unplacedError(placement)).ifPresent(diagnostics::add);
    for (ParagraphSegmenter.NumberingFault f : segments.faults()) {
      diagnostics.add(Diagnostic.error(file, f.line().number(), f.found() < f.expected()
          ? "incomplete: operative paragraph " + f.found() + " again, where " + f.expected() + " was next; the document is left out"
          : "incomplete: operative paragraph " + f.found() + " where " + f.expected() + " was next: paragraph"
              + (f.found() - f.expected() > 1 ? "s " + f.expected() + " to " + (f.found() - 1) + " are" : " " + f.expected() + " is")
              + " missing; the document is left out"));
    }
    for (Footnote f : text.footnotes()) {
      java.util.Optional.ofNullable(PlacementLedger.overlongFootnote(text.source(), f)).ifPresent(diagnostics::add);
    }
    return placement;
  }

  /** Where the record of adoption starts in the source; {@code end} (where the annexes start) when there is none. */
  private int adoptionStart(ParagraphSegmenter.Segments segments, AdoptionText adoption, int end) {
    for (TextLine t : segments.tail()) {
      int start = text.source().lines().startOf(t.number());
      if (start >= end) {
        break;
      }
      if (adoption != null && ParagraphSegmenter.isAdoptionRecord(profile.structure(), t.text().toString())) {
        return start;
      }
    }
    return end;
  }

  private int formulaIndex(List<TextLine> lines) throws InputFault {
    for (int i = 0; i < lines.size(); i++) {
      if (profile.structure().enactingFormula().matcher(lines.get(i).text()).lookingAt()) {
        return i;
      }
    }
    int line = lines.isEmpty() ? 0 : lines.get(0).number();
    throw new InputFault(line, "not a resolution: no enacting formula (" + profile.structure().enactingFormula().examples().get(0)
        + ") opens a preamble in " + lines.size() + " lines of text");
  }

  /**
   * The date under the meeting number is the adoption date, the header's the fallback; where they
   * disagree, the one that falls within the session is kept (a slip of the year in the record, "7
   * octobre 2013" in a text of 2023, is common), and the disagreement is reported.
   */
  private ResolutionHeader withAdoptionDate(ResolutionHeader h, AdoptionText adoption) {
    if (adoption == null || adoption.date() == null || h.kind() == DocumentKind.DRAFT_RESOLUTION) {
      return h;
    }
    LocalDate date = adoption.date();
    if (h.adoptionDate() != null && !h.adoptionDate().equals(date)) {
      LocalDate kept = !duringSession(date, h) && duringSession(h.adoptionDate(), h) ? h.adoptionDate() : date;
      warn(adoption.line(), "the header says adopted on " + h.adoptionDate() + ", the record of adoption " + date
          + "; " + kept + " is kept" + (kept.equals(date) ? "" : ", the record's being outside the session"));
      date = kept;
    } else if (!duringSession(date, h)) {
      warn(adoption.line(), "the record of adoption dates it " + date + ", outside its session (" + h.sessionStart() + " to "
          + h.sessionEnd() + ")");
    }
    return new ResolutionHeader(h.kind(), h.symbol(), h.issuer(), h.session(), h.specialSession(), h.sessionStart(),
        h.sessionEnd(), h.agendaItems(), h.agendaTitle(), h.title(), h.documentDate(), date, h.sponsors(), h.number(), h.line());
  }

  /** How long after its last day a session's texts may still be adopted (a resumed meeting). */
  private static final int SESSION_SLACK_DAYS = 7;

  /** Whether a date falls within the session the header gives, with some slack; true when it gives none. */
  private static boolean duringSession(LocalDate date, ResolutionHeader h) {
    if (h.sessionStart() == null || h.sessionEnd() == null) {
      return true;
    }
    return !date.isBefore(h.sessionStart().minusDays(SESSION_SLACK_DAYS)) && !date.isAfter(h.sessionEnd().plusDays(SESSION_SLACK_DAYS));
  }

  private void checkEnding(ResolutionHeader header, ParagraphSegmenter.Segments segments, AdoptionText adoption)
      throws InputFault {
    ParagraphSegmenter.Draft last = segments.operative().get(segments.operative().size() - 1);
    String lastText = last.text().toString().stripTrailing();
    int lastLine = last.lines().get(last.lines().size() - 1).number();
    char end = lastText.isEmpty() ? ' ' : lastText.charAt(lastText.length() - 1);
    String which = last.number() != null ? "operative paragraph " + last.number() : "the last operative paragraph";
    if (adoption == null && ".;:»)".indexOf(end) < 0) {
      throw new InputFault(lastLine, "truncated: the text ends inside " + which + " (\""
          + tailOf(lastText) + "\")");
    }
    if (adoption == null && end != '.') {
      warn(lastLine, which + " ends with \"" + end + "\" and nothing follows: the text may be truncated");
    }
    if (header.kind() != DocumentKind.DRAFT_RESOLUTION && adoption == null) {
      warn(lastLine, "an adopted resolution without a record of adoption (meeting, date, vote)");
    }
  }

  private static String tailOf(String s) {
    return s.length() <= 40 ? s : "…" + s.substring(s.length() - 40);
  }

  private List<ParagraphText> paragraphs(List<ParagraphSegmenter.Draft> drafts, boolean preambular,
      FootnoteAttacher footnotes) {
    List<ParagraphText> out = new ArrayList<>();
    for (ParagraphSegmenter.Draft d : drafts) {
      OffsetText t = d.text();
      int ordinal = out.size() + 1;
      if (!preambular && d.number() != null && d.number() != ordinal) {
        warn(d.lines().get(0).number(), "operative paragraph numbered " + d.number() + " is the " + ordinal + "th");
      }
      if (preambular) {
        checkMerged(d);
      }
      out.add(new ParagraphText(preambular, ordinal, d.number(), profile.clauses().of(t, preambular), t,
          d.lines().get(0).number(), List.of(), footnotes.of(d, t), List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * A preambular paragraph ends with a comma: a line inside one that follows a comma and opens as an
   * opening the lexicon does not know ("Indigné par") may be a paragraph of its own, merged into the
   * one before, which shifts every later paragraph's number. Reported, not guessed.
   */
  private void checkMerged(ParagraphSegmenter.Draft d) {
    for (int i = 1; i < d.lines().size(); i++) {
      String before = d.lines().get(i - 1).text().toString().stripTrailing();
      TextLine line = d.lines().get(i);
      if (before.endsWith(",") && profile.clauses().possibleOpening(line.text())) {
        warn(line.number(), "after a comma, \"" + Diagnostic.excerpt(line.text().toString(), 40)
            + "\" may open a preambular paragraph of its own that the preamble merged into the one before");
      }
    }
  }

  private void warn(int line, String message) {
    diagnostics.add(Diagnostic.warning(file, line, message));
  }

  /** Ties footnotes to the paragraphs whose text holds their calls. */
  private static final class FootnoteAttacher {
    private final NormalizedText text;
    private final List<ParagraphSegmenter.Draft> all = new ArrayList<>();
    private final Set<Footnote> used = new HashSet<>();

    FootnoteAttacher(NormalizedText text, ParagraphSegmenter.Segments segments, List<AnnexSegmenter.Segment> annexes) {
      this.text = text;
      all.addAll(segments.preamble());
      all.addAll(segments.operative());
      annexes.forEach(a -> all.addAll(a.paragraphs()));
    }

    /** The footnotes a paragraph calls, each with where its call stands in the paragraph's text. */
    List<FootnoteText> of(ParagraphSegmenter.Draft d, OffsetText paragraph) {
      int start = d.lines().get(0).text().sourceStart();
      int end = d.lines().get(d.lines().size() - 1).text().sourceEnd();
      int next = nextStart(d);
      List<FootnoteText> found = new ArrayList<>();
      for (FootnoteMarker m : text.markers()) {
        if (m.sourcePosition() >= start && m.sourcePosition() <= Math.max(end, next - 1)) {
          for (Footnote f : text.footnotes()) {
            if (f.label().equals(m.label()) && used.add(f)) {
              found.add(new FootnoteText(f.label(), f.text(), f.line(), callIndex(paragraph, m.sourcePosition())));
            }
          }
        }
      }
      return List.copyOf(found);
    }

    /** The index in a paragraph's text of the first character at or after a source position. */
    private static int callIndex(OffsetText paragraph, int position) {
      for (int i = 0; i < paragraph.length(); i++) {
        if (paragraph.sourceIndex(i) >= position) {
          return i;
        }
      }
      return paragraph.length();
    }

    private int nextStart(ParagraphSegmenter.Draft d) {
      int i = all.indexOf(d);
      return i + 1 < all.size() ? all.get(i + 1).lines().get(0).text().sourceStart() : Integer.MAX_VALUE;
    }

    void reportUnattached(List<Diagnostic> diagnostics) {
      for (Footnote f : text.footnotes()) {
        if (!used.contains(f)) {
          diagnostics.add(Diagnostic.warning(text.source().fileName(), f.line(),
              "footnote " + f.label() + " is called from no paragraph; its citations are left out"));
        }
      }
    }
  }
}
