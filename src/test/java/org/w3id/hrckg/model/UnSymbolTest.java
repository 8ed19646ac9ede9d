package org.w3id.hrckg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UN symbols parsed and printed in one place: each row a symbol as written and what its parts say. */
class UnSymbolTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // symbol               | series | resolution | decision | draft | session | special | revision | addendum
      "A/HRC/RES/45/32        | A      | true       | false    | false | 45      | false   | 0        | 0",
      "A/HRC/DEC/25/116       | A      | false      | true     | false | 25      | false   | 0        | 0",
      "A/HRC/51/L.15/Rev.1    | A      | false      | false    | true  | 51      | false   | 1        | 0",
      "A/RES/60/251           | A      | true       | false    | false | 60      | false   | 0        | 0",
      "E/CN.4/RES/2005/74     | E      | true       | false    | false | -       | false   | 0        | 0",
      "S/RES/2334 (2016)      | S      | true       | false    | false | -       | false   | 0        | 0",
      "A/HRC/RES/S-34/1       | A      | true       | false    | false | 34      | true    | 0        | 0",
      "A/RES/ES-10/19         | A      | true       | false    | false | 10      | true    | 0        | 0",
      "A/HRC/54/25/Add.2      | A      | false      | false    | false | 54      | false   | 0        | 2",
      "A/RES/217 A (III)      | A      | true       | false    | false | -       | false   | 0        | 0",
      "A/RES/75/257 B         | A      | true       | false    | false | 75      | false   | 0        | 0",
      "CEDAW/C/PRK/CO/2-4     | CEDAW  | false      | false    | false | -       | false   | 0        | 0",
      "S/2023/856             | S      | false      | false    | false | -       | false   | 0        | 0",
      "E/CN.4/2005/L.10/Add.17| E      | false      | false    | true  | -       | false   | 0        | 17"})
  void readsWhatTheSymbolSays(String text, String series, boolean resolution, boolean decision, boolean draft, Integer session,
      boolean special, int revision, int addendum) {
    UnSymbol s = UnSymbol.of(text);
    assertEquals(text, s.toString(), "printed as written");
    assertEquals(series, s.series());
    assertEquals(resolution, s.isResolution());
    assertEquals(decision, s.isDecision());
    assertEquals(draft, s.isDraft());
    assertEquals(Optional.ofNullable(session), s.session());
    assertEquals(special, s.specialSession());
    assertEquals(revision, s.revision());
    assertEquals(addendum, s.addendum());
  }

  @Test
  void aJointDocumentKeepsBothSymbols() {
    UnSymbol joint = UnSymbol.of("A/76/871-S/2022/493");
    assertEquals("A/76/871", String.join("/", joint.parts()));
    assertEquals("S/2022/493", joint.joint().toString());
    assertEquals("A/76/871-S/2022/493", joint.toString());
  }

  @Test
  void anAddendumIsAddedOrReplaced() {
    assertEquals("A/HRC/54/25/Add.1", UnSymbol.of("A/HRC/54/25").withAddendum(1).toString());
    assertEquals("A/HRC/54/25/Add.3", UnSymbol.of("A/HRC/54/25/Add.2").withAddendum(3).toString());
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"la résolution 60/251", "A/HRC/", "A/B", "60/251", "http://undocs.org/A/HRC/24/56", " "})
  void whatIsNotASymbolIsRefused(String text) {
    assertTrue(UnSymbol.parse(text).isEmpty(), text);
  }
}
