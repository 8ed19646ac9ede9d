package org.w3id.hrckg.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session ordinals, counts and dates as French UN texts write them. */
class FrenchNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "Cinquante et unième|51", "quarante-septième|47", "soixantième|60", "vingt-quatrième|24", "trentième|30",
      "soixante et unième|61", "soixante-dix-neuvième|79", "quatre-vingtième|80", "quatre-vingt-onzième|91",
      "premier|1", "deuxième|2", "neuvième|9", "cinquième|5", "centième|100", "vingt-et-unième|21", "Quarante-cinquième|45"})
  void readsOrdinals(String words, int value) {
    assertEquals(Optional.of(value), FrenchNumbers.ordinal(words));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {"cinq|5", "une|1", "deux|2", "dix|10", "vingt et un|21", "soixante-dix|70", "12|12"})
  void readsCardinals(String words, int value) {
    assertEquals(Optional.of(value), FrenchNumbers.cardinal(words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "du 15 mars 2006|2006-03-15", "en date du 1er décembre 2020|2020-12-01", "le 7 août 2000|2000-08-07",
      "du 29 février 1980|1980-02-29"})
  void readsDates(String text, String date) {
    assertEquals(Optional.of(LocalDate.parse(date)), FrenchDates.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"le 7 octobre", "du 30 février 2021", "15/03/2006"})
  void refusesWhatIsNoWholeDate(String text) {
    assertEquals(Optional.empty(), FrenchDates.parse(text));
  }
}
