package org.w3id.hrckg.assemble;

/**
 * The kinds of disagreement the assembly reports; each is a concept of the ontology's
 * {@code hrc:FindingKinds} scheme, named by {@link #concept()}.
 */
public enum FindingKind {
  /** The source links a phrase to a document of another series than the one the text names (A/RES/x for A/HRC/RES/x). */
  LINK_TO_OTHER_SERIES("linkToOtherSeries"),
  /** The source links a phrase to a document that the extraction did not find cited in the paragraph. */
  LINKED_SYMBOL_NOT_FOUND("linkedSymbolNotFound"),
  /** The source links one half of a joint document (A/61/636 for A/61/636-S/2006/980). */
  LINK_TO_JOINT_SYMBOL("linkToJointSymbol"),
  /** A paragraph cites a document in one language and not in another. */
  CITATION_IN_ONE_LANGUAGE("citationInOneLanguage"),
  /** Two language versions have different numbers of paragraphs. */
  PARAGRAPH_COUNTS_DIFFER("paragraphCountsDiffer"),
  /** Two files of the same language version (a text and its XML) say different things. */
  MANIFESTATIONS_DISAGREE("manifestationsDisagree"),
  /** A file bears another resolution's symbol, and is read as the resolution its draft settles ({@link Reidentifications}). */
  REIDENTIFIED_BY_DRAFT("reidentifiedByDraft");

  private final String concept;

  FindingKind(String concept) {
    this.concept = concept;
  }

  /** The local name of the concept in the ontology namespace. */
  public String concept() {
    return concept;
  }
}
