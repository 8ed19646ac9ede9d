package org.w3id.hrckg.read.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.OffsetText;

/**
 * The Akoma Ntoso reader on small files written as the UN's repositories write them: what it reads
 * from cover, preface, preamble, main body, conclusions and meta, and how it classifies what the
 * markup puts in the wrong part; every span reads its phrase in the XML.
 */
class AknReaderTest {

  private static final String NS = "xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:akn4un=\"http://un.org/akn4un\"";

  /** A resolution of the Council in French, with a main body given by the case. */
  static String council(String mainBody) {
    return "<akomaNtoso " + NS + ">\n<statement name=\"resolution\">\n<meta><identification>"
        + "<FRBRWork><FRBRthis value=\"/akn/un/statement/deliberation/unga-hrc/2024-07-11/56-15/!main/\"/></FRBRWork>"
        + "<FRBRExpression><FRBRthis value=\"/akn/un/statement/deliberation/unga-hrc/2024-07-11/56-15/fra@!main/\"/>"
        + "<FRBRlanguage language=\"fra\"/></FRBRExpression></identification>\n"
        + "<classification><keyword value=\"16\" href=\"http://metadata.un.org/sdg/16\" showAs=\"sdg_16\" dictionary=\"SDGO\"/>"
        + "<keyword refersTo=\"agenda\" value=\"10\" showAs=\"Technical assistance\"/></classification>\n"
        + "<workflow><step date=\"2024-07-08\" outcome=\"draftResolution\" as=\"A/HRC/56/L.10/Rev.1\" by=\"Albania, France and Sweden\"/>\n"
        + "<step date=\"0001-01-01\" outcome=\"draftResolutionAdditionalSponsors\" by=\"Chile\"/>\n"
        + "<step date=\"2024-07-16\" outcome=\"adopted\" by=\"\"/></workflow></meta>\n"
        + "<coverPage><p><docNumber refersTo=\"#symbol\">A/HRC/RES/56/15</docNumber></p>"
        + "<p><docDate date=\"2024-07-16\" refersTo=\"#dateOfIssuance\">16 juillet 2024</docDate></p>\n"
        + "<p><session refersTo=\"#humanRightsCouncil\" value=\"56\">Cinquante-sixième session</session></p>"
        + "<p><event refersTo=\"#session\"><date date=\"2024-06-18\" refersTo=\"#startDate\">18 juin</date>"
        + "<date date=\"2024-07-12\" refersTo=\"#endDate\">12 juillet 2024</date></event></p>\n"
        + "<p><inline title=\"10\" name=\"agenda item\">Point 10 de l’ordre du jour</inline></p>"
        + "<p><inline name=\"agenda item name\">Assistance technique et renforcement des capacités</inline></p></coverPage>\n"
        + "<preface><p><docNumber>56/15.</docNumber><docTitle refersTo=\"#resolutionTitle\"><span class=\"bold\">\tFourniture"
        + " d’informations au Conseil</span></docTitle></p></preface>\n"
        + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">Le Conseil des droits de l’homme</span>,</p></formula>\n"
        + "<container name=\"Rappelant\"><p> <span class=\"italic\">Rappelant</span> la résolution <a href=\"http://undocs.org/fr/A/RES/60/251\">"
        + "60/251</a> de l’Assemblée générale, du 15 mars 2006,</p></container></preamble>\n"
        + "<mainBody>\n" + mainBody + "\n</mainBody>\n"
        + "<conclusions><p><event refersTo=\"#adoption\"><location title=\"35e\" refersTo=\"#adoptionMeeting\">35e séance</location>"
        + "<eol/><docDate date=\"2024-07-11\" refersTo=\"#adoptionDate\">11 juillet 2024</docDate></event></p>"
        + "<p><vote><outcome refersTo=\"#adoptedWithoutVote\">[Adoptée sans vote.]</outcome></vote></p></conclusions>\n"
        + "</statement>\n</akomaNtoso>\n";
  }

  static String paragraph(String num, String text) {
    return "<paragraph>" + (num == null ? "" : "<num>" + num + "</num>") + "<content><p xml:space=\"preserve\">" + text
        + "</p></content></paragraph>\n";
  }

