package org.w3id.hrckg.text;

import org.w3id.hrckg.source.OffsetText;

/**
 * The text of a footnote, with its label ("1", "2") and where it starts in the source.
 */
public record Footnote(String label, OffsetText text, int line) {}
