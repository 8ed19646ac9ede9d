package org.w3id.hrckg.read;

/**
 * A concept a file classifies the resolution under.
 *
 * @param iri the concept's published IRI (http://metadata.un.org/thesaurus/1002975,
 *     http://metadata.un.org/sdg/16, http://eurovoc.europa.eu/...)
 * @param label its label as the file gives it, or null
 * @param scheme the vocabulary it belongs to ("UNBIS Thesaurus", "SDG", "EuroVoc")
 */
public record Subject(String iri, String label, String scheme) {}
