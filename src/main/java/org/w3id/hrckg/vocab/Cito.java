package org.w3id.hrckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of CiTO, the Citation Typing Ontology, that hrc-kg uses. */
public final class Cito {

  public static final String NS = "http://purl.org/spar/cito/";

  /** The document-level citation edge of the contract. */
  public static final Property cites = ResourceFactory.createProperty(NS + "cites");

  private Cito() {}
}
