package org.w3id.hrckg.lang.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * Dates as English UN texts write them: day, month, year, without ordinal or comma ("15 March
 * 2006", "1 December 2020", "7 October").
 */
public final class EnglishDates implements PatternCatalogue {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

  /** The body of a date, for use inside larger patterns; groups day, month and year are named. */
  public static final String DATE = "(?<day>\\d{1,2})\\s+"
      + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)"
      + "(?:\\s+(?<year>\\d{4}))?";

  public static final NamedPattern FULL_DATE = NamedPattern.named("date")
      .purpose("an English date, with or without its year")
      .examples("of 15 March 2006", "of 1 December 2020", "on 7 October", "adopted on 25 September 2015")
      .counterExamples("15/03/2006", "the fifty-third session", "in May", "15 may 2006")
      .regex("\\b" + DATE + "\\b");

  private EnglishDates() {}

  /** A date in words with its year, or empty. */
  public static Optional<LocalDate> parse(CharSequence text) {
    Matcher m = FULL_DATE.matcher(text);
    return m.find() ? toDate(m, null) : Optional.empty();
  }

  /**
   * The date a match of {@link #DATE} stands for; a date without a year takes the given year.
   *
   * @param defaultYear the year to use when the text gives none, or null for none
   */
  public static Optional<LocalDate> toDate(Matcher m, Integer defaultYear) {
    String y = m.group("year");
    Integer year = y != null ? Integer.valueOf(y) : defaultYear;
    if (year == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, MONTHS.get(m.group("month").toLowerCase(Locale.ROOT)),
          Integer.parseInt(m.group("day"))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
