package org.w3id.hrckg.rdf;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.langtagx.LangTagX;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Writes statements into one named graph of a stream; a value that is null or blank writes nothing. */
final class Quads {

  /**
   * The language tags as Jena formats them: its {@code createLiteralLang} formats the tag again for
   * every literal (an ISO 639-1 code holds no text direction), the tags being few.
   */
  private static final Map<String, String> TAGS = new ConcurrentHashMap<>();

  private final StreamRDF out;
  private final Node graph;

  Quads(StreamRDF out, Node graph) {
    this.out = out;
    this.graph = graph;
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  void type(Node s, Resource type) {
    quad(s, RDF.type.asNode(), type.asNode());
  }

  void link(Node s, Property p, Node o) {
    quad(s, p.asNode(), o);
  }

  void string(Node s, Property p, String value) {
    if (value != null) {
      quad(s, p.asNode(), NodeFactory.createLiteralString(value));
    }
  }

  /** A literal in a language, by its ISO 639-1 code. */
  void text(Node s, Property p, String value, String language) {
    if (value != null && !value.isBlank()) {
      quad(s, p.asNode(), NodeFactory.createLiteralDirLang(value, TAGS.computeIfAbsent(language, LangTagX::formatLanguageTag),
          Node.noTextDirection));
    }
  }

  void integer(Node s, Property p, Integer value) {
    if (value != null) {
      typed(s, p, String.valueOf(value), XSDDatatype.XSDinteger);
    }
  }

  void date(Node s, Property p, LocalDate value) {
    if (value != null) {
      typed(s, p, value.toString(), XSDDatatype.XSDdate);
    }
  }

  void bool(Node s, Property p, Boolean value) {
    if (value != null) {
      typed(s, p, String.valueOf(value), XSDDatatype.XSDboolean);
    }
  }

  private void typed(Node s, Property p, String lexical, XSDDatatype type) {
    quad(s, p.asNode(), NodeFactory.createLiteralDT(lexical, type));
  }

  void quad(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }
}
