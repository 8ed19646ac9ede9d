package org.w3id.hrckg.synth;

import java.time.LocalDate;

/**
 * When a regular session of the Council is held: three a year from 2006, in spring, early summer
 * and autumn, as {@code SessionYears} of the extraction stage expects them.
 */
record SessionDates(LocalDate start, LocalDate end) {

  static SessionDates of(int session) {
    int year = 2006 + (session - 1) / 3;
    return switch ((session - 1) % 3) {
      case 0 -> new SessionDates(LocalDate.of(year, 2, 27), LocalDate.of(year, 4, 3));
      case 1 -> new SessionDates(LocalDate.of(year, 6, 14), LocalDate.of(year, 7, 9));
      default -> new SessionDates(LocalDate.of(year, 9, 12), LocalDate.of(year, 10, 7));
    };
  }

  /** "12 septembre-7 octobre 2022", as a session's header gives it. */
  String header() {
    return SynthPhrases.dayAndMonth(start) + "-" + SynthPhrases.dayAndMonth(end) + " " + end.getYear();
  }
}
