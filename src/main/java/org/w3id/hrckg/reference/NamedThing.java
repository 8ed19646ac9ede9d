package org.w3id.hrckg.reference;

import java.util.List;
import java.util.Map;
import org.w3id.hrckg.model.Language;

/**
 * A fund, a body or an agenda item as the reference data knows it: its notation and, in each
 * language, the names texts may use for it, the preferred one first.
 */
public record NamedThing(String notation, Map<Language, List<String>> names) {

  public NamedThing {
    names = Map.copyOf(names);
  }

  /** Its names in a language (empty when the reference data gives none). */
  public List<String> names(Language language) {
    return names.getOrDefault(language, List.of());
  }
}
