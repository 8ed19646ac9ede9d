package org.w3id.hrckg.structure;

import java.util.List;
import org.w3id.hrckg.text.Footnote;
import org.w3id.hrckg.text.OffsetText;

/**
 * One paragraph as segmentation finds it: its kind, its position, its clean text (without its
 * number) and the footnotes called from it.
 *
 * @param preambular true for a preambular paragraph, false for an operative one
 * @param ordinal 1-based position among the paragraphs of its kind
 * @param number the number printed before an operative paragraph, or null
 * @param openingPhrase the phrase the paragraph opens with
 * @param text the clean text, mapped to source positions
 * @param line the source line the paragraph starts on
 * @param footnotes the footnotes whose calls are in the paragraph
 */
public record ParagraphBlock(
    boolean preambular,
    int ordinal,
    Integer number,
    String openingPhrase,
    OffsetText text,
    int line,
    List<Footnote> footnotes) {}
