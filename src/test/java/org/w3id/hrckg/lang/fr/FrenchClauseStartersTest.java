package org.w3id.hrckg.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The opening phrases of French paragraphs, from the lists beside FrenchClauseStarters. */
class FrenchClauseStartersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rappelant également ses résolutions|Rappelant également",
      "Prenant note avec satisfaction des contributions|Prenant note avec satisfaction",
      "Saluant et encourageant les initiatives|Saluant et encourageant",
      "Profondément préoccupé par le fait que|Profondément préoccupé",
      "Préoccupés par le fait que la plus grande accessibilité|Préoccupés",
      "Gardant à l’esprit que les États|Gardant à l’esprit",
      "Conscient en outre que la coopération|Conscient en outre",
      "Se déclarant gravement préoccupé|Se déclarant",
      "S’indignant de la persistance des violations|S’indignant",
      "S'alarmant de la situation humanitaire|S'alarmant",
      "Se félicitant des progrès accomplis|Se félicitant"})
  void readsPreambularOpenings(String text, String phrase) {
    assertEquals(Optional.of(phrase), FrenchClauseStarters.INSTANCE.preambular(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Gouvernement du Myanmar le 30 juillet 2018", "Représentant spécial du Secrétaire général",
      "rappelant tous les instruments", "Nations Unies pour la coopération"})
  void aNounOrALowerCaseWordOpensNothing(String text) {
    assertEquals(Optional.empty(), FrenchClauseStarters.INSTANCE.preambular(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Prie également le Haut-Commissariat|Prie également", "Prend également acte de la compilation|Prend également acte",
      "Demande instamment aux États|Demande instamment", "Se félicite de la réunion-débat|Se félicite",
      "Accueille avec satisfaction la réunion-débat|Accueille avec satisfaction"})
  void readsOperativeVerbs(String text, String phrase) {
    assertEquals(Optional.of(phrase), FrenchClauseStarters.INSTANCE.operative(text));
  }
}
