package org.w3id.hrckg.akn;

import java.time.LocalDate;
import java.util.List;

/**
 * What the UN's Akoma Ntoso markup of a resolution says: the ground truth that texts rendered from
 * it are checked against.
 *
 * @param language the language of the text as the markup's {@code FRBRlanguage} gives it ("fra", "eng")
 * @param formula the enacting formula ("The Human Rights Council,"), italic words marked
 * @param voteLines the record of the vote as the markup breaks it into lines: the summary, then
 *     each group of States with its heading ("In favour:", then the list)
 * @param annex the paragraphs of the annexes the markup attaches, in order, their headings ("Annex",
 *     the title, "Article 4 ...") among them; empty where there is none
 */
public record AknResolution(
    String file,
    String language,
    Cover cover,
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
    List<Piece> formula,
    List<Paragraph> preamble,
    List<Paragraph> operative,
    String meeting,
    Integer meetingNumber,
    LocalDate adoptionDate,
    String adoptionDateText,
    String voteText,
    List<String> voteLines,
    boolean withoutVote,
    Integer inFavour,
    Integer against,
    Integer abstaining,
    List<AnnexParagraph> annex) {

  public AknResolution {
    annex = List.copyOf(annex);
  }

  /**
   * The words of the cover page that the other fields do not keep, as the markup writes them.
   *
   * @param publisher "United Nations"
   * @param organ the issuing organ, "General Assembly"
   * @param distribution "Distr.: General"
   * @param originalLanguage "Original: English"
   * @param expressionLanguage the language of this text where the cover names it ("Français"), or null
   * @param body the subsidiary body, "Human Rights Council"
   * @param sessionStart the first day of the session as written ("11 September"), or null
   * @param sessionEnd the last day of the session as written ("13 October 2023"), or null
   * @param agendaLine the agenda item as written ("Agenda item 3"), or null
   * @param issued the date of issue
   */
  public record Cover(String publisher, String organ, String distribution, String originalLanguage,
      String expressionLanguage, String body, String sessionStart, String sessionEnd, String agendaLine,
      LocalDate issued) {}

  /** A run of text in a paragraph: plain or italic words, or a footnote call with its text. */
  public record Piece(String text, boolean italic, String noteLabel, String noteText) {

    public boolean isNote() {
      return noteLabel != null;
    }
  }

  /**
   * A paragraph: its number (operative) and its blocks, the first being the paragraph itself and
   * the others its lettered points ("a) ...").
   *
   * @param links the symbols of the UN documents its text links to (not its footnotes)
   */
  public record Paragraph(String number, List<List<Piece>> blocks, List<String> links) {

    /** A section heading inside the operative part ("Suivi"): no number, no digits in front. */
    public boolean heading() {
      if (number != null || blocks.isEmpty()) {
        return false;
      }
      String text = blocks.get(0).stream().filter(x -> !x.isNote()).map(Piece::text).reduce("", String::concat).strip();
      return !text.matches("^\\d.*") && text.length() < 80 && !text.matches(".*[.;:,]$");
    }
  }

  /**
   * A paragraph of an annex as the markup gives it: a heading where the markup's class says so
   * ("HChG", "H1G": the UN's heading styles) and no number, else a paragraph, with its number where it has one.
   */
  public record AnnexParagraph(boolean heading, Paragraph paragraph) {}

  /** The operative paragraphs proper, without the section headings the markup counts among them. */
  public List<Paragraph> numbered() {
    return operative.stream().filter(x -> !x.heading()).toList();
  }
}
