package org.w3id.hrckg.model;

/**
 * Why a text cites a document, as the verb governing the citation says. Each constant is a concept
 * of the {@code hrc:CitationFunctions} scheme of the ontology, named by {@link #concept()}.
 */
public enum CitationFunction {
  RECALLING("recalling"),
  REAFFIRMING("reaffirming"),
  PURSUANT_TO("actingPursuantTo"),
  TAKING_NOTE("takingNote"),
  WELCOMING("welcoming"),
  ENDORSING("endorsing"),
  GUIDED_BY("beingGuidedBy"),
  NOTING("noting"),
  REFERRING_TO("referringTo"),
  CITING("citing");

  private final String concept;

  CitationFunction(String concept) {
    this.concept = concept;
  }

  /** The local name of the concept in the ontology namespace. */
  public String concept() {
    return concept;
  }
}
