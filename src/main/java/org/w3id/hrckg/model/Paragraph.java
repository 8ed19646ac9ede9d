package org.w3id.hrckg.model;

import java.util.List;

/**
 * A paragraph of a parsed resolution with the facts found in it.
 *
 * @param preambular true for a preambular paragraph, false for an operative one (or one of an annex)
 * @param ordinal 1-based position among paragraphs of its kind (in its annex, for a paragraph of an annex)
 * @param text the clean text
 * @param openingPhrase the phrase the paragraph opens with
 * @param span where the paragraph is in the source
 * @param mandates the mandates an operative paragraph establishes or extends
 * @param links the documents the source links from the paragraph and its footnotes (evidence only)
 * @param annex the 1-based number of the annex it is a paragraph of, or 0 for the resolution's own paragraphs
 * @param number the number printed before a paragraph of an annex, or null
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
    List<String> links,
    int annex,
    Integer number) {

  /** A paragraph of the resolution itself (preambular or operative). */
  public Paragraph(boolean preambular, int ordinal, String text, String openingPhrase, SourceSpan span, List<Citation> citations,
      List<Mention> mentions, List<MandatedOutput> outputs, List<Mandate> mandates, List<String> links) {
    this(preambular, ordinal, text, openingPhrase, span, citations, mentions, outputs, mandates, links, 0, null);
  }

  /** The same paragraph as the {@code ordinal}-th of the {@code annex}-th annex, with the number printed before it. */
  public Paragraph inAnnex(int annex, Integer number) {
    return new Paragraph(false, ordinal, text, openingPhrase, span, citations, mentions, outputs, mandates, links, annex, number);
  }
}
