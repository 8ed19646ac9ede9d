package org.w3id.hrckg.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The one table of what a resource is offered as: its media type, the extension of its
 * {@code data/} URL, and the Jena writer. The order is the server's preference when a client
 * accepts anything ({@code *}{@code /*}): Turtle first, as curl users expect.
 */
public enum Representation {
  TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, "Turtle", List.of("application/x-turtle")),
  JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY, "JSON-LD", List.of("application/json")),
  NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8, "N-Triples", List.of()),
  RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY, "RDF/XML", List.of()),
  TRIG("application/trig", "trig", RDFFormat.TRIG_PRETTY, "TriG", List.of()),
  HTML("text/html", "html", null, "HTML", List.of("application/xhtml+xml"));

  private final String mediaType;
  private final String extension;
  private final RDFFormat format;
  private final String label;
  private final List<String> aliases;

  Representation(String mediaType, String extension, RDFFormat format, String label, List<String> aliases) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.format = format;
    this.label = label;
    this.aliases = aliases;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The Content-Type header value, with its charset. */
  public String contentType() {
    return this == NTRIPLES || this == TURTLE || this == HTML || this == TRIG
        ? mediaType + "; charset=utf-8" : mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The Jena writer format; null for HTML. */
  public RDFFormat format() {
    return format;
  }

  public String label() {
    return label;
  }

  public boolean isRdf() {
    return format != null;
  }

  /** Whether this representation answers to a media type (its own or an alias). */
  public boolean answers(String type) {
    return mediaType.equals(type) || aliases.contains(type);
  }

  /** The RDF representations, in order of preference. */
  public static List<Representation> rdf() {
    return Arrays.stream(values()).filter(Representation::isRdf).toList();
  }

  /** The representation a {@code data/} URL extension names. */
  public static Optional<Representation> byExtension(String extension) {
    return Arrays.stream(values()).filter(r -> r.isRdf() && r.extension.equals(extension)).findFirst();
  }
}
