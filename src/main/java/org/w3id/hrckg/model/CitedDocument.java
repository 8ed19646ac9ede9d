package org.w3id.hrckg.model;

/**
 * A UN document as a citation names it.
 *
 * @param symbol its canonical symbol
 * @param kind resolution, decision or other document
 * @param issuer the organ whose series it belongs to, or null for reports and notes
 */
public record CitedDocument(String symbol, Kind kind, Issuer issuer) {

  /** What sort of document a symbol names. */
  public enum Kind {
    RESOLUTION,
    DECISION,
    DRAFT,
    DOCUMENT
  }

  /** The document a full symbol names, its kind and series read from the symbol. */
  public static CitedDocument ofSymbol(String symbol) {
    Kind kind = symbol.contains("/RES/") ? Kind.RESOLUTION
        : symbol.contains("/DEC/") ? Kind.DECISION
        : symbol.matches(".*/L\\.\\d+.*") ? Kind.DRAFT
        : Kind.DOCUMENT;
    Issuer issuer = kind == Kind.RESOLUTION || kind == Kind.DECISION ? Issuer.ofSymbol(symbol).orElse(null) : null;
    return new CitedDocument(symbol, kind, issuer);
  }
}
