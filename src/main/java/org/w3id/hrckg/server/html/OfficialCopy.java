package org.w3id.hrckg.server.html;

import java.util.Set;

/**
 * Where the UN's official copy of a document is: the UN's document link service by symbol
 * ({@code https://undocs.org/{lang}/{symbol}}), in one of the six official languages (the page's
 * language when it is one, else English).
 */
final class OfficialCopy {

  private static final Set<String> OFFICIAL = Set.of("ar", "zh", "en", "fr", "ru", "es");

  private OfficialCopy() {}

  static String href(String symbol, String lang) {
    return "https://undocs.org/" + (OFFICIAL.contains(lang) ? lang : "en") + "/" + symbol.replace(" ", "%20");
  }
}
