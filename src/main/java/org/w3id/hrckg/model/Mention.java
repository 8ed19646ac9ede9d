package org.w3id.hrckg.model;

/**
 * A fund, a State or a Sustainable Development Goal (or target) named in a paragraph.
 *
 * @param kind what is named
 * @param key the fund notation, the ISO 3166-1 alpha-3 code, or the goal or target number ("4", "12.4")
 * @param span where the name is in the source
 * @param phrase the name as written
 */
public record Mention(Kind kind, String key, SourceSpan span, String phrase) {

  /** What a mention names. */
  public enum Kind {
    FUND,
    STATE,
    SDG_GOAL,
    SDG_TARGET
  }
}
