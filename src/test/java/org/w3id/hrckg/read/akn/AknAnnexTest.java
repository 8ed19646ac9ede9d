package org.w3id.hrckg.read.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.model.Annex;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The annexes of real resolutions in the UN's XML, read by hand from the files: the Council's draft
 * covenant on the right to development (A/HRC/RES/54/18, a preamble, parts and articles whose
 * paragraphs are numbered afresh in each article) and the Assembly's political declaration on HIV
 * and AIDS (A/RES/75/284, numbered paragraphs with lettered sub-paragraphs and bullets, an unnumbered lead-in):
 * as many paragraphs in each language, in source order, with their printed numbers, titles and
 * citations (found in their text and in their footnotes).
 */
class AknAnnexTest {

  private static final String COUNCIL_54_18 = "corpus/akn/%s/A_HRC_RES_54_18%s.xml";
  private static final String GA_75_284 = "corpus/akn-ga/%s/75_284_%s.xml";

  private static ParsedDocument parse(String pattern, String language) throws IOException {
    String letter = language.equals("en") ? "E" : "F";
    Path file = SharedFolder.path().resolve(String.format(pattern, language, letter));
    return DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file)).document();
  }

  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of(COUNCIL_54_18, 127, "headings (parts, articles, their titles) are no paragraphs; (a)-(l) belong to theirs"),
        Arguments.of(GA_75_284, 74, "73 numbered paragraphs and one unnumbered lead-in (\"To this end we:\"); bullets belong to theirs"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("counts")
  void everyLanguageHasAsManyAnnexParagraphs(String pattern, int paragraphs, String note) throws IOException {
    for (String language : List.of("en", "fr")) {
      ParsedDocument d = parse(pattern, language);
      assertEquals(1, d.annexes().size(), language);
      Annex annex = d.annexes().get(0);
      assertEquals(paragraphs, annex.paragraphs().size(), language);
      for (int i = 0; i < annex.paragraphs().size(); i++) {
        Paragraph p = annex.paragraphs().get(i);
        assertEquals(i + 1, p.ordinal(), "an annex paragraph's ordinal is its position");
        assertEquals(1, p.annex());
      }
    }
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of(COUNCIL_54_18, "en", "Draft international covenant on the right to development"),
        Arguments.of(COUNCIL_54_18, "fr", "Projet de pacte international sur le droit au développement"),
        Arguments.of(GA_75_284, "en", "Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030"));
  }

  /** The title is the first heading that is more than the label "Annex" (54/18 heads its annex "Annex", then its title). */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("titles")
  void theTitleIsTheHeadingAfterTheLabel(String pattern, String language, String title) throws IOException {
    assertEquals(title, parse(pattern, language).annexes().get(0).title());
  }

  static Stream<Arguments> paragraphs() {
    return Stream.of(
        Arguments.of(COUNCIL_54_18, "en", 1, null, "The States Parties to the present Covenant,", "the covenant's own preamble opens it"),
        Arguments.of(COUNCIL_54_18, "fr", 1, null, "Les États parties au présent Pacte,", "the same place in French"),
        Arguments.of(COUNCIL_54_18, "en", 31, null, "For the purposes of the present Covenant: (a) “Legal person” means",
            "article 2: its lettered definitions are its sub-paragraphs"),
        Arguments.of(COUNCIL_54_18, "en", 33, 1, "Every individual and all peoples have the inalienable right to development",
            "article 4, paragraph 1: the printed number restarts"),
        Arguments.of(COUNCIL_54_18, "fr", 33, 1, "Tous les individus et tous les peuples ont un droit inaliénable au développement",
            "the same paragraph in French"),
        Arguments.of(COUNCIL_54_18, "en", 127, 2, "In witness thereof, the undersigned plenipotentiaries",
            "the last paragraph of the annex"),
        Arguments.of(GA_75_284, "en", 1, 1, "In order to get the world on track to end AIDS", "numbered 1, with (a) to (f)"),
        Arguments.of(GA_75_284, "en", 2, null, "To this end we:", "an unnumbered lead-in after a heading is its own paragraph"),
        Arguments.of(GA_75_284, "en", 4, 3, "Reaffirm the 2001 Declaration of Commitment on HIV/AIDS",
            "the fourth in place is printed 3"),
        Arguments.of(GA_75_284, "fr", 74, 73, "Nous décidons de convoquer en 2026 une réunion de haut niveau sur le VIH et le sida",
            "the last paragraph, in French"));
  }

  @ParameterizedTest(name = "{0} {1} ¶{2}: {5}")
  @MethodSource("paragraphs")
  void annexParagraphsReadAsInTheXml(String pattern, String language, int position, Integer number, String opening, String note)
      throws IOException {
    Paragraph p = parse(pattern, language).annexes().get(0).paragraphs().get(position - 1);
    assertEquals(number, p.number());
    assertTrue(p.text().startsWith(opening), p.text());
  }

  static Stream<Arguments> citations() {
    return Stream.of(
        Arguments.of(COUNCIL_54_18, "en", 10, List.of("A/RES/48/141", "A/RES/52/136", "A/RES/60/251"),
            "\"General Assembly resolutions 48/141 of 20 December 1993, ..., 52/136 ... and 60/251\" (eId para_543)"),
        Arguments.of(COUNCIL_54_18, "fr", 10, List.of("A/RES/48/141", "A/RES/52/136", "A/RES/60/251"), "the same in French"),
        Arguments.of(GA_75_284, "en", 4, List.of("A/RES/S-26/2", "A/RES/60/262", "A/RES/65/277"),
            "three footnotes, \"Resolution S-26/2, annex.\", \"60/262\", \"65/277\" (eId para_17)"));
  }

  @ParameterizedTest(name = "{0} {1} ¶{2}: {4}")
  @MethodSource("citations")
  void annexParagraphsCiteAsTheirText(String pattern, String language, int position, List<String> cited, String note)
      throws IOException {
    Paragraph p = parse(pattern, language).annexes().get(0).paragraphs().get(position - 1);
    assertEquals(cited, p.citations().stream().map(c -> c.cited().symbol()).toList());
  }
}
