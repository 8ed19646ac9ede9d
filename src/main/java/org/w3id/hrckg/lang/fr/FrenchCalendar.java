package org.w3id.hrckg.lang.fr;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.pattern.NamedPattern;

/** French dates and numbers in words ({@link FrenchDates}, {@link FrenchNumbers}), as the calendar of the French profile. */
final class FrenchCalendar implements Calendar {

  static final FrenchCalendar INSTANCE = new FrenchCalendar();

  private FrenchCalendar() {}

  @Override
  public String dateRegex() {
    return FrenchDates.DATE;
  }

  @Override
  public NamedPattern fullDate() {
    return FrenchDates.FULL_DATE;
  }

  @Override
  public Optional<LocalDate> toDate(Matcher m, Integer defaultYear) {
    return FrenchDates.toDate(m, defaultYear);
  }

  @Override
  public Optional<LocalDate> parse(CharSequence text) {
    return FrenchDates.parse(text);
  }

  /** "Cinquante et unième", or in figures with the French ordinal suffix ("56e", "56ème"). */
  @Override
  public Optional<Integer> ordinal(CharSequence words) {
    String s = words.toString().strip();
    if (s.matches("\\d{1,3}\\s*(?:e|ème|eme|ᵉ)")) {
      return Optional.of(Integer.valueOf(s.replaceAll("\\D", "")));
    }
    return FrenchNumbers.ordinal(s);
  }

  @Override
  public Optional<Integer> cardinal(CharSequence words) {
    return FrenchNumbers.cardinal(words);
  }
}
