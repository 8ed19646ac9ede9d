package org.w3id.hrckg.extract;

/**
 * When the sessions of the General Assembly and of the Human Rights Council were held, to tell
 * from the date a text gives a resolution whose issuer it does not name. The Assembly's session n
 * opens in September 1945 + n and ends in the next year; the Council, from 2006, holds three
 * regular sessions a year, session n in about 2006 + n / 3.
 */
final class SessionYears {

  private static final int ASSEMBLY_FIRST_YEAR = 1945;
  private static final int COUNCIL_FIRST_YEAR = 2006;
  private static final int COUNCIL_SESSIONS_A_YEAR = 3;

  private SessionYears() {}

  /** Whether a resolution numbered n/… and dated in a year can be the Assembly's and not the Council's. */
  static boolean onlyAssembly(int session, int year) {
    return assembly(session, year) && !council(session, year);
  }

  /** Whether it can be the Council's and not the Assembly's. */
  static boolean onlyCouncil(int session, int year) {
    return council(session, year) && !assembly(session, year);
  }

  private static boolean assembly(int session, int year) {
    return year == ASSEMBLY_FIRST_YEAR + session || year == ASSEMBLY_FIRST_YEAR + session + 1;
  }

  private static boolean council(int session, int year) {
    int expected = COUNCIL_FIRST_YEAR + (session - 1) / COUNCIL_SESSIONS_A_YEAR;
    return Math.abs(year - expected) <= 1;
  }
}
