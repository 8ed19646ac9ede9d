package org.w3id.hrckg.reference;

import java.util.List;

/**
 * A State as the reference table knows it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the key of its IRI
 * @param frenchNames every French name texts may use, the preferred one first
 * @param englishNames its English names, which French texts sometimes leave in lists
 */
public record StateRecord(String iso3, List<String> frenchNames, List<String> englishNames) {}
