package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.source.OffsetText;

/** Funds, States and SDGs named in real phrases, one row each ("KIND key"). */
class MentionExtractionTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a fund by its official name",
            "le Fonds de contributions volontaires pour l’assistance financière et technique aux fins de l’application des recommandations issues de l’Examen périodique universel",
            "FUND upr-implementation"),
        row("the same fund named a second way",
            "le Fonds de contributions volontaires pour l’assistance financière et technique aux fins de la mise en œuvre des recommandations faites à l’issue de l’Examen périodique universel",
            "FUND upr-implementation"),
        row("the same fund named a third way, shortened",
            "la contribution du Fonds de contributions volontaires pour l’assistance financière et technique, en particulier",
            "FUND upr-implementation"),
        row("a fund in lower case, under its other name",
            "de créer un fonds d’affectation spéciale pour l’Examen périodique universel afin de permettre",
            "FUND upr-participation"),
        row("an agency whose name begins with « Fonds » is not a trust fund",
            "le Fonds des Nations Unies pour l’enfance et le Fonds des Nations Unies pour la population"),
        row("a goal by number",
            "notamment l’objectif de développement durable n° 4, conformément au droit",
            "SDG_GOAL 4"),
        row("a bare goal in a paragraph about the goals",
            "et rappelant les objectifs de développement durable, en particulier l’objectif no 17 consistant à renforcer",
            "SDG_GOAL 17"),
        row("a target and its goal",
            "notamment la cible 12.4 des objectifs de développement durable",
            "SDG_TARGET 12.4", "SDG_GOAL 12"),
        row("the Millennium goals are not the SDGs",
            "les objectifs du Millénaire pour le développement, notamment l’objectif 8,"),
        row("States named in the text",
            "le forum pilote coorganisé par la Norvège et Singapour en février 2020,",
            "STATE NOR", "STATE SGP"),
        row("a State whose name contains another's",
            "la Papouasie-Nouvelle-Guinée, la Guinée-Bissau, le Niger et le Nigéria",
            "STATE PNG", "STATE GNB", "STATE NER", "STATE NGA"));
  }

  private static Arguments row(String note, String text, String... expected) {
    return Arguments.of(note, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheMentions(String note, String text, List<String> expected) {
    List<Mention> found = new MentionExtractor(Gazetteers.funds(Language.FRENCH), Gazetteers.states(Language.FRENCH), new Spans(text),
        FrenchProfile.INSTANCE.sdg())
        .extract(OffsetText.of(text));
    assertEquals(expected, found.stream().map(m -> m.kind() + " " + m.key()).toList(), note);
  }
}
