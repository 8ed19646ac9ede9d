package org.w3id.hrckg.read;

import java.time.LocalDate;
import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * The record of adoption that closes an adopted resolution: meeting, date, and how it was adopted.
 * The lists of a recorded vote are kept as the source prints them (one running list, or one name
 * per entry in XML) for the extraction stage to resolve to States.
 *
 * @param meetingNumber "38e séance", "46th meeting" give 38, 46; or null
 * @param date the date of adoption, or null
 * @param withoutVote true without a vote, false by recorded vote, null when not said
 * @param inFavour votes in favour, or null
 * @param against votes against, or null
 * @param abstaining abstentions, or null
 * @param votedFor the States that voted in favour, as printed
 * @param votedAgainst the States that voted against
 * @param abstained the States that abstained
 * @param line the source line the record starts on
 */
public record AdoptionText(
    Integer meetingNumber,
    LocalDate date,
    Boolean withoutVote,
    Integer inFavour,
    Integer against,
    Integer abstaining,
    List<OffsetText> votedFor,
    List<OffsetText> votedAgainst,
    List<OffsetText> abstained,
    int line) {

  public AdoptionText {
    votedFor = List.copyOf(votedFor);
    votedAgainst = List.copyOf(votedAgainst);
    abstained = List.copyOf(abstained);
  }
}
