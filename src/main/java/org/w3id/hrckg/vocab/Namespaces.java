package org.w3id.hrckg.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.hrckg.iri.IriMinter;

/** The prefixes written in dumps and offered to SPARQL users. */
public final class Namespaces {

  private Namespaces() {}

  /** Prefix to namespace, the build's own namespaces under its base URI included. */
  public static Map<String, String> prefixes(IriMinter iris) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("hrc", Hrc.NS);
    p.put("cito", Cito.NS);
    p.put("eli", Eli.NS);
    p.put("dcterms", "http://purl.org/dc/terms/");
    p.put("skos", "http://www.w3.org/2004/02/skos/core#");
    p.put("owl", "http://www.w3.org/2002/07/owl#");
    p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    p.put("doc", iris.base() + "id/doc/");
    p.put("state", iris.base() + "id/state/");
    p.put("fund", iris.base() + "id/fund/");
    p.put("body", iris.base() + "id/body/");
    p.put("session", iris.base() + "id/session/");
    p.put("sdg", "http://metadata.un.org/sdg/");
    p.put("sh", "http://www.w3.org/ns/shacl#");
    return p;
  }
}
