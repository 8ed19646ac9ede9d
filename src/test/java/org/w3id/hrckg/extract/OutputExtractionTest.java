package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.source.OffsetText;

/**
 * Mandated outputs of real operative paragraphs, one row each: the citing text's session, the
 * paragraph, and the outputs expected ("KIND due actor quantity", "-" for none).
 */
class OutputExtractionTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("consultations with their number", 42,
            "Prie le Haut-Commissariat d’organiser cinq consultations régionales consacrées à des échanges de données d’expérience et de bonnes pratiques ;",
            "CONSULTATION - ohchr 5"),
        row("one report, named again by a demonstrative", 42,
            "Prie également le Haut-Commissariat d’établir un rapport contenant les conclusions et recommandations issues des réunions régionales, et de lui présenter ce rapport à sa quarante-septième session ;",
            "REPORT 47 ohchr -"),
        row("a meeting the Council decides, due before a session", 51,
            "Décide, conformément aux paragraphes 3 et 4 de sa résolution 18/18 du 29 septembre 2011, de tenir, avant la cinquante-troisième session du Conseil, une réunion intersessions d’une demi-journée sur le thème « Coopération technique » ;",
            "INTERSESSIONAL_MEETING 53 - -"),
        row("services for a meeting already mandated", 51,
            "Prie la Haute-Commissaire des Nations Unies aux droits de l’homme de fournir à la réunion intersessions susmentionnée tous les services et toutes les facilités nécessaires ;"),
        row("a past panel, then a request in a second clause", 28,
            "Accueille avec satisfaction la réunion-débat de haut niveau qui s’est tenue pendant la vingt-huitième session du Conseil, et prie le Haut-Commissaire d’élaborer un rapport sur les moyens à mettre en œuvre et de le soumettre au Conseil avant sa trentième session ;",
            "REPORT 30 high-commissioner -"),
        row("a panel held in the past", 51,
            "Se félicite de la réunion-débat qu’il a organisée à sa cinquantième session ;"),
        row("a definite panel yet to be held", 45,
            "Décide que la réunion-débat annuelle au titre du point 10 de l’ordre du jour qui doit se tenir au cours de sa quarante-septième session aura pour thème « La coopération technique » ;",
            "PANEL_DISCUSSION 47 - -"),
        row("each output due at the session of its own clause", 54,
            "Prie le Rapporteur spécial de lui présenter, à sa cinquante-sixième session, un compte rendu oral et de lui soumettre, à sa cinquante-septième session, un rapport ;",
            "ORAL_UPDATE 56 special-procedures -", "REPORT 57 special-procedures -"),
        row("the Council's session before the Assembly's", 55,
            "Prie le Rapporteur spécial de lui soumettre, à sa cinquante-huitième session, ainsi qu’à l’Assemblée générale, à sa soixante-dix-neuvième session, un rapport sur l’exécution de son mandat ;",
            "REPORT 58 special-procedures -"),
        row("a report to the Assembly has no due session of the Council", 54,
            "Prie l’Experte indépendante de lui faire rapport à sa cinquante-septième session et de faire rapport à l’Assemblée générale à sa soixante-dix-neuvième session ;",
            "REPORT 57 special-procedures -", "REPORT - special-procedures -"),
        row("one report at each of two sessions: two outputs", 54,
            "Prie le Secrétaire général de lui soumettre un rapport à ses cinquante-septième et soixantième sessions sur le rôle joué par le Haut-Commissariat ;",
            "REPORT 57 secretary-general -", "REPORT 60 secretary-general -"),
        row("« des » as a contracted article", 54,
            "Demande au Haut-Commissariat d’élaborer, compte tenu du rapport établi par le Haut-Commissaire et des futures consultations, un plan d’action ;"),
        row("a workshop the Council decides", 54,
            "Décide d’organiser, avant sa cinquante-neuvième session, un atelier d’experts sur le rôle de la famille ;",
            "WORKSHOP 59 - -"),
        row("a study and the report made of it: one output, the report (the outputs gold, 55/10)", 55,
            "Prie le Comité consultatif de mener une étude sur les effets négatifs de la désinformation, d’établir un rapport sur le sujet et de le lui présenter à sa soixante et unième session ;",
            "REPORT 61 advisory-committee -"),
        row("the next session, counted from the document's own", 55,
            "Prie le Haut-Commissaire de lui présenter un rapport à sa prochaine session ;",
            "REPORT 56 high-commissioner -"),
        row("a request to States mandates nothing of the UN", 54,
            "Demande aux États de présenter des rapports nationaux ;"));
  }

  private static Arguments row(String note, int session, String text, String... expected) {
    return Arguments.of(note, session, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheOutputs(String note, int session, String text, List<String> expected) {
    List<MandatedOutput> found = new OutputExtractor(Gazetteers.bodies(Language.FRENCH), new Spans(text), Issuer.HUMAN_RIGHTS_COUNCIL, session, FrenchProfile.INSTANCE, List.of()).extract(OffsetText.of(text));
    List<String> described = found.stream().map(o -> o.kind() + " " + dash(o.dueSessionOf(Issuer.HUMAN_RIGHTS_COUNCIL)) + " " + dash(o.actor()) + " "
        + dash(o.quantity())).toList();
    assertEquals(expected, described, note);
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }
}
