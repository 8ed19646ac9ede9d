package org.w3id.hrckg.read;

import org.w3id.hrckg.source.OffsetText;

/**
 * A footnote of a paragraph.
 *
 * @param label its label as printed ("1", "2", "*")
 * @param text its clean text, mapped to source positions
 * @param line the source line it starts on
 * @param call where its call stands in the paragraph's text (an index into it)
 */
public record FootnoteText(String label, OffsetText text, int line, int call) {}
