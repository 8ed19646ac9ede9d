package org.w3id.hrckg.structure;

import java.time.LocalDate;
import org.w3id.hrckg.text.OffsetText;

/**
 * The record of adoption that closes an adopted resolution: meeting, date, and how it was adopted.
 *
 * @param meetingNumber "38e séance" gives 38, or null
 * @param date the date under the meeting, or null
 * @param withoutVote true without a vote, false by recorded vote, null when not said
 * @param inFavour votes in favour, or null
 * @param against votes against, or null
 * @param abstaining abstentions, or null
 * @param votedFor the list of States that voted in favour, as printed, or null
 * @param votedAgainst the list of States that voted against, or null
 * @param abstained the list of States that abstained, or null
 */
public record AdoptionRecord(
    Integer meetingNumber,
    LocalDate date,
    Boolean withoutVote,
    Integer inFavour,
    Integer against,
    Integer abstaining,
    OffsetText votedFor,
    OffsetText votedAgainst,
    OffsetText abstained) {}
