package org.w3id.hrckg.text;

/**
 * A footnote call in the running text ("»1,", "encontre2 ;", "<sup>1</sup>", a number alone on a
 * line), removed from the text; it ties the footnote to the paragraph around its source position.
 */
public record FootnoteMarker(String label, int sourcePosition) {}
