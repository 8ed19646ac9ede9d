package org.w3id.hrckg.model;

import java.util.Locale;

/**
 * Where the text of a source went: how many of its letters and digits a reader placed in the
 * header, the paragraphs (an annex's included), the headings (of the operative part and of the
 * annexes), the footnotes, the page furniture and the record of adoption, and how many it placed nowhere.
 * Every letter and digit of a source is counted once; the build summary prints these figures
 * for every file, and text placed nowhere beyond a few characters makes the document incomplete.
 *
 * @param unplaced letters and digits in no place: text the reader lost
 */
public record Placement(int header, int paragraphs, int headings, int footnotes, int furniture, int adoption, int unplaced) {

  /** The placement of a source whose reader keeps no ledger (its structure is its markup's). */
  public static final Placement UNKNOWN = new Placement(-1, -1, -1, -1, -1, -1, -1);

  /** Whether the reader kept a ledger of this source. */
  public boolean known() {
    return unplaced >= 0;
  }

  /** Every letter and digit the source holds. */
  public int total() {
    return header + paragraphs + headings + footnotes + furniture + adoption + unplaced;
  }

  @Override
  public String toString() {
    if (!known()) {
      return "placement not counted";
    }
    return String.format(Locale.ROOT, "header %d, paragraphs %d, headings %d, footnotes %d, furniture %d, adoption %d, unplaced %d",
        header, paragraphs, headings, footnotes, furniture, adoption, unplaced);
  }
}
