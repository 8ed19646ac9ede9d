package org.w3id.hrckg.lang;

import java.util.regex.Matcher;
import org.w3id.hrckg.model.Issuer;

/**
 * The organ a pattern found, by the named group that matched: {@code hrc} the Human Rights
 * Council, {@code ga} the General Assembly, {@code chr} the Commission on Human Rights, {@code sc}
 * the Security Council, {@code ecosoc} the Economic and Social Council, {@code sub} the
 * Sub-Commission. Every profile's organ patterns use these names.
 */
public final class Organs {

  private static final String[][] GROUPS = {{"ga", "GENERAL_ASSEMBLY"}, {"sc", "SECURITY_COUNCIL"},
      {"ecosoc", "ECONOMIC_AND_SOCIAL_COUNCIL"}, {"sub", "SUB_COMMISSION"}, {"chr", "COMMISSION_ON_HUMAN_RIGHTS"},
      {"hrc", "HUMAN_RIGHTS_COUNCIL"}};

  private Organs() {}

  /** The organ of a match, or null when none of the organ groups took part (or the pattern has none). */
  public static Issuer of(Matcher m) {
    for (String[] g : GROUPS) {
      if (hasGroup(m, g[0]) && m.group(g[0]) != null) {
        return Issuer.valueOf(g[1]);
      }
    }
    return null;
  }

  private static boolean hasGroup(Matcher m, String name) {
    try {
      m.start(name);
      return true;
    } catch (IllegalArgumentException noSuchGroup) {
      return false;
    }
  }
}
