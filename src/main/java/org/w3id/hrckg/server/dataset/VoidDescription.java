package org.w3id.hrckg.server.dataset;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.sparql.AnswerLimits;
import org.w3id.hrckg.server.sparql.ServiceDescription;

/**
 * The dataset's VoID and DCAT description, for {@code /.well-known/void} (RFC 5785, VoID section
 * 7): what the build stated of it (title, licence, URI space, vocabulary), its figures, where
 * to query and download it on the server that answers, and the limits of its SPARQL endpoint (the
 * statements of the endpoint's service description).
 */
public final class VoidDescription {

  private VoidDescription() {}

  /**
   * @param server the server's own URL, ending with a slash
   * @param dumpPath the path of the dump on the server
   * @param limits the limits of the SPARQL endpoint
   */
  public static Graph of(DatasetGraph dataset, IriMinter iris, DatasetFigures figures, String server, String dumpPath,
      AnswerLimits limits) {
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("xsd", XSD.NS).setNsPrefix("hrc", "https://w3id.org/hrc-kg/ontology#")
        .setNsPrefix("sd", ServiceDescription.SD);
    Node ds = NodeFactory.createURI(iris.dataset());
    Txn.executeRead(dataset, () -> dataset.find(Node.ANY, ds, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
    add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
    add(g, ds, RDF.type.asNode(), DCAT.Dataset.asNode());
    add(g, ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(server + "sparql"));
    ServiceDescription.describe(g, server + "sparql", iris.dataset(), limits);
    Node dump = NodeFactory.createURI(server + dumpPath.substring(1));
    add(g, ds, VOID.dataDump.asNode(), dump);
    add(g, ds, DCAT.landingPage.asNode(), NodeFactory.createURI(server));
    add(g, ds, VOID.triples.asNode(), integer(figures.triples()));
    add(g, ds, VOID.uriLookupEndpoint.asNode(), NodeFactory.createURI(server + "id/"));
    figures.documents().stream().findFirst()
        .ifPresent(d -> add(g, ds, VOID.exampleResource.asNode(), NodeFactory.createURI(d.iri())));
    Node distribution = NodeFactory.createURI(iris.dataset() + "/dump");
    add(g, ds, DCAT.distribution.asNode(), distribution);
    add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
    add(g, distribution, DCAT.downloadURL.asNode(), dump);
    add(g, distribution, DCAT.mediaType.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/application/n-quads"));
    add(g, distribution, DCAT.compressFormat.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/application/gzip"));
    for (Map.Entry<String, Long> c : figures.classes().entrySet()) {
      Node partition = NodeFactory.createBlankNode();
      add(g, ds, VOID.classPartition.asNode(), partition);
      add(g, partition, VOID._class.asNode(), NodeFactory.createURI(c.getKey()));
      add(g, partition, VOID.entities.asNode(), integer(c.getValue()));
    }
    return g;
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }
}
