package org.w3id.hrckg.lang.en;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.pattern.NamedPattern;

/** English dates and numbers in words ({@link EnglishDates}, {@link EnglishNumbers}), as the calendar of the English profile. */
final class EnglishCalendar implements Calendar {

  static final EnglishCalendar INSTANCE = new EnglishCalendar();

  private EnglishCalendar() {}

  @Override
  public String dateRegex() {
    return EnglishDates.DATE;
  }

  @Override
  public NamedPattern fullDate() {
    return EnglishDates.FULL_DATE;
  }

  @Override
  public Optional<LocalDate> toDate(Matcher m, Integer defaultYear) {
    return EnglishDates.toDate(m, defaultYear);
  }

  @Override
  public Optional<LocalDate> parse(CharSequence text) {
    return EnglishDates.parse(text);
  }

  /** "Fifty-sixth", or in figures with the English ordinal suffix ("56th", "1st", "2nd", "3rd"). */
  @Override
  public Optional<Integer> ordinal(CharSequence words) {
    String s = words.toString().strip();
    if (s.matches("\\d{1,3}\\s*(?:st|nd|rd|th)")) {
      return Optional.of(Integer.valueOf(s.replaceAll("\\D", "")));
    }
    return EnglishNumbers.ordinal(s);
  }

  @Override
  public Optional<Integer> cardinal(CharSequence words) {
    return EnglishNumbers.cardinal(words);
  }
}
