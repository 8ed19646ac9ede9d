package org.w3id.hrckg.server.sparql;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The SPARQL 1.1 Service Description of the endpoint ({@code GET /sparql} without a query): the
 * query language, the result formats, the dataset it answers from (its default graph is the union
 * of the named graphs), and its limits (rows, bytes and time of one answer), which the VoID
 * repeats.
 */
public final class ServiceDescription {

  public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  private static final String FORMATS = "http://www.w3.org/ns/formats/";
  /** What the endpoint answers in (the formats Fuseki writes, by content negotiation). */
  private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
      "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads");

  private ServiceDescription() {}

  /** The description of the endpoint at a URL, answering from a dataset (its VoID IRI). */
  public static Graph of(String endpoint, String dataset, AnswerLimits limits) {
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID.NS)
        .setNsPrefix("hrc", Hrc.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("rdfs", RDFS.uri);
    describe(g, endpoint, dataset, limits);
    return g;
  }

  /** Adds the statements of the description to a graph. */
  public static void describe(Graph g, String endpoint, String dataset, AnswerLimits limits) {
    Node service = NodeFactory.createURI(endpoint);
    add(g, service, RDF.type.asNode(), sd("Service"));
    add(g, service, sd("endpoint"), service);
    add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
    add(g, service, sd("feature"), sd("UnionDefaultGraph"));
    RESULT_FORMATS.forEach(f -> add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f)));
    Node data = NodeFactory.createURI(dataset);
    add(g, service, sd("defaultDataset"), data);
    add(g, data, RDF.type.asNode(), sd("Dataset"));
    add(g, service, Hrc.maxResultRows.asNode(), integer(limits.maxRows()));
    add(g, service, Hrc.maxAnswerBytes.asNode(), integer(limits.maxBytes()));
    add(g, service, Hrc.queryTimeout.asNode(),
        NodeFactory.createLiteralDT(limits.timeout().toString(), XSDDatatype.XSDdayTimeDuration));
    add(g, service, RDFS.comment.asNode(), NodeFactory.createLiteralLang("Read-only: SPARQL Update and the Graph Store"
        + " Protocol are refused, and so is SERVICE (federated query): the endpoint answers from its own data and"
        + " makes no request of its own. An answer past the row or byte limit is refused (HTTP 422): page with LIMIT"
        + " and OFFSET. Each client may make a bounded number of requests at once and per second (HTTP 429 beyond).",
        "en"));
  }

  private static Node sd(String local) {
    return NodeFactory.createURI(SD + local);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }
}
