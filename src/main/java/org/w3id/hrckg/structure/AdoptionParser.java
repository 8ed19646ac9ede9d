package org.w3id.hrckg.structure;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.StructureVocabulary;
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
  /**
   * @param warnings told what the record says oddly (a misspelt word of a vote summary), with its line
   */
  static AdoptionText parse(List<TextLine> tail, LanguageProfile profile, BiConsumer<Integer, String> warnings) {
    StructureVocabulary words = profile.structure();
    if (tail.isEmpty()) {
      return null;
    }
    OffsetText text = LineJoiner.join(tail.stream().map(TextLine::text).toList());
    Matcher meeting = words.meeting().matcher(text);
    Integer meetingNumber = null;
    java.time.LocalDate date = null;
    if (meeting.find()) {
      meetingNumber = Integer.valueOf(meeting.group("n"));
      Matcher d = profile.calendar().fullDate().matcher(text.subSequence(meeting.end()));
      if (d.find() && d.start() < 4) {
        date = profile.calendar().toDate(d, null).orElse(null);
      }
    }
    Boolean withoutVote = null;
    Integer inFavour = null;
    Integer against = null;
    Integer abstaining = null;
    Matcher recorded = words.recordedVote().matcher(text);
    if (words.withoutVote().foundIn(text)) {
      withoutVote = true;
    } else if (recorded.find()) {
      withoutVote = false;
      inFavour = count(recorded.group("for"), profile);
      against = count(recorded.group("against"), profile);
      abstaining = recorded.group("abstaining") != null ? count(recorded.group("abstaining"), profile) : Integer.valueOf(0);
      String word = recorded.group("abstentionWord");
      if (word != null && !words.abstentionWord().matchesAll(word.toLowerCase(Locale.ROOT))) {
        warnings.accept(tail.get(0).number(), "the vote summary spells \"" + word + "\"; its count, "
            + abstaining + ", is read as the abstentions");
      }
    }
    if (meetingNumber == null && withoutVote == null) {
      return null;
    }
    return new AdoptionText(meetingNumber, date, withoutVote, inFavour, against, abstaining,
        list(text, "inFavour", words), list(text, "against", words), list(text, "abstaining", words), tail.get(0).number());
  }

  private static Integer count(String words, LanguageProfile profile) {
    String w = words.strip();
    if (profile.structure().zero().matchesAll(w)) {
      return 0;
    }
    return profile.calendar().cardinal(w).orElse(null);
  }

  /** The list of States after the heading of a recorded vote's choice (a group of the vote-list pattern), up to the next heading; empty when none. */
  private static List<OffsetText> list(OffsetText text, String choice, StructureVocabulary words) {
    Matcher m = words.voteList().matcher(text);
    while (m.find()) {
      if (m.group(choice) != null) {
        int start = m.end();
        Matcher next = words.voteList().matcher(text);
        int end = next.find(start) ? next.start() : text.length();
        OffsetText list = text.subSequence(start, end).strip();
        int bracket = list.toString().indexOf(']');
        return List.of(bracket >= 0 ? list.subSequence(0, bracket).strip() : list);
      }
    }
    return List.of();
  }
}
