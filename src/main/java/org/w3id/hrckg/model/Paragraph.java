package org.w3id.hrckg.model;

import java.util.List;

/**
 * A paragraph of a parsed resolution with the facts found in it.
 *
 * @param preambular true for a preambular paragraph, false for an operative one
 * @param ordinal 1-based position among paragraphs of its kind
 * @param text the clean text
 * @param openingPhrase the phrase the paragraph opens with
 * @param span where the paragraph is in the source
 * @param mandates the mandates an operative paragraph establishes or extends
 * @param links the documents the source links from the paragraph and its footnotes (evidence only)
 */
public record Paragraph(
    boolean preambular,
    int ordinal,
    String text,
    String openingPhrase,
    SourceSpan span,
    List<Citation> citations,
    List<Mention> mentions,
    List<MandatedOutput> outputs,
    List<Mandate> mandates,
    List<String> links) {}
