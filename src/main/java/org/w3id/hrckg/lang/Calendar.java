package org.w3id.hrckg.lang;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.pattern.NamedPattern;

/** Dates and numbers in words, as a language writes them in UN texts. */
public interface Calendar {

  /**
   * The body of a date for use inside larger patterns, with the named groups {@code day},
   * {@code month} and an optional {@code year} ("15 mars 2006", "1er décembre", "15 March 2006").
   */
  String dateRegex();

  /** A whole date, the {@link #dateRegex()} between word boundaries. */
  NamedPattern fullDate();

  /** The date a match of {@link #dateRegex()} stands for; without a year, the given one (or empty when null). */
  Optional<LocalDate> toDate(Matcher m, Integer defaultYear);

  /** The first date with its year in a text, or empty. */
  Optional<LocalDate> parse(CharSequence text);

  /** An ordinal in words or figures ("Cinquante et unième", "fifty-first", "56e", "56th"), or empty. */
  Optional<Integer> ordinal(CharSequence words);

  /** A cardinal in words or figures ("cinq", "thirty-two", "12"), or empty. */
  Optional<Integer> cardinal(CharSequence words);
}
