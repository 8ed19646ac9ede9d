package org.w3id.hrckg.lang;

import java.util.List;
import java.util.Optional;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Language;

/**
 * The language profiles there are. A language without a profile (Spanish, Russian, Arabic and
 * Chinese, for now) is read only from structured input (Akoma Ntoso), and no facts are extracted
 * from its texts; they come from the French and English versions of the same resolution.
 */
public final class Profiles {

  private static final List<LanguageProfile> ALL = List.of(FrenchProfile.INSTANCE, EnglishProfile.INSTANCE);

  private Profiles() {}

  /** The profile of a language, if it has one. */
  public static Optional<LanguageProfile> of(Language language) {
    return ALL.stream().filter(p -> p.language() == language).findFirst();
  }

  /** Every profile. */
  public static List<LanguageProfile> all() {
    return ALL;
  }
}
