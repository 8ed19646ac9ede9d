package org.w3id.hrckg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The W3C SPARQL protocol manifest ({@code ../shared/tools/w3c-sparql-protocol/manifest.ttl}) made
 * checkable by its Node runner, which reads a response's expected status only from
 * {@code ht:statusCodeValue} and its boolean only from {@code ht:body}: most tests state theirs
 * with {@code mf:expectedStatus} and {@code mf:expectedBoolean}, which the runner would not check.
 * Each of those gets its runner form beside it. The tests are then split between the read-only
 * server and the writable one: a test writes when its name says update or a request sends
 * {@code application/sparql-update}.
 */
final class ProtocolManifest {

  static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
  static final String HT = "http://www.w3.org/2011/http#";
  static final String CNT = "http://www.w3.org/2011/content#";

  private static final String PREFIXES = "PREFIX mf: <" + MF + "> PREFIX ht: <" + HT + "> PREFIX cnt: <" + CNT + "> "
      + "PREFIX rdf: <" + RDF.getURI() + "> ";

  private final Model manifest;

  private ProtocolManifest(Model manifest) {
    this.manifest = manifest;
  }

  /** The base the manifest is read and written under, so that its data files stay relative to it. */
  private static final String BASE = "http://w3c-protocol.invalid/";

  static ProtocolManifest read(Path file) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.source(file).base(BASE).parse(model);
    return new ProtocolManifest(model);
  }

  /** The tests, by IRI, in the order of the manifest's entries. */
  List<String> tests() {
    List<String> tests = new ArrayList<>();
    select("SELECT ?t { ?m mf:entries/rdf:rest*/rdf:first ?t }").forEach(r -> tests.add(r.getResource("t").getURI()));
    return tests;
  }

  /** Whether a test writes: its name says update, or one of its requests is a SPARQL Update. */
  boolean writes(String test) {
    if (test.substring(test.indexOf('#') + 1).contains("update")) {
      return true;
    }
    return !select("SELECT ?v { <" + test + "> mf:action/ht:requests/rdf:rest*/rdf:first/ht:headers/rdf:rest*/rdf:first ?h ."
        + " ?h ht:fieldName ?n ; ht:fieldValue ?v FILTER(lcase(str(?n)) = 'content-type' && contains(lcase(str(?v)), 'sparql-update')) }")
        .isEmpty();
  }

  /** The manifest with the given tests only, every expectation in the form the runner reads. */
  void writeFor(Predicate<String> keep, Path file) {
    Graph g = GraphFactory.createDefaultGraph();
    manifest.getGraph().find().forEachRemaining(g::add);
    Node protocolTest = NodeFactory.createURI(MF + "ProtocolTest");
    for (String test : tests()) {
      if (!keep.test(test)) {
        g.delete(Triple.create(NodeFactory.createURI(test), RDF.type.asNode(), protocolTest));
      }
    }
    for (QuerySolution r : select("SELECT ?resp ?status { ?resp mf:expectedStatus ?status }")) {
      String code = r.getResource("status").getLocalName().replace("StatusCode", "").toUpperCase();
      g.add(Triple.create(r.getResource("resp").asNode(), ht("statusCodeValue"), NodeFactory.createLiteralString(code)));
    }
    for (QuerySolution r : select("SELECT ?resp ?b { ?resp mf:expectedBoolean ?b }")) {
      Node body = NodeFactory.createBlankNode();
      g.add(Triple.create(r.getResource("resp").asNode(), ht("body"), body));
      g.add(Triple.create(body, NodeFactory.createURI(CNT + "chars"),
          NodeFactory.createLiteralDT(r.getLiteral("b").getLexicalForm(), XSDDatatype.XSDboolean)));
    }
    g.getPrefixMapping().setNsPrefixes(manifest.getNsPrefixMap());
    // Relative again, as the runner reads them: the data files beside the manifest.
    String turtle = RDFWriter.source(g).format(RDFFormat.TURTLE_BLOCKS).asString().replace("<" + BASE, "<");
    try {
      java.nio.file.Files.writeString(file, turtle);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<QuerySolution> select(String query) {
    try (var exec = QueryExecutionFactory.create(PREFIXES + query, manifest)) {
      List<QuerySolution> rows = new ArrayList<>();
      exec.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }

  private static Node ht(String local) {
    return NodeFactory.createURI(HT + local);
  }
}
