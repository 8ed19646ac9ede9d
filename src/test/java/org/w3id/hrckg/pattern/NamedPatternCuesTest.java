package org.w3id.hrckg.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cues of a pattern that ignores case let through every text in which the expression may match, in any case. */
class NamedPatternCuesTest {

  private static final NamedPattern ESTABLISH = NamedPattern.named("establish")
      .purpose("a verb in any case")
      .examples("Décide d’établir")
      .counterExamples("Décide de poursuivre")
      .ignoringCase()
      .cues("établir", "Nommer")
      .regex("\\b(?:établir|nommer)\\b");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Décide d’établir            | true  | the cue as written
      DÉCIDE D’ÉTABLIR            | true  | capitals, accented capital included
      Décide d’Établir            | true  | an accented capital first
      Décide de NOMMER            | true  | a cue declared with a capital, found in capitals
      Décide de nommer            | true  | and in lower case
      Décide de poursuivre        | false | no cue: not searched
      Décide d’etablir            | false | no accent: neither the cue nor the expression
      """)
  void foldedCueFound(String text, boolean may, String note) {
    assertEquals(may, ESTABLISH.mayOccurIn(text), note);
    assertEquals(ESTABLISH.matcher(text).find(), may, note + ": the expression agrees");
  }
}
