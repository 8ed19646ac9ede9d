package org.w3id.hrckg.model;

import java.util.Optional;

/**
 * The UN organs whose resolutions and decisions texts cite, with the canonical symbols of their
 * series (CONTRACT.md, section 2): Council resolution 5/1 is A/HRC/RES/5/1, Assembly resolution
 * 60/251 is A/RES/60/251, Security Council resolution 1325 (2000) is S/RES/1325 (2000).
 */
public enum Issuer {
  HUMAN_RIGHTS_COUNCIL("hrc", "A/HRC/RES/", "A/HRC/DEC/"),
  GENERAL_ASSEMBLY("ga", "A/RES/", "A/DEC/"),
  COMMISSION_ON_HUMAN_RIGHTS("chr", "E/CN.4/RES/", "E/CN.4/DEC/"),
  SECURITY_COUNCIL("security-council", "S/RES/", null),
  ECONOMIC_AND_SOCIAL_COUNCIL("ecosoc", "E/RES/", "E/DEC/"),
  SUB_COMMISSION("sub-commission", "E/CN.4/SUB.2/RES/", "E/CN.4/SUB.2/DEC/");

  private final String body;
  private final String resolutions;
  private final String decisions;

  Issuer(String body, String resolutions, String decisions) {
    this.body = body;
    this.resolutions = resolutions;
    this.decisions = decisions;
  }

  /** The notation of the body in the reference data ({@code id/body/{notation}}). */
  public String body() {
    return body;
  }

  /** The canonical symbol of this organ's resolution or decision with the given number. */
  public String symbol(String number, boolean decision) {
    String prefix = decision && decisions != null ? decisions : resolutions;
    return prefix + number;
  }

  /** The issuer a canonical symbol's series belongs to, if it is a resolution or decision series. */
  public static Optional<Issuer> ofSymbol(String symbol) {
    Issuer best = null;
    for (Issuer i : values()) {
      boolean matches = symbol.startsWith(i.resolutions) || (i.decisions != null && symbol.startsWith(i.decisions));
      if (matches && (best == null || prefixLength(i, symbol) > prefixLength(best, symbol))) {
        best = i;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int prefixLength(Issuer i, String symbol) {
    return symbol.startsWith(i.resolutions) ? i.resolutions.length() : i.decisions.length();
  }

  /** Whether a canonical symbol is that of a decision. */
  public static boolean isDecision(String symbol) {
    return symbol.contains("/DEC/");
  }
}
