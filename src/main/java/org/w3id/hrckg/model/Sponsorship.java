package org.w3id.hrckg.model;

/**
 * A State on the sponsor list of a draft.
 *
 * @param iso3 the State's ISO 3166-1 alpha-3 code
 * @param councilMember false where the list marks the State with an asterisk
 * @param span where the name is in the source
 * @param name the name as written
 */
public record Sponsorship(String iso3, boolean councilMember, SourceSpan span, String name) {}
