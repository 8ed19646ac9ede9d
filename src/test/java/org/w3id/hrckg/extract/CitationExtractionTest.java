package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.source.OffsetText;

/**
 * Citations of real French phrases, one row each: the citing text's session, the phrase, and the
 * citations expected ("symbol date basis", "-" for no date), written from the phrase by hand.
 */
class CitationExtractionTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a list that switches issuer halfway", 42,
            "Rappelant les résolutions de l’Assemblée générale 48/141 du 20 décembre 1993, 60/251 du 15 mars 2006 et 65/281 du 17 juin 2011 et ses propres résolutions 5/1 du 18 juin 2007 et 16/21 du 25 mars 2011,",
            "A/RES/48/141 1993-12-20 STATED", "A/RES/60/251 2006-03-15 STATED", "A/RES/65/281 2011-06-17 STATED",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/16/21 2011-03-25 POSSESSIVE"),
        row("one date for two numbers of one session", 51,
            "rappelant les dispositions de ses résolutions 5/1 et 5/2 du 18 juin 2007 et 16/21 du 25 mars 2011,",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/5/2 2007-06-18 POSSESSIVE", "A/HRC/RES/16/21 2011-03-25 POSSESSIVE"),
        row("a date after the last number does not date numbers of other sessions", 42,
            "Rappelant ses résolutions 6/30 et 33/28 du 30 septembre 2016,",
            "A/HRC/RES/6/30 - POSSESSIVE", "A/HRC/RES/33/28 2016-09-30 POSSESSIVE"),
        row("the subject before « dans sa résolution » owns the possessive", 56,
            "gardant à l’esprit son propre mandat, tel que décrit par l’Assemblée générale dans sa résolution 60/251, du 15 mars 2006,",
            "A/RES/60/251 2006-03-15 POSSESSIVE"),
        row("the subject after « dans sa résolution N, »", 28,
            "Rappelle que, dans sa résolution 69/179, l’Assemblée générale a prié le Secrétaire général",
            "A/RES/69/179 - POSSESSIVE"),
        row("the subject after, with an object pronoun", 56,
            "Rappelle que, dans sa résolution 78/197, du 19 décembre 2023, l’Assemblée générale l’a prié d’examiner",
            "A/RES/78/197 2023-12-19 POSSESSIVE"),
        row("issuers named after the numbers, with a comma before the date", 28,
            "dont les plus récentes sont la résolution 25/3 du Conseil, en date du 27 mars 2014, et la résolution 69/179 de l’Assemblée, en date du 18 décembre 2014,",
            "A/HRC/RES/25/3 2014-03-27 STATED", "A/RES/69/179 2014-12-18 STATED"),
        row("a pinpoint before the resolution", 51,
            "Décide, conformément aux paragraphes 3 et 4 de sa résolution 18/18 du 29 septembre 2011, de tenir",
            "A/HRC/RES/18/18 2011-09-29 POSSESSIVE"),
        row("a Security Council resolution", 54,
            "de la résolution 1325 (2000) du Conseil de sécurité, du 31 octobre 2000,",
            "S/RES/1325 (2000) 2000-10-31 STATED"),
        row("the Security Council's numbering over an ambiguous « du Conseil »", 55,
            "le paragraphe 17 de la résolution 2375 (2017) du Conseil",
            "S/RES/2375 (2017) - NUMBERING"),
        row("descriptions between commas inside a list", 54,
            "Rappelant ses résolutions 5/1, sur la mise en place de ses institutions, et 5/2, sur le Code de conduite pour les titulaires de mandat au titre des procédures spéciales, du 18 juin 2007,",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/5/2 2007-06-18 POSSESSIVE"),
        row("lists in parentheses after their subjects", 54,
            "ainsi que ses propres résolutions sur la justice transitionnelle (9/10 du 24 septembre 2008 et 12/11 du 1er octobre 2009) et le droit à la vérité (9/11 du 18 septembre 2008),",
            "A/HRC/RES/9/10 2008-09-24 POSSESSIVE", "A/HRC/RES/12/11 2009-10-01 POSSESSIVE", "A/HRC/RES/9/11 2008-09-18 POSSESSIVE"),
        row("a part letter and a relative clause inside the list", 54,
            "Rappelant les résolutions de l’Assemblée générale 59/113 A du 10 décembre 2004, par laquelle l’Assemblée a proclamé le Programme mondial, et 60/251 du 15 mars 2006,",
            "A/RES/59/113A 2004-12-10 STATED", "A/RES/60/251 2006-03-15 STATED"),
        row("the issuer told by the relative clause", 54,
            "la résolution 61/177 du 20 décembre 2006, par laquelle l’Assemblée a adopté la Convention,",
            "A/RES/61/177 2006-12-20 CONTEXT"),
        row("acts of organs outside the UN are not UN documents", 56,
            "la résolution 91 et les décisions 250/2002, 275/2003 et 428/12 de la Commission africaine des droits de l’homme et des peuples,"),
        row("a roman session the Assembly never numbered so", 55,
            "Se félicitant de la résolution 542 (LXXIII) 2022 de la Commission africaine des droits de l’homme et des peuples,"),
        row("the Commission on Human Rights", 54,
            "la résolution 2005/69 de la Commission des droits de l’homme, en date du 20 avril 2005,",
            "E/CN.4/RES/2005/69 2005-04-20 STATED"),
        row("a decision of the Council", 54,
            "Rappelant sa décision 2/102 du 6 octobre 2006,",
            "A/HRC/DEC/2/102 2006-10-06 POSSESSIVE"),
        row("special-session resolutions of the Council", 54,
            "Rappelant ses propres résolutions 49/1 du 4 mars 2022 et S-34/1 du 27 mai 2022,",
            "A/HRC/RES/49/1 2022-03-04 POSSESSIVE", "A/HRC/RES/S-34/1 2022-05-27 POSSESSIVE"),
        row("the dates tell the Council's sessions from the Assembly's", 55,
            "Rappelant les résolutions 46/7 du 23 mars 2021 et 52/23 du 4 avril 2023,",
            "A/HRC/RES/46/7 2021-03-23 NUMBERING", "A/HRC/RES/52/23 2023-04-04 NUMBERING"),
        row("an old Assembly resolution", 54,
            "la résolution 2200 A (XXI) de l’Assemblée générale, du 16 décembre 1966,",
            "A/RES/2200 A (XXI) 1966-12-16 STATED"),
        row("the Economic and Social Council", 54,
            "l’annexe à la résolution 1984/50 du Conseil économique et social ;",
            "E/RES/1984/50 - STATED"),
        row("adopted on a date by an organ", 54,
            "Réaffirmant la résolution 70/1 adoptée le 25 septembre 2015 par l’Assemblée générale,",
            "A/RES/70/1 2015-09-25 STATED"),
        row("nothing tells the issuer", 54,
            "conformément à la résolution 47/21, dans le cadre d’un dialogue renforcé",
            "A/HRC/RES/47/21 - UNDECIDED"),
        row("a resolution the Council cannot have adopted yet", 45,
            "sa résolution 75/323 ;",
            "A/RES/75/323 - NUMBERING"),
        row("a footnote that cites a resolution", 54,
            "Résolution 73/291 de l’Assemblée générale.",
            "A/RES/73/291 - STATED"),
        row("a report by its symbol", 51,
            "Voir également A/HRC/50/62.",
            "A/HRC/50/62 - SYMBOL"),
        row("a symbol in a reference to the Official Records", 54,
            "Documents officiels de l’Assemblée générale, soixante-dix-septième session, Supplément no 53 (A/77/53), chap. VI, sect. A.",
            "A/77/53 - SYMBOL"),
        row("a joint document", 54,
            "A/61/636-S/2006/980 et Corr.1, A/66/749, S/2013/341.",
            "A/61/636-S/2006/980 - SYMBOL", "A/66/749 - SYMBOL", "S/2013/341 - SYMBOL"),
        row("an aside in parentheses does not cut the list", 54,
            "Rappelant les résolutions de l’Assemblée générale 70/125 du 16 décembre 2015 (contenant le Document final de la réunion de haut niveau), 75/176 du 16 décembre 2020 et 76/189 du 17 décembre 2021,",
            "A/RES/70/125 2015-12-16 STATED", "A/RES/75/176 2020-12-16 STATED", "A/RES/76/189 2021-12-17 STATED"),
        row("a clause « portant création » does not cut the list", 54,
            "Rappelant ses résolutions 22/18 du 21 mars 2013 portant création d’un mandat de rapporteur spécial, 25/36 du 28 mars 2014 et 28/4 du 26 mars 2015,",
            "A/HRC/RES/22/18 2013-03-21 POSSESSIVE", "A/HRC/RES/25/36 2014-03-28 POSSESSIVE", "A/HRC/RES/28/4 2015-03-26 POSSESSIVE"),
        row("elliptic addenda: each is a cited document", 54,
            "Prend note du rapport du Rapporteur spécial (A/HRC/54/25 et Add.1 et 2),",
            "A/HRC/54/25 - SYMBOL", "A/HRC/54/25/Add.1 - SYMBOL", "A/HRC/54/25/Add.2 - SYMBOL"),
        row("a range of addenda", 54,
            "Ayant examiné les rapports A/HRC/54/30 et Add.1 à 3,",
            "A/HRC/54/30 - SYMBOL", "A/HRC/54/30/Add.1 - SYMBOL", "A/HRC/54/30/Add.2 - SYMBOL", "A/HRC/54/30/Add.3 - SYMBOL"),
        row("a resolution of a conference of States parties is not a Council document", 54,
            "Rappelant la résolution 10/4 de la Conférence des États parties à la Convention des Nations Unies contre la corruption,"),
        row("a resolution the Environment Assembly adopted is not a Council document", 54,
            "Rappelant la résolution 5/14 que l’Assemblée des Nations Unies pour l’environnement a adoptée le 2 mars 2022,"),
        row("a series of the table beyond the General Assembly's: the Chief Executives Board", 54,
            "Prenant note du rapport du Conseil des chefs de secrétariat (CEB/2019/1/Add.2),",
            "CEB/2019/1/Add.2 - SYMBOL"),
        row("the same resolution twice in a paragraph is one citation", 54,
            "Rappelant sa résolution 47/24 du 14 juillet 2021, et réaffirmant sa résolution 47/24,",
            "A/HRC/RES/47/24 2021-07-14 POSSESSIVE"));
  }

  private static Arguments row(String note, int session, String text, String... expected) {
    return Arguments.of(note, session, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheCitations(String note, int session, String text, List<String> expected) {
    ParagraphText p = new ParagraphText(true, 1, null, "", OffsetText.of(text), 1, List.of(), List.of(), List.of());
    List<Citation> found = new CitationExtractor(Issuer.HUMAN_RIGHTS_COUNCIL, session, null, new Spans(text), FrenchProfile.INSTANCE).extract(List.of(p)).get(0);
    List<String> described = found.stream()
        .map(c -> c.cited().symbol() + " " + (c.statedDate() == null ? "-" : c.statedDate()) + " " + c.basis()).toList();
    assertEquals(expected, described, note);
  }
}
