package org.w3id.hrckg.text;

import java.util.List;
import org.w3id.hrckg.source.SourceText;

/**
 * A source text after normalisation: the running text as clean lines, and apart from it the page
 * furniture, the footnotes and the positions of the footnote calls.
 */
public record NormalizedText(
    SourceText source,
    List<TextLine> lines,
    List<Furniture> furniture,
    List<Footnote> footnotes,
    List<FootnoteMarker> markers) {}
