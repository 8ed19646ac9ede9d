package org.w3id.hrckg.model;

import java.time.LocalDate;

/**
 * One citation of one UN document in one paragraph.
 *
 * @param cited the cited document
 * @param statedDate the date the citing text gives the cited document, or null
 * @param dateShared whether that date is the one the text gives a later number of the same list
 *     ("5/1 et 5/2 du 18 juin 2007"), shared: the cross-document check weighs it below a stated one
 * @param pinpoint the part of the cited document meant ("paragraphes 3 et 4"), or null
 * @param function why it is cited
 * @param basis how its issuer was decided
 * @param inFootnote whether the citation is in a footnote of the paragraph
 * @param span where the citing phrase is in the source
 * @param phrase the citing phrase
 */
public record Citation(
    CitedDocument cited,
    LocalDate statedDate,
    boolean dateShared,
    String pinpoint,
    CitationFunction function,
    IssuerBasis basis,
    boolean inFootnote,
    SourceSpan span,
    String phrase) {}
