package org.w3id.hrckg.model;

/**
 * How the issuer of a cited document was decided from the text. Each constant is a concept of the
 * {@code hrc:IssuerBases} scheme of the ontology, named by {@link #concept()}.
 */
public enum IssuerBasis {
  /** "de l’Assemblée générale", "les résolutions du Conseil de sécurité 1325 (2000)...". */
  STATED("issuerStated"),
  /** "ses résolutions", "l’Assemblée générale, dans sa résolution". */
  POSSESSIVE("issuerPossessive"),
  /** A full symbol such as A/RES/60/251. */
  SYMBOL("issuerFromSymbol"),
  /** The form of the number: 1325 (2000), 217 A (III), a session the Council has not reached. */
  NUMBERING("issuerFromNumbering"),
  /** The same number was cited earlier in the text with its issuer. */
  EARLIER_MENTION("issuerFromEarlierMention"),
  /** "par laquelle l’Assemblée a...". */
  CONTEXT("issuerFromContext"),
  /** Nothing told: the citing body's own series was assumed. */
  UNDECIDED("issuerUndecided");

  private final String concept;

  IssuerBasis(String concept) {
    this.concept = concept;
  }

  public String concept() {
    return concept;
  }
}
