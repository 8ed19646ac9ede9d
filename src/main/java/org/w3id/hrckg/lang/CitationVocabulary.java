package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language's texts cite resolutions, decisions and documents. The citation scanner applies
 * the patterns one after another at a position ({@code lookingAt}, with {@code ^} at the
 * position), or looking back from one ({@code $} at the position), the way one reads "les
 * résolutions de l’Assemblée générale 48/141 du 20 décembre 1993, 60/251 du 15 mars 2006 et ses
 * propres résolutions 5/1..." or "General Assembly resolutions 48/141 of 20 December 1993 and
 * 60/251 of 15 March 2006 and its own resolutions 5/1...". Organ groups follow {@link Organs}.
 *
 * @param anchor the word that introduces numbers; group {@code decision} where it is a decision
 * @param determiner looking back from the anchor: group {@code det}, the determiner; {@code qualifier}
 * @param possessive the determiners that point to a subject (matched against group {@code det} whole)
 * @param issuerBefore looking back from the anchor (or its determiner): the organ named before the
 *     resolution word ("General Assembly resolution"), or null where the language names it only after;
 *     a match in which no organ group takes part names a body outside the UN ("United Nations
 *     Environment Assembly resolution 5/14"), whose numbers are then no UN documents
 * @param issuerOf at a position after the anchor or the numbers: the organ whose acts they are
 * @param otherIssuer at a position: an issuer outside the UN, whose acts are not UN documents
 * @param statedDate at a position after a number: the date the text gives it (date groups of the
 *     calendar; group {@code both} for "toutes deux du", "both of")
 * @param descriptor at a position after a number: the start of what a list says of it before its next number
 * @param topic at a position after the anchor: a subject whose numbers follow in parentheses
 * @param listConnector at a position: what joins the numbers of one list
 * @param conjunction at a position: the word "and" of the language with its spaces (" et ", " and ")
 * @param pinpoint looking back from the anchor: the part of the resolution meant; group {@code pin}
 * @param subjectBefore looking back from the determiner: the organ that is the subject of a possessive
 * @param possessiveLead looking back from the determiner: the preposition before a possessive
 *     ("dans sa résolution", "in its resolution") after which the subject may follow the numbers
 * @param subjectAfter at the end of a list: the organ named as subject after it (", l’Assemblée a...")
 * @param relativeSubject at the end of a list: the organ of a relative clause after it ("par laquelle l’Assemblée")
 * @param addenda at the end of a document symbol: its addenda written without repeating it ("A/HRC/54/25
 *     et Add.1 et 2", "and Add.1-3"); group {@code first}, the first number, and {@code more}, the rest
 *     (numbers joined by commas and the words "and", "to" or hyphens of ranges)
 * @param cues the resource, beside the profile's class, of the governing verbs that tell why a
 *     document is cited (see the French {@code citation-cues.tsv} for its columns)
 * @param cueAdverbs the adverbs that may stand between the words of a cue ("prend également acte")
 * @param clauseStart looking back from a cue that is also a noun: the start of a clause it must follow
 */
public record CitationVocabulary(
    NamedPattern anchor,
    NamedPattern determiner,
    NamedPattern possessive,
    NamedPattern issuerBefore,
    NamedPattern issuerOf,
    NamedPattern otherIssuer,
    NamedPattern statedDate,
    NamedPattern descriptor,
    NamedPattern topic,
    NamedPattern listConnector,
    NamedPattern conjunction,
    NamedPattern pinpoint,
    NamedPattern subjectBefore,
    NamedPattern possessiveLead,
    NamedPattern subjectAfter,
    NamedPattern relativeSubject,
    NamedPattern addenda,
    CueLexicon cues,
    String cueAdverbs,
    NamedPattern clauseStart) {}
