package org.w3id.hrckg.structure;

import java.util.List;
import java.util.Locale;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.source.SourceText;
import org.w3id.hrckg.text.Footnote;
import org.w3id.hrckg.text.FootnoteMarker;
import org.w3id.hrckg.text.Furniture;
import org.w3id.hrckg.text.NormalizedText;
import org.w3id.hrckg.text.TextLine;

/**
 * The ledger of where every letter and digit of a source went (issue 9, "never lose text
 * silently"): each is claimed by exactly one place, in this order: page furniture, footnotes and
 * their calls, paragraphs (with their numbers, an annex's included), headings (an annex's heading
 * and title included); then what lies before the first paragraph is the header's, and what lies
 * from the record of adoption to the first annex (or the end) is the adoption's. What no place claims is unplaced: text a reader lost, such as paragraphs a page
 * break cut off or an extraction moved into the footnotes. Punctuation, white space and markup
 * are not counted: their loss loses nothing.
 */
final class PlacementLedger {

  /** Unplaced letters and digits up to this many are counted, not reported (a stray label, a lost call). */
  static final int UNPLACED_ALLOWED = 20;
  /** A footnote longer than this (characters or source lines) is longer than a page of footnotes can be. */
  static final int PAGE_OF_FOOTNOTE_CHARACTERS = 4000;
  static final int PAGE_OF_LINES = 60;

  private enum Place { NONE, HEADER, PARAGRAPH, HEADING, FOOTNOTE, FURNITURE, ADOPTION }

  private final SourceText source;
  private final String text;
  private final Place[] owner;

  PlacementLedger(SourceText source) {
    this.source = source;
    this.text = source.text();
    this.owner = new Place[text.length()];
    java.util.Arrays.fill(owner, Place.NONE);
  }

  /** Claims the furniture, footnotes and calls a normalised text set apart. */
  void claimLayout(NormalizedText normalized) {
    for (Furniture f : normalized.furniture()) {
      claimLine(Place.FURNITURE, f.line().text());
    }
    for (Footnote f : normalized.footnotes()) {
      claimFrom(Place.FOOTNOTE, source.lines().startOf(source.lineOf(f.text().sourceStart())), f.text().sourceStart());
      claimCharacters(Place.FOOTNOTE, f.text());
      claimLabelBefore(Place.FOOTNOTE, f.text().sourceStart(), f.label());
    }
    for (FootnoteMarker m : normalized.markers()) {
      claimLabel(m);
    }
  }

  /** A paragraph's lines, and its number where extraction printed it apart (on the line before). */
  void claimParagraph(List<TextLine> lines, Integer number) {
    lines.forEach(l -> claimLine(Place.PARAGRAPH, l.text()));
    if (number != null && !lines.isEmpty()) {
      claimLabelBefore(Place.PARAGRAPH, lines.get(0).text().sourceStart(), number.toString());
    }
  }

  /** A label printed just before a position, white space and its stop between: "1." or a note's "2" on the line before. */
  private void claimLabelBefore(Place place, int position, String label) {
    int i = position - 1;
    while (i >= 0 && position - i < 16 && !Character.isLetterOrDigit(text.charAt(i))) {
      i--;
    }
    int end = i + 1;
    int start = end - label.length();
    if (start >= 0 && text.substring(start, end).equals(label)) {
      claimFrom(place, start, end);
    }
  }

  void claimHeading(TextLine line) {
    claimLine(Place.HEADING, line.text());
  }

  /**
   * Gives the header what lies before the body, and the adoption what lies from {@code adoptionStart}
   * to {@code adoptionEnd} (where the annexes start, or the end of the source); then counts.
   */
  Placement close(int bodyStart, int adoptionStart, int adoptionEnd) {
    claimFrom(Place.HEADER, 0, bodyStart);
    claimFrom(Place.ADOPTION, adoptionStart, adoptionEnd);
    int[] counts = new int[Place.values().length];
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        counts[owner[i].ordinal()]++;
      }
    }
    return new Placement(counts[Place.HEADER.ordinal()], counts[Place.PARAGRAPH.ordinal()], counts[Place.HEADING.ordinal()],
        counts[Place.FOOTNOTE.ordinal()], counts[Place.FURNITURE.ordinal()], counts[Place.ADOPTION.ordinal()],
        counts[Place.NONE.ordinal()]);
  }

  /** The error of a text that lost more than a few characters: where the first lost stretch starts, and what it says. */
  Diagnostic unplacedError(Placement placement) {
    if (placement.unplaced() <= UNPLACED_ALLOWED) {
      return null;
    }
    int first = 0;
    while (owner[first] != Place.NONE || !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    int line = source.lineOf(first);
    int end = line < source.lines().count() ? source.lines().startOf(line + 1) : text.length();
    String excerpt = Diagnostic.excerpt(text.substring(source.lines().startOf(line), end).strip(), 60);
    return Diagnostic.error(source.fileName(), line, String.format(Locale.ROOT,
        "incomplete: %d letters and digits from this line on are in no paragraph, footnote, header, page furniture"
            + " or record of adoption (the first on \"%s\"): the reader lost them; the document is left out",
        placement.unplaced(), excerpt));
  }

  /** The error of a footnote longer than a page: it swallowed running text. */
  static Diagnostic overlongFootnote(SourceText source, Footnote f) {
    int lines = source.lineOf(f.text().sourceEnd()) - f.line() + 1;
    if (f.text().length() <= PAGE_OF_FOOTNOTE_CHARACTERS && lines <= PAGE_OF_LINES) {
      return null;
    }
    return Diagnostic.error(source.fileName(), f.line(), String.format(Locale.ROOT,
        "incomplete: footnote %s runs over %d characters and %d lines, longer than a page of footnotes:"
            + " it holds running text; the document is left out", f.label(), f.text().length(), lines));
  }

  /** A line and what stands before it on its source line (indentation, a paragraph number, markup). */
  private void claimLine(Place place, OffsetText line) {
    if (!line.isEmpty()) {
      claimFrom(place, source.lines().startOf(source.lineOf(line.sourceStart())), line.sourceEnd());
    }
  }

  private void claimCharacters(Place place, OffsetText t) {
    for (int i = 0; i < t.length(); i++) {
      int at = t.sourceIndex(i);
      if (at < owner.length && owner[at] == Place.NONE && Character.isLetterOrDigit(t.charAt(i))) {
        owner[at] = place;
      }
    }
  }

  private void claimFrom(Place place, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, owner.length); i++) {
      if (owner[i] == Place.NONE) {
        owner[i] = place;
      }
    }
  }

  /** The digits of a footnote call, at or just after its position (after "<sup>" or "[^"). */
  private void claimLabel(FootnoteMarker m) {
    int k = 0;
    for (int i = m.sourcePosition(); i < Math.min(owner.length, m.sourcePosition() + 16) && k < m.label().length(); i++) {
      if (text.charAt(i) == m.label().charAt(k)) {
        if (owner[i] == Place.NONE) {
          owner[i] = Place.FOOTNOTE;
        }
        k++;
      }
    }
  }
}