  static ResolutionText read(String xml) throws InputFault {
    return new AknReader().read("case.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  static List<ResolutionText> readAll(String xml) throws InputFault {
    return new AknReader().readAll("case.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theHeaderComesFromCoverPrefaceAndFormula() throws Exception {
    ResolutionText t = read(council(paragraph("1.", "<span class=\"italic\">Décide</span> de rester saisi de la question.")));
    assertEquals("A/HRC/RES/56/15", t.header().symbol().toString());
    assertEquals(Issuer.HUMAN_RIGHTS_COUNCIL, t.header().issuer());
    assertEquals(Language.FRENCH, t.language());
    assertEquals(56, t.header().session());
    assertEquals(LocalDate.of(2024, 6, 18), t.header().sessionStart());
    assertEquals(LocalDate.of(2024, 7, 12), t.header().sessionEnd());
    assertEquals(List.of(10), t.header().agendaItems());
    assertEquals("Assistance technique et renforcement des capacités", t.header().agendaTitle().toString());
    assertEquals("Fourniture d’informations au Conseil", t.header().title().toString());
    assertEquals(LocalDate.of(2024, 7, 16), t.header().documentDate());
    assertEquals(LocalDate.of(2024, 7, 11), t.header().adoptionDate());
    assertEquals("56/15", t.header().number());
    assertEquals("/akn/un/statement/deliberation/unga-hrc/2024-07-11/56-15/!main/", t.identification().work());
  }

  @Test
  void conclusionsWorkflowAndClassification() throws Exception {
    ResolutionText t = read(council(paragraph("1.", "<span class=\"italic\">Décide</span> de rester saisi de la question.")));
    assertEquals(35, t.adoption().meetingNumber());
    assertEquals(Boolean.TRUE, t.adoption().withoutVote());
    assertEquals(LocalDate.of(2024, 7, 11), t.adoption().date());
    assertEquals("A/HRC/56/L.10/Rev.1", t.draft().symbol().toString());
    assertEquals(LocalDate.of(2024, 7, 8), t.draft().date());
    assertEquals("Albania, France and Sweden", t.draft().sponsors().get(0).toString());
    assertEquals("Chile", t.draft().additionalSponsors().get(0).toString());
    assertEquals(null, t.draft().submitter(), "States sponsored it");
    assertEquals("http://metadata.un.org/sdg/16", t.subjects().get(0).iri());
    assertEquals(1, t.subjects().size(), "a keyword without IRI is no subject");
    assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("0001-01-01")), "the placeholder date is reported");
    assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("2024-07-16, the date of issue")),
        "the adoption step dated with the date of issue is reported");
  }

  /** How main-body paragraphs the markup cuts, misplaces or leaves unnumbered are read: (main body, preambular count, operative numbers, operative texts). */
  static Stream<Arguments> mainBodies() {
    return Stream.of(
        Arguments.of("numbered", paragraph("1.", "Prie le Haut-Commissaire ;") + paragraph("2.", "Décide de rester saisi."),
            1, "[1, 2]", "[Prie le Haut-Commissaire ;, Décide de rester saisi.]"),
        Arguments.of("one paragraph, no number", paragraph(null, "<span class=\"italic\">Prie</span> le Haut-Commissaire."),
            1, "[null]", "[Prie le Haut-Commissaire.]"),
        Arguments.of("a heading between paragraphs", paragraph("1.", "Prie le Haut-Commissaire ;")
            + paragraph(null, "<span class=\"bold\">Protection sociale</span>") + paragraph("2.", "Décide de rester saisi."),
            1, "[1, 2]", "[Prie le Haut-Commissaire ;, Décide de rester saisi.]"),
        Arguments.of("sub-paragraphs as paragraphs", paragraph("1.", "Prie le Haut-Commissaire :")
            + paragraph(null, "(a)\tDe faire rapport ;") + paragraph(null, "(b)\tDe consulter les États ;"),
            1, "[1]", "[Prie le Haut-Commissaire : (a) De faire rapport ; (b) De consulter les États ;]"),
        Arguments.of("a paragraph cut by a page break", paragraph("1.", "Prie le Haut-Commissaire")
            + paragraph(null, "et le Secrétaire général de faire rapport."),
            1, "[1]", "[Prie le Haut-Commissaire et le Secrétaire général de faire rapport.]"),
        Arguments.of("the number alone, then its text", paragraph("1.", "") + paragraph(null, "Prie le Haut-Commissaire."),
            1, "[1]", "[Prie le Haut-Commissaire.]"),
        Arguments.of("the number only in the text", paragraph(null, "1.\tPrie le Haut-Commissaire ;")
            + paragraph(null, "2.\tDécide de rester saisi."), 1, "[1, 2]", "[Prie le Haut-Commissaire ;, Décide de rester saisi.]"),
        Arguments.of("preambular text in the main body", paragraph(null, "<span class=\"italic\">Notant</span> le rapport,")
            + paragraph("1.", "Décide de rester saisi."), 2, "[1]", "[Décide de rester saisi.]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mainBodies")
  void mainBodyParagraphsAreClassifiedByContent(String name, String body, int preambular, String numbers, String texts)
      throws Exception {
    ResolutionText t = read(council(body));
    assertEquals(preambular, t.preamble().size());
    assertEquals(numbers, t.operative().stream().map(ParagraphText::number).toList().toString());
    assertEquals(texts, t.operative().stream().map(p -> p.text().toString()).toList().toString());
    everySpanReadsItsSource(t);
  }

  @Test
  void pointsAreSubParagraphsAndFootnotesAreAttachedWhereCalled() throws Exception {
    String body = "<paragraph><num>1.</num><list><intro><p>Prie le Haut-Commissaire<authorialNote marker=\"1\" placement=\"bottom\">"
        + "<p>Voir <a href=\"https://undocs.org/fr/A/HRC/55/20\">A/HRC/55/20</a>.</p></authorialNote> :</p></intro>"
        + "<point><num>a)</num><content><p>De faire rapport ;</p></content></point>"
        + "<point><num>b)</num><content><p>De consulter les États.</p></content></point></list></paragraph>";
    ParagraphText p = read(council(body)).operative().get(0);
    assertEquals("Prie le Haut-Commissaire : a) De faire rapport ; b) De consulter les États.", p.text().toString());
    assertEquals(List.of("a", "b"), p.subParagraphs().stream().map(ParagraphText.SubParagraph::label).toList());
    assertEquals("a) De faire rapport ;", p.text().subSequence(p.subParagraphs().get(0).start(), p.subParagraphs().get(0).end()).toString());
    assertEquals("Voir A/HRC/55/20.", p.footnotes().get(0).text().toString());
    assertEquals("1", p.footnotes().get(0).label());
    assertEquals("Prie le Haut-Commissaire".length(), p.footnotes().get(0).call());
    assertEquals("A/HRC/55/20", p.links().get(0).target());
    assertTrue(p.links().get(0).inFootnote());
  }

  @Test
  void aRecordedVoteIsReadPerStateFromTheVotersLists() throws Exception {
    String xml = council(paragraph("1.", "Décide de rester saisi.")).replace("<workflow>",
        "<analysis><parliamentary><voting outcome=\"adoptedRecordedVote\"><count value=\"2\" refersTo=\"inFavour\"><akn4un:voters>"
            + "<organization refersTo=\"memberState\">ALGERIA</organization><organization refersTo=\"memberState\">BOLIVIA"
            + " (PLURINATIONAL STATE OF)</organization></akn4un:voters></count><count value=\"1\" refersTo=\"against\"><akn4un:voters>"
            + "<organization refersTo=\"memberState\">UNITED STATES</organization></akn4un:voters></count></voting>"
            + "</parliamentary></analysis><workflow>")
        .replace("<outcome refersTo=\"#adoptedWithoutVote\">[Adoptée sans vote.]</outcome>",
            "<outcome refersTo=\"#adoptedRecordedVote\">[Adoptée à l’issue d’un vote enregistré par <quantity normalized=\"2\""
                + " refersTo=\"#inFavour\">2</quantity> voix contre <quantity normalized=\"1\" refersTo=\"#against\">1</quantity>.]</outcome>");
    ResolutionText t = read(xml);
    assertEquals(Boolean.FALSE, t.adoption().withoutVote());
    assertEquals(2, t.adoption().inFavour());
    assertEquals(1, t.adoption().against());
    assertNull(t.adoption().abstaining());
    assertEquals("[ALGERIA, BOLIVIA (PLURINATIONAL STATE OF)]", t.adoption().votedFor().toString());
    assertEquals("[UNITED STATES]", t.adoption().votedAgainst().toString());
  }

  /** A draft a Main Committee's officer submitted: who did, not sponsors; the State in the sentence is the officer's. */
  @Test
  void aDraftSubmittedByAnOfficerHasASubmitterAndNoSponsors() throws Exception {
    String by = "submitted by the Vice-Chair of the Committee, Jeswuni Abudu-Birresborn (Ghana) and on the basis of informal consultations";
    ResolutionText t = read(council(paragraph("1.", "<span class=\"italic\">Décide</span> de rester saisi de la question."))
        .replace("by=\"Albania, France and Sweden\"", "by=\"" + by + "\""));
    assertEquals(by, t.draft().submitter().toString());
    assertEquals(List.of(), t.draft().sponsors());
    assertTrue(t.source().text().startsWith(by, t.draft().submitter().sourceStart()), "the submitter keeps its place in the file");
  }

  @Test
  void theAssemblysResolutionsAreTheAssemblys() throws Exception {
    String xml = council(paragraph("1.", "<span class=\"italic\">Decides</span> to remain seized of the matter."))
        .replace("A/HRC/RES/56/15", "A/RES/75/102").replace("56/15.", "75/102.")
        .replace("<span class=\"italic\">Le Conseil des droits de l’homme</span>", "<span class=\"italic\">The General Assembly</span>")
        .replace("<span class=\"italic\">Rappelant</span> la résolution <a href=\"http://undocs.org/fr/A/RES/60/251\">60/251</a>"
            + " de l’Assemblée générale, du 15 mars 2006,", "<span class=\"italic\">Recalling</span> its resolution 74/93 of 13 December 2019,")
        .replace("value=\"56\"", "value=\"75\"").replace("fra", "eng");
    ResolutionText t = read(xml);
    assertEquals(Language.ENGLISH, t.language());
    assertEquals("A/RES/75/102", t.header().symbol().toString());
    assertEquals(Issuer.GENERAL_ASSEMBLY, t.header().issuer());
    assertEquals(75, t.header().session());
  }

  @Test
  void aCollectionGivesOneResolutionPerComponent() throws Exception {
    String one = council(paragraph("1.", "Décide de rester saisi."));
    String statement = one.substring(one.indexOf("<statement"), one.indexOf("</akomaNtoso>"))
        .replaceAll("(?s)<coverPage>.*</coverPage>", "");
    String xml = "<akomaNtoso " + NS + "><documentCollection name=\"publication\"><meta/><coverPage><p><docNumber refersTo=\"#symbol\">"
        + "A/RES/75/101 A-B</docNumber></p></coverPage><preface><p><docNumber>75/101.</docNumber></p></preface>"
        + "<collectionBody/></documentCollection><components>"
        + "<component>" + statement.replace("<docNumber>56/15.</docNumber>", "<docNumber>A</docNumber>") + "</component>"
        + "<component>" + statement.replace("<docNumber>56/15.</docNumber>", "<docNumber>B</docNumber>") + "</component>"
        + "</components></akomaNtoso>";
    List<ResolutionText> texts = readAll(xml);
    assertEquals(List.of("A/RES/75/101 A", "A/RES/75/101 B"), texts.stream().map(t -> t.header().symbol().toString()).toList());
  }

  @Test
  void aFileInAnotherLanguageIsReadInItsOwnAndReported() throws Exception {
    ResolutionText t = read(council(paragraph("1.", "Décide de rester saisi de la question et de poursuivre son examen.")).replace("fra", "eng"));
    assertEquals(Language.FRENCH, t.language());
    assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("declares its language en but is written in fr")));
  }

  @Test
  void entitiesAndCharacterReferencesKeepTheirPlaceInTheFile() throws Exception {
    String xml = council(paragraph("1.", "Prie le Haut&#8209;Commissariat &amp; le Secrétariat de faire rapport."));
    ResolutionText t = read(xml);
    OffsetText text = t.operative().get(0).text();
    assertEquals("Prie le Haut-Commissariat & le Secrétariat de faire rapport.", text.toString(), "a non-breaking hyphen is a hyphen");
    int amp = text.toString().indexOf('&');
    assertEquals("&amp;", xml.substring(text.sourceIndex(amp), text.sourceIndex(amp) + 5));
    everySpanReadsItsSource(t);
  }

  @Test
  void aCoverWithoutSymbolIsRefusedWithItsLine() {
    InputFault fault = org.junit.jupiter.api.Assertions.assertThrows(InputFault.class,
        () -> read(council(paragraph("1.", "Décide.")).replace("refersTo=\"#symbol\"", "")));
    assertTrue(fault.getMessage().contains("gives no symbol"), fault.getMessage());
    assertTrue(fault.line() > 0);
  }

  /** Each character of a paragraph's text is the character it stands on in the XML, or markup between. */
  private static void everySpanReadsItsSource(ResolutionText t) {
    String xml = t.source().text();
    for (ParagraphText p : t.paragraphs()) {
      OffsetText text = p.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int at = text.sourceIndex(i);
        if (Character.isLetterOrDigit(c) && xml.charAt(at) != '&') {
          assertEquals(c, xml.charAt(at), "character " + i + " of \"" + text + "\"");
        }
      }
    }
  }
}
