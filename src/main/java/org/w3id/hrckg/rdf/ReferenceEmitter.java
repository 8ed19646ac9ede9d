package org.w3id.hrckg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.reference.OntologyFiles;

/**
 * Emits what every build carries besides its documents: the ontology's terms (in the graph named
 * by the ontology's IRI) and the reference individuals, States, funds, bodies and SDG goals (in the
 * reference graph, their IRIs resolved against the build's base URI).
 */
public final class ReferenceEmitter {

  private ReferenceEmitter() {}

  /** Emits the ontology graph and the reference graph. */
  public static void emit(IriMinter iris, StreamRDF out) {
    Node ontology = NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI);
    OntologyFiles.parse(OntologyFiles.TERMS, iris.base(), intoGraph(ontology, out));
    OntologyFiles.parse(OntologyFiles.ALIGNMENTS, iris.base(), intoGraph(ontology, out));
    Node reference = NodeFactory.createURI(iris.referenceGraph());
    for (String file : OntologyFiles.REFERENCE) {
      OntologyFiles.parse(file, iris.base(), intoGraph(reference, out));
    }
    describeDataset(iris, reference, out);
  }

  /**
   * The dataset itself, with the base its URIs were minted under: a store opened later serves by
   * paths relative to that base.
   */
  private static void describeDataset(IriMinter iris, Node graph, StreamRDF out) {
    Node dataset = NodeFactory.createURI(iris.dataset());
    out.quad(Quad.create(graph, dataset, RDF.type.asNode(), VOID.Dataset.asNode()));
    out.quad(Quad.create(graph, dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base())));
    out.quad(Quad.create(graph, dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI)));
    out.quad(Quad.create(graph, dataset, DCTerms.title.asNode(),
        NodeFactory.createLiteralLang("hrc-kg: resolutions of the UN Human Rights Council", "en")));
    out.quad(Quad.create(graph, dataset, DCTerms.title.asNode(),
        NodeFactory.createLiteralLang("hrc-kg : résolutions du Conseil des droits de l’homme des Nations Unies", "fr")));
    out.quad(Quad.create(graph, dataset, DCTerms.license.asNode(),
        NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
  }

  /** A stream that puts the triples a parser gives into one named graph of another stream. */
  private static StreamRDF intoGraph(Node graph, StreamRDF out) {
    return new StreamRDFWrapper(out) {
      @Override
      public void start() {
        // The caller's stream is started and finished by the caller.
      }

      @Override
      public void finish() {
        // Likewise.
      }

      @Override
      public void triple(Triple t) {
        out.quad(Quad.create(graph, t));
      }

      @Override
      public void base(String base) {
        // Relative IRIs are already resolved; the dump keeps its own base.
      }

      @Override
      public void prefix(String prefix, String iri) {
        // Prefixes are set once by the writer of the dump.
      }
    };
  }
}
