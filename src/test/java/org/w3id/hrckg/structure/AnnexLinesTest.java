package org.w3id.hrckg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.model.Annex;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The annexes of line-based text, a row a convention: what follows the adoption record of
 * {@link CompletenessTest#WHOLE} (a text placing every letter and digit), read as annexes with
 * their titles and paragraphs (printed number, opening words), and nothing left unplaced.
 */
class AnnexLinesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("""
            Annexe
            Projet de déclaration sur le droit à l’éducation
            Préambule
            Les États,
            Rappelant la résolution 8/4 du Conseil des droits de l’homme,
            Sont convenus de ce qui suit :
            Article premier Objet
            1. Le présent texte a pour objet de promouvoir le droit à l’éducation.
            2. Les États coopèrent à cette fin :
            a) en échangeant leurs données ;
            b) en partageant leurs programmes.
            Article 2 Mise en œuvre
            1. Les États font rapport.
            """, List.of("Projet de déclaration sur le droit à l’éducation"),
            List.of("[null] Les États,", "[null] Rappelant la résolution 8/4", "[null] Sont convenus de ce qui suit :",
                "[1] Le présent texte a pour objet", "[2] Les États coopèrent à cette fin : a) en échangeant", "[1] Les États font rapport."),
            "a title, headings, a treaty's preamble and formula, numbers afresh in each article, points with their paragraph"),
        Arguments.of("""
            Annexe I
            Principes
            1. Premier principe.
            Annexe II
            Lignes directrices
            1. Première ligne directrice.
            2. Deuxième ligne directrice.
            """, List.of("Principes", "Lignes directrices"),
            List.of("[1] Premier principe.", "[1] Première ligne directrice.", "[2] Deuxième ligne directrice."),
            "two annexes, numbered in Roman figures"),
        Arguments.of("", List.of(), List.of(), "no annex: the adoption record ends the text"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("rows")
  void annexesAreReadFromTheirLines(String annex, List<String> titles, List<String> openings, String note) {
    DocumentParser.Outcome outcome = DocumentParser.parse("x.txt", (CompletenessTest.WHOLE + annex).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), outcome.diagnostics().stream().filter(d -> d.isError()).toList());
    ParsedDocument d = outcome.document();
    assertEquals(titles, d.annexes().stream().map(Annex::title).toList());
    List<String> found = d.annexes().stream().flatMap(a -> a.paragraphs().stream()).map(p -> "[" + p.number() + "] " + p.text()).toList();
    assertEquals(openings.size(), found.size(), found.toString());
    for (int i = 0; i < found.size(); i++) {
      assertEquals(true, found.get(i).startsWith(openings.get(i)), found.get(i) + " opens with " + openings.get(i));
    }
    assertEquals(0, d.source().placement().unplaced(), "every letter and digit placed");
    assertEquals(7, d.operative().size(), "the resolution keeps its own paragraphs");
  }
}
