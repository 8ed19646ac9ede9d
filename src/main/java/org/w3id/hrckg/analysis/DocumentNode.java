package org.w3id.hrckg.analysis;

/**
 * A document of the citation network.
 *
 * @param iri its URI
 * @param symbol its UN symbol, or null for a text that gives none
 * @param issuer the notation of the body that issued it ({@code ga}, {@code hrc}, {@code chr},
 *     {@code security-council}...), or null when no text says
 * @param session the Council session a text of the corpus belongs to, or null
 * @param year the year of the document: of its adoption or issue for a text of the corpus, else
 *     the earliest date citing texts give it; null when no text dates it
 * @param inCorpus whether its own text is in the corpus (else it is only cited)
 */
public record DocumentNode(String iri, String symbol, String label, String issuer, Integer session, Integer year,
    boolean inCorpus) {

  /** What to call it: its symbol, else its label. */
  public String name() {
    return symbol != null ? symbol : label;
  }
}
