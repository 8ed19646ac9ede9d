package org.w3id.hrckg.read;

/**
 * The identifiers a file declares for what it holds, in FRBR terms (Akoma Ntoso's
 * {@code FRBRWork}, {@code FRBRExpression}, {@code FRBRManifestation}).
 *
 * @param work the work's identifier, as the file writes it
 * @param expression the language version's identifier
 * @param manifestation the file's own identifier
 */
public record Identification(String work, String expression, String manifestation) {}
