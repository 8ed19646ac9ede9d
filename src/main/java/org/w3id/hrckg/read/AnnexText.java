package org.w3id.hrckg.read;

import java.util.List;
import org.w3id.hrckg.source.OffsetText;

/**
 * An annex of a resolution as read (a declaration, a code, a draft covenant the resolution adopts or
 * transmits): its title and its paragraphs in the order the source gives them. An annex's paragraphs
 * are of no kind (neither preambular nor operative): their ordinal is their position in the annex,
 * their number the one printed before them, if any (annexes number their paragraphs afresh, by
 * article, or not at all).
 *
 * @param ordinal 1-based position among the annexes of the resolution
 * @param title the annex's title as its heading gives it, or null
 * @param line the source line the annex starts on
 * @param paragraphs its paragraphs, in source order
 */
public record AnnexText(int ordinal, OffsetText title, int line, List<ParagraphText> paragraphs) {

  public AnnexText {
    paragraphs = List.copyOf(paragraphs);
  }
}
