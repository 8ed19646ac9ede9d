package org.w3id.hrckg.model;

import java.io.Serializable;
/**
 * An output that an operative paragraph mandates.
 *
 * @param kind report, panel discussion, intersessional meeting, consultation...
 * @param dueSession the Council session at or before which it is due, or null
 * @param actor the notation of the body asked to deliver it, or null
 * @param actorName the actor as the text names it, or null
 * @param quantity how many, where the text says, or null
 * @param theme the theme or subject as stated, or null
 * @param span where the mandating phrase is in the source
 * @param phrase the phrase that names the output
 */
public record MandatedOutput(
    OutputKind kind,
    Integer dueSession,
    String actor,
    String actorName,
    Integer quantity,
    String theme,
    SourceSpan span,
    String phrase) implements Serializable {}
