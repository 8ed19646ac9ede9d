package org.w3id.hrckg.akn;

import java.time.LocalDate;
import java.util.List;

/**
 * What the UN's Akoma Ntoso markup of a resolution says: the ground truth that texts rendered from
 * it are checked against.
 */
record AknResolution(
    String file,
    String symbol,
    int session,
    String sessionName,
    String sessionDates,
    Integer agendaItem,
    String agendaTitle,
    String issueDate,
    String adoptionNotice,
    String number,
    String title,
    List<Paragraph> preamble,
    List<Paragraph> operative,
    String meeting,
    Integer meetingNumber,
    LocalDate adoptionDate,
    String adoptionDateText,
    String voteText,
    boolean withoutVote,
    Integer inFavour,
    Integer against,
    Integer abstaining) {

  /** A run of text in a paragraph: plain or italic words, or a footnote call with its text. */
  record Piece(String text, boolean italic, String noteLabel, String noteText) {

    boolean isNote() {
      return noteLabel != null;
    }
  }

  /**
   * A paragraph: its number (operative) and its blocks, the first being the paragraph itself and
   * the others its lettered points ("a) ...").
   *
   * @param links the symbols of the UN documents its text links to (not its footnotes)
   */
  record Paragraph(String number, List<List<Piece>> blocks, List<String> links) {

    /** A section heading inside the operative part ("Suivi"): no number, no digits in front. */
    boolean heading() {
      if (number != null || blocks.isEmpty()) {
        return false;
      }
      String text = blocks.get(0).stream().filter(x -> !x.isNote()).map(Piece::text).reduce("", String::concat).strip();
      return !text.matches("^\\d.*") && text.length() < 80 && !text.matches(".*[.;:,]$");
    }
  }

  /** The operative paragraphs proper, without the section headings the markup counts among them. */
  List<Paragraph> numbered() {
    return operative.stream().filter(x -> !x.heading()).toList();
  }
}
