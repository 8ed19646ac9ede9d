package org.w3id.hrckg.lang.fr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/** Dates as French UN texts write them: "15 mars 2006", "1er décembre 2020", "7 octobre". */
public final class FrenchDates implements PatternCatalogue {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12));

  /** The body of a date, for use inside larger patterns; groups day, month and year are named. */
  public static final String DATE = "(?<day>\\d{1,2}|1er|premier)\\s+"
      + "(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
      + "(?:\\s+(?<year>\\d{4}))?";

  public static final NamedPattern FULL_DATE = NamedPattern.named("date")
      .purpose("a French date, with or without its year")
      .examples("du 15 mars 2006", "en date du 1er décembre 2020", "le 7 octobre", "le 25  juin 1993")
      .counterExamples("15/03/2006", "la cinquante-troisième session")
      .regex("\\b" + DATE + "\\b");

  private FrenchDates() {}

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
    String d = m.group("day");
    int day = d.startsWith("1er") || d.equals("premier") ? 1 : Integer.parseInt(d);
    try {
      return Optional.of(LocalDate.of(year, MONTHS.get(m.group("month").toLowerCase(java.util.Locale.ROOT)), day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
