package org.w3id.hrckg.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** The colour of each issuer in drawings of the network, one place for the SVG, the PNG and the page. */
public final class IssuerPalette {

  /** Issuer notation to colour, in the order of the legend. */
  public static final Map<String, String> COLOURS = colours();
  public static final String OTHER = "#8a94a6";

  private IssuerPalette() {}

  private static Map<String, String> colours() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("hrc", "#009edb");
    c.put("ga", "#e8a317");
    c.put("chr", "#7b4ea3");
    c.put("security-council", "#c0392b");
    c.put("ecosoc", "#2e8b57");
    return c;
  }

  public static String colour(String issuer) {
    return issuer == null ? OTHER : COLOURS.getOrDefault(issuer, OTHER);
  }

  /** What the legend calls an issuer. */
  public static String name(String issuer) {
    return switch (issuer) {
      case "hrc" -> "Human Rights Council";
      case "ga" -> "General Assembly";
      case "chr" -> "Commission on Human Rights";
      case "security-council" -> "Security Council";
      case "ecosoc" -> "Economic and Social Council";
      default -> issuer;
    };
  }
}
