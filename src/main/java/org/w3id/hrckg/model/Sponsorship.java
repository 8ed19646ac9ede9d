package org.w3id.hrckg.model;

/**
 * A State on the sponsor list of a draft.
 *
 * @param iso3 the State's ISO 3166-1 alpha-3 code
 * @param councilMember false where the list marks the State with an asterisk, true where it could
 *     and does not; null where the list marks none (the UN's XML drops the asterisks)
 * @param additional whether the State joined the sponsors after the draft was issued
 * @param span where the name is in the source
 * @param name the name as written
 */
public record Sponsorship(String iso3, Boolean councilMember, boolean additional, SourceSpan span, String name) {}
