package org.w3id.hrckg.model;

import java.util.List;

/**
 * An annex of a parsed resolution: its title as written and its paragraphs, with the facts found
 * in them, in source order.
 *
 * @param ordinal 1-based position among the annexes of the resolution
 * @param title the title its heading gives, or null
 * @param paragraphs its paragraphs ({@link Paragraph#annex()} is {@code ordinal})
 */
public record Annex(int ordinal, String title, List<Paragraph> paragraphs) {

  public Annex {
    paragraphs = List.copyOf(paragraphs);
  }
}
