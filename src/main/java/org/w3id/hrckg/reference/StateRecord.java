package org.w3id.hrckg.reference;

import java.util.List;
import java.util.Map;
import org.w3id.hrckg.model.Language;

/**
 * A State as the reference table knows it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the key of its IRI
 * @param names in each language, every name texts may use, the preferred one first
 */
public record StateRecord(String iso3, Map<Language, List<String>> names) {

  public StateRecord {
    names = Map.copyOf(names);
  }

  /** Its names in a language (empty when the reference table gives none). */
  public List<String> names(Language language) {
    return names.getOrDefault(language, List.of());
  }
}
