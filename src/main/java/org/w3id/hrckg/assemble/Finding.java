package org.w3id.hrckg.assemble;

/**
 * A disagreement the assembly found, for the quality report.
 *
 * @param kind what kind of disagreement
 * @param focus the IRI of the thing it concerns (a paragraph, a document)
 * @param file the file it was found in
 * @param message what disagrees, in English
 */
public record Finding(FindingKind kind, String focus, String file, String message) {}
