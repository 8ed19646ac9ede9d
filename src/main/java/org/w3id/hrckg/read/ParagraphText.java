package org.w3id.hrckg.read;

import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * One paragraph of a resolution as read: its kind and position, its clean text (with its
 * sub-paragraphs, without its number or footnote calls), the footnotes it calls and the
 * hyperlinks the source gives in it.
 *
 * @param preambular true for a preambular paragraph, false for an operative one
 * @param ordinal 1-based position among the paragraphs of its kind
 * @param number the number printed before an operative paragraph, or null
 * @param openingPhrase the phrase it opens with when the source marks it (an italic span, an Akoma
 *     Ntoso container name), or null for the language profile to find
 * @param text the clean text, mapped to source positions
 * @param line the source line it starts on
 * @param subParagraphs its lettered sub-paragraphs, as ranges of {@code text}
 * @param footnotes the footnotes it calls, in order
 * @param links the hyperlinks the source attaches to its text and footnotes
 */
public record ParagraphText(
    boolean preambular,
    int ordinal,
    Integer number,
    String openingPhrase,
    OffsetText text,
    int line,
    List<SubParagraph> subParagraphs,
    List<FootnoteText> footnotes,
    List<Link> links) {

  public ParagraphText {
    subParagraphs = List.copyOf(subParagraphs);
    footnotes = List.copyOf(footnotes);
    links = List.copyOf(links);
  }

  /** A lettered sub-paragraph: its label ("a", "i") and where it lies in the paragraph's text. */
  public record SubParagraph(String label, int start, int end) {}
}
