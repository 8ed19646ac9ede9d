package org.w3id.hrckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the European Legislation Identifier ontology that the graph uses for works, expressions and manifestations. */
public final class Eli {

  public static final String NS = "http://data.europa.eu/eli/ontology#";

  private Eli() {}

  public static final Resource LegalExpression = ResourceFactory.createResource(NS + "LegalExpression");
  public static final Resource Format = ResourceFactory.createResource(NS + "Format");
  public static final Property is_realized_by = ResourceFactory.createProperty(NS + "is_realized_by");
  public static final Property realizes = ResourceFactory.createProperty(NS + "realizes");
  public static final Property is_embodied_by = ResourceFactory.createProperty(NS + "is_embodied_by");
  public static final Property embodies = ResourceFactory.createProperty(NS + "embodies");
  public static final Property title = ResourceFactory.createProperty(NS + "title");
  public static final Property language = ResourceFactory.createProperty(NS + "language");
}
