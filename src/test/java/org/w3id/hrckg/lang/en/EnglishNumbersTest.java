package org.w3id.hrckg.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session ordinals, counts and dates as English UN texts write them. */
class EnglishNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "Fifty-sixth|56", "fifty-seventh|57", "sixty-first|61", "seventy-ninth|79", "sixtieth|60", "twenty-second|22",
      "thirty-third|33", "eleventh|11", "twelfth|12", "first|1", "eighth|8", "ninetieth|90", "one hundredth|100",
      "Seventy-seventh|77"})
  void readsOrdinals(String words, int value) {
    assertEquals(Optional.of(value), EnglishNumbers.ordinal(words));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {"five|5", "one|1", "thirty-two|32", "forty|40", "twelve|12", "12|12"})
  void readsCardinals(String words, int value) {
    assertEquals(Optional.of(value), EnglishNumbers.cardinal(words));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {"56th|56", "1st|1", "2nd|2", "53rd|53", "Fifty-third|53"})
  void readsOrdinalsInFigures(String words, int value) {
    assertEquals(Optional.of(value), EnglishCalendar.INSTANCE.ordinal(words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "of 15 March 2006|2006-03-15", "of 1 December 2020|2020-12-01", "on 7 August 2000|2000-08-07",
      "of 29 February 1980|1980-02-29"})
  void readsDates(String text, String date) {
    assertEquals(Optional.of(LocalDate.parse(date)), EnglishDates.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"on 7 October", "of 30 February 2021", "15/03/2006", "March 15, 2006"})
  void refusesWhatIsNoWholeDate(String text) {
    assertEquals(Optional.empty(), EnglishDates.parse(text));
  }
}
