package org.w3id.hrckg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.model.Language;

/**
 * {@link LanguageDetector} on texts of each script and of each Latin-script language, and on texts
 * too short, or too mixed, to tell: the script counts every letter (Latin letters with accents, a
 * Greek letter), function words are matched whatever their case, and a word longer than any
 * function word that holds one ("lesser", "theirs") is not one.
 */
class LanguageDetectorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Le Conseil des droits de l’homme, rappelant la résolution et les décisions pour le droit       | FRENCH
      The Human Rights Council, recalling its resolution and the decisions of the Council on that   | ENGLISH
      El Consejo de Derechos Humanos, recordando las resoluciones y los informes del Consejo para   | SPANISH
      Совет по правам человека, ссылаясь на все предыдущие резолюции Совета по этому вопросу       | RUSSIAN
      إن مجلس حقوق الإنسان، إذ يشير إلى جميع قرارات المجلس السابقة بشأن هذه المسألة                 | ARABIC
      人权理事会，回顾其以往关于这一问题的所有决议                                                    | CHINESE
      Le Conseil                                                                                    | none
      Theirs lesser fortune unless offered another thinking thereof                                 | none
      THE COUNCIL OF THE STATES AND THE PEOPLES IN THE REGION TO THE                                | ENGLISH
      Совет Council Совет Conseil Совет États Совет                                                 | RUSSIAN
      Совет Council Conseil États αβγ Rights Human Совет                                             | none
      """)
  void detectsTheLanguageOfAText(String text, Language expected) {
    assertEquals(Optional.ofNullable(expected), LanguageDetector.detect(text));
  }
}
