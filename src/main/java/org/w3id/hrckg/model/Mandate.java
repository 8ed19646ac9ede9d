package org.w3id.hrckg.model;


/**
 * A mandate that an operative paragraph establishes or extends ("Décide de proroger le mandat du
 * Rapporteur spécial sur ... pour une période d'un an").
 *
 * @param extension true when the paragraph extends (renews, prolongs) a mandate, false when it establishes one
 * @param holder the kind of mandate holder
 * @param name the holder's title as written ("Special Rapporteur on the situation of human rights in Afghanistan")
 * @param span where the name is in the source
 */
public record Mandate(boolean extension, MandateHolder holder, String name, SourceSpan span) {}
