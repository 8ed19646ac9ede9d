package org.w3id.hrckg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The invariant of issue 9, "never lose text silently": in a whole text every letter and digit is
 * in one place and nothing is unplaced; each way text can go missing gives an error naming the
 * file and the line, and the document is left out as incomplete.
 */
class CompletenessTest {

  /** A resolution as a PDF extraction gives it: two pages, their furniture, a footnote under a rule. */
  static final String WHOLE = """
      Nations Unies A/HRC/RES/99/1
      Assemblée générale Distr. générale
      12 octobre 2099
      Français
      Original : anglais
      Conseil des droits de l’homme
      Quatre-vingt-dix-neuvième session
      Point 3 de l’ordre du jour
      Résolution adoptée par le Conseil des droits de l’homme le 10 octobre 2099
      99/1. Droit à l’éducation
      Le Conseil des droits de l’homme,
      Rappelant sa résolution 8/4 du 18 juin 2008 et toutes ses résolutions antérieures sur le
      droit à l’éducation,
      Prenant note du rapport de la Rapporteuse spéciale sur le droit à l’éducation1,
      1. Réaffirme le droit de toute personne à l’éducation ;
      2. Prie les États de garantir l’accès de tous à une éducation de qualité ;
      3. Invite les États à redoubler d’efforts pour que le droit à l’éducation soit réalisé
      sans discrimination ;
      4. Prie la Rapporteuse spéciale de lui présenter un rapport à sa cent unième session ;
      __________________
      1 A/HRC/98/25.
      GE.99-12345(F)
      2 GE.99-12345(F)
      A/HRC/RES/99/1
      5. Encourage les organismes des Nations Unies à soutenir les efforts des États ;
      6. Demande aux États de prendre des mesures pour éliminer les obstacles à l’éducation ;
      7. Décide de poursuivre l’examen de la question au titre du même point de l’ordre du jour.
      45e séance
      10 octobre 2099
      [Adoptée sans vote.]
      """;

  @Test
  void aWholeTextPlacesEveryLetterAndDigit() {
    DocumentParser.Outcome outcome = DocumentParser.parse("whole.txt", WHOLE.getBytes(StandardCharsets.UTF_8));
    assertTrue(outcome.parsed(), outcome.diagnostics().toString());
    Placement placed = outcome.document().source().placement();
    assertEquals(0, placed.unplaced(), placed.toString());
    assertEquals(WHOLE.chars().filter(Character::isLetterOrDigit).count(), placed.total(), "every letter and digit counted once");
    assertTrue(placed.footnotes() > 0 && placed.furniture() > 0 && placed.adoption() > 0 && placed.header() > 0, placed.toString());
    assertEquals(7, outcome.document().operative().size());
  }

  static Stream<Arguments> losses() {
    return Stream.of(
        Arguments.of("a footnote without a final stop, the page's footer lost, swallows the paragraphs after it",
            WHOLE.replace("1 A/HRC/98/25.", "1 Voir le rapport A/HRC/98/25 (en anglais)")
                .replace("GE.99-12345(F)\n2 GE.99-12345(F)\nA/HRC/RES/99/1\n", "")
                .replace("5. Encourage les organismes des Nations Unies",
                    "5. Encourage les organismes des Nations Unies" + "\net les institutions spécialisées, les fonds et programmes".repeat(70)),
            21, "incomplete: footnote 1 runs over"),
        Arguments.of("a page break inside a paragraph number (\"1\" at the foot of a page, \"2. Prie\" on the next)",
            WHOLE.replace("3. Invite", "1\n2 GE.99-12345(F)\nA/HRC/RES/99/1\n2. Invite"),
            20, "incomplete: operative paragraph 2 again, where 3 was next"),
        Arguments.of("a page lost by the extraction: its paragraphs cut from the text, the next page's kept",
            WHOLE.replace("5. Encourage les organismes des Nations Unies à soutenir les efforts des États ;\n", ""),
            25, "incomplete: operative paragraph 6 where 5 was next: paragraph 5 is missing"),
        Arguments.of("a footnote area read as running text, the paragraphs after it taken for what follows the text",
            WHOLE.replace("__________________\n1 A/HRC/98/25.\n", "A/HRC/98/25.\nVoir aussi A/HRC/97/1.\n"),
            21, "incomplete: 221 letters and digits from this line on are in no paragraph"),
        Arguments.of("a footnote longer than a page",
            WHOLE.replace("1 A/HRC/98/25.", "1 A/HRC/98/25, " + "voir le rapport, ".repeat(300) + "p. 2."),
            21, "incomplete: footnote 1 runs over"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("losses")
  void eachWayOfLosingTextIsAnErrorNamingFileAndLine(String what, String text, int line, String message) {
    DocumentParser.Outcome outcome = DocumentParser.parse("lost.txt", text.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> errors = outcome.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertTrue(errors.stream().anyMatch(d -> d.line() == line && d.message().startsWith(message) && d.file().equals("lost.txt")),
        what + ": " + errors);
    assertNull(outcome.document(), "an incomplete document is left out");
  }

  @Test
  void aTruncatedFileIsAnErrorNamingItsLastLine() {
    String cut = WHOLE.substring(0, WHOLE.indexOf("éliminer les obstacles"));
    DocumentParser.Outcome outcome = DocumentParser.parse("cut.txt", cut.getBytes(StandardCharsets.UTF_8));
    assertNull(outcome.document());
    assertEquals("cut.txt:26: error: truncated: the text ends inside operative paragraph 6 (\"…de aux États de prendre des mesures pour\")",
        outcome.diagnostics().get(0).toString());
  }
}
