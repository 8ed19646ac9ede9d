package org.w3id.hrckg.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in which resolutions are published. */
public enum Language {
  FRENCH("fr", "fra"),
  ENGLISH("en", "eng"),
  SPANISH("es", "spa"),
  RUSSIAN("ru", "rus"),
  ARABIC("ar", "ara"),
  CHINESE("zh", "zho");

  private final String code;
  private final String code3;

  Language(String code, String code3) {
    this.code = code;
    this.code3 = code3;
  }

  /** The ISO 639-1 code: the language tag of literals and the last segment of expression IRIs. */
  public String code() {
    return code;
  }

  /** The ISO 639-2/T code, as Akoma Ntoso's FRBRlanguage writes it. */
  public String code3() {
    return code3;
  }

  /** The language an ISO 639-1 or 639-2 code names (case does not matter), if it is one of the six. */
  public static Optional<Language> ofCode(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(c) || l.code3.equals(c) || ("fre".equals(c) && l == FRENCH)
        || ("chi".equals(c) && l == CHINESE)).findFirst();
  }
}
