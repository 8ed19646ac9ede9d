package org.w3id.hrckg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Gazetteer#findAll} on a few names: whole words only, the longest name at a position, runs
 * of spaces and hyphens, combining marks the name does not have, apostrophe forms, and (where
 * asked) case and letter variants. Each found name is written {@code start-end:value}.
 */
class GazetteerTest {

  private static Gazetteer<String> names(boolean ignoreCase, boolean ignoreVariants) {
    return new Gazetteer<String>(ignoreCase, ignoreVariants)
        .add("Guinée", "GIN").add("Guinée-Bissau", "GNB").add("Nouvelle-Guinée", "PNG")
        .add("Côte d’Ivoire", "CIV").add("Pérou", "PER").add("Türkiye", "TUR").add("É", "E").add("8", "EIGHT")
        .add("Royaume-Uni de Grande-Bretagne", "GBR");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      false | false | la Guinée et la Guinée-Bissau                 | 3-9:GIN 16-29:GNB
      false | false | la Papouasie-Nouvelle-Guinée                  |
      false | false | la Nouvelle-Guinée, la Guinée -Bissau         | 3-18:PNG 23-37:GNB
      false | false | Côte d'Ivoire et Côte d’Ivoire                | 0-13:CIV 17-30:CIV
      false | false | Türki̇ye, Pérou, PÉROU, Perou                 | 0-8:TUR 10-15:PER
      true  | false | PÉROU et guinée-bissau                        | 0-5:PER 9-22:GNB
      true  | true  | PEROU, Perú et Pérou                          | 0-5:PER 15-20:PER
      false | false | É, Éa, 8, 88 et 8e                            | 0-1:E 7-8:EIGHT
      false | false | Royaume-Uni de Grande-\\nBretagne, Royaume-Uni  | 0-31:GBR
      false | false | Guinéen, Guinées, des Guinée                  | 22-28:GIN
      """)
  void findsTheNamesOfAText(boolean ignoreCase, boolean ignoreVariants, String text, String expected) {
    List<String> found = names(ignoreCase, ignoreVariants).findAll(text.replace("\\n", "\n")).stream()
        .map(m -> m.start() + "-" + m.end() + ":" + m.value()).toList();
    assertEquals(expected == null ? "" : expected, String.join(" ", found));
  }
}
