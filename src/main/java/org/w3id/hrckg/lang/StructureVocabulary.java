package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language's resolutions are laid out: the header lines before the enacting formula, the
 * formula itself, and the record of adoption at the end.
 *
 * @param enactingFormula the formula that opens the preamble, at the start of a line, with an organ group
 *     ({@link Organs}) for the organ it names
 * @param organLine the name of an organ alone on a header line
 * @param session the session line; group {@code ordinal} (in words), group {@code special} for a special session
 * @param sessionDates the dates of the session; groups {@code d1 m1 y1} (year optional) and {@code d2 m2 y2}
 * @param agendaItem the agenda item line; group {@code items} for the numbers
 * @param listSeparator what separates numbers in a short list ("2 et 3", "2 and 3")
 * @param draftNotice the words that make a text a draft ("projet de résolution"); group {@code kind}
 *     matching {@code decisionWord} for a draft decision
 * @param adoptionNotice the words that make a text adopted; group {@code kind} (a decision where it
 *     matches {@code decisionWord}), and the date groups of {@link Calendar#dateRegex()} where printed
 * @param decisionWord the word for a decision, matched against the {@code kind} groups
 * @param meeting the meeting of adoption ("38e séance", "46th meeting"); group {@code n}
 * @param withoutVote the notice of adoption without a vote
 * @param recordedVote the notice of a recorded vote; groups {@code for}, {@code against} and an optional
 *     {@code abstaining} (counts in figures or words), with {@code abstentionWord} the word after it as
 *     printed, misspellings included ("12 absentions": the count is read, the spelling reported)
 * @param abstentionWord the word for abstentions, correctly spelt (matched whole)
 * @param voteList the heading of a list of a recorded vote; one of the groups {@code inFavour},
 *     {@code against}, {@code abstaining}
 * @param adoptionStart what a line of the record of adoption may start with ("[Adopté", "[Adopted")
 * @param annex the heading of an annex, after which the text is the annex's, no longer the resolution's paragraphs
 * @param treatyFormula the words that close the preamble of a treaty an annex holds ("Sont convenus de ce qui suit :")
 * @param openLineEnd a word a line ends with only where its sentence goes on ("de", "the"): such a line is no heading
 * @param zero the word for none in vote counts ("zéro", "none")
 */
public record StructureVocabulary(
    NamedPattern enactingFormula,
    NamedPattern organLine,
    NamedPattern session,
    NamedPattern sessionDates,
    NamedPattern agendaItem,
    NamedPattern listSeparator,
    NamedPattern draftNotice,
    NamedPattern adoptionNotice,
    NamedPattern decisionWord,
    NamedPattern meeting,
    NamedPattern withoutVote,
    NamedPattern recordedVote,
    NamedPattern abstentionWord,
    NamedPattern voteList,
    NamedPattern adoptionStart,
    NamedPattern annex,
    NamedPattern treatyFormula,
    NamedPattern openLineEnd,
    NamedPattern zero) {}
