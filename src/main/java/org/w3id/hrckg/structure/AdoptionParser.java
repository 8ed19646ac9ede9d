package org.w3id.hrckg.structure;

import java.util.List;
import java.util.regex.Matcher;
import org.w3id.hrckg.french.FrenchDates;
import org.w3id.hrckg.french.FrenchNumbers;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.TextLine;

/**
 * Reads the record of adoption at the end of an adopted resolution: "38e séance / 7 octobre 2020 /
 * [Adoptée sans vote.]", or a recorded vote with its counts and the lists of how States voted.
 */
final class AdoptionParser {

  private AdoptionParser() {}

  /** The record of adoption in the lines after the last paragraph, or null when there is none. */
  static AdoptionText parse(List<TextLine> tail) {
    if (tail.isEmpty()) {
      return null;
    }
    OffsetText text = OffsetText.join(tail.stream().map(TextLine::text).toList(), " ");
    Matcher meeting = StructurePatterns.MEETING.matcher(text);
    Integer meetingNumber = null;
    java.time.LocalDate date = null;
    if (meeting.find()) {
      meetingNumber = Integer.valueOf(meeting.group("n"));
      Matcher d = FrenchDates.FULL_DATE.matcher(text.subSequence(meeting.end()));
      if (d.find() && d.start() < 4) {
        date = FrenchDates.toDate(d, null).orElse(null);
      }
    }
    Boolean withoutVote = null;
    Integer inFavour = null;
    Integer against = null;
    Integer abstaining = null;
    Matcher recorded = StructurePatterns.RECORDED_VOTE.matcher(text);
    if (StructurePatterns.WITHOUT_VOTE.foundIn(text)) {
      withoutVote = true;
    } else if (recorded.find()) {
      withoutVote = false;
      inFavour = count(recorded.group("for"));
      against = count(recorded.group("against"));
      abstaining = recorded.group("abstaining") != null ? count(recorded.group("abstaining")) : Integer.valueOf(0);
    }
    if (meetingNumber == null && withoutVote == null) {
      return null;
    }
    return new AdoptionText(meetingNumber, date, withoutVote, inFavour, against, abstaining,
        list(text, "pour"), list(text, "contre"), list(text, "abstenus"), tail.get(0).number());
  }

  private static Integer count(String words) {
    String w = words.strip();
    if (w.equalsIgnoreCase("zéro") || w.equalsIgnoreCase("zero")) {
      return 0;
    }
    return FrenchNumbers.cardinal(w).orElse(null);
  }

  /** The list of States after one of the headings of a recorded vote, up to the next heading (empty when none). */
  private static List<OffsetText> list(OffsetText text, String choiceWord) {
    Matcher m = StructurePatterns.VOTE_LIST.matcher(text);
    while (m.find()) {
      if (m.group("choice").endsWith(choiceWord)) {
        int start = m.end();
        Matcher next = StructurePatterns.VOTE_LIST.matcher(text);
        int end = next.find(start) ? next.start() : text.length();
        OffsetText list = text.subSequence(start, end).strip();
        int bracket = list.toString().indexOf(']');
        return List.of(bracket >= 0 ? list.subSequence(0, bracket).strip() : list);
      }
    }
    return List.of();
  }
}
