package org.w3id.hrckg.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The files of {@code ontology/}, packed into the jar: the vocabulary and the reference
 * individuals. Reference IRIs in them are relative and resolve against the base URI of a build.
 */
public final class OntologyFiles {

  /** The ontology's own IRI, also the name of the graph that holds its terms in a dump. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/hrc-kg/ontology";

  /** The terms of the vocabulary and its concept schemes. */
  public static final String TERMS = "hrc.ttl";
  /** Alignments to ELI, CiTO, FaBiO, ORG, PROV-O, schema.org. */
  public static final String ALIGNMENTS = "alignments.ttl";
  /** Reference individuals minted under the base URI or, for SDGs, under the UN's own IRIs. */
  public static final List<String> REFERENCE = List.of("states.ttl", "funds.ttl", "bodies.ttl", "sdg.ttl");

  private OntologyFiles() {}

  /** Parses one ontology file into a stream, resolving relative IRIs against a base. */
  public static void parse(String file, String baseUri, StreamRDF out) {
    try (InputStream in = open(file)) {
      RDFParser.source(in).lang(Lang.TURTLE).base(baseUri).parse(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ontology/" + file + " from the class path", e);
    }
  }

  /** Opens an ontology file from the class path. */
  public static InputStream open(String file) {
    InputStream in = OntologyFiles.class.getResourceAsStream("/ontology/" + file);
    if (in == null) {
      throw new IllegalStateException("ontology/" + file + " is missing from the class path");
    }
    return in;
  }
}
