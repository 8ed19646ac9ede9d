package org.w3id.hrckg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.reference.OntologyFiles;

/**
 * The shapes with {@link LeanConstraints} installed give, on every example of {@code shapes-cases}
 * (valid and invalid), the very report of Jena's own constraints: the same entries (focus node,
 * path, value, source, component, severity, messages) in the same order.
 */
class LeanConstraintsTest {

  private static final String BASE = "http://kg.example.org/";

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(LeanConstraintsTest.class.getResource("/shapes-cases").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("case.ttl")).sorted().toList().stream();
    }
  }

  /** The ontology's terms and alignments, in a graph of its own. */
  static Graph ontology() {
    Graph graph = GraphFactory.createDefaultGraph();
    OntologyFiles.parse(OntologyFiles.TERMS, BASE, StreamRDFLib.graph(graph));
    OntologyFiles.parse(OntologyFiles.ALIGNMENTS, BASE, StreamRDFLib.graph(graph));
    return graph;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameReportAsJenasOwnConstraints(Path data) {
    Graph graph = ontology();
    RDFParser.source(data).base(BASE).parse(graph);
    Shapes jenas = Shapes.parse(ShapesValidator.shapesGraph());
    assertEquals(rendered(ShaclValidator.get().validate(jenas, graph).getEntries()),
        rendered(ShapesValidator.validate(graph).report().getEntries()));
  }

  @Test
  void everyCostlyConstraintIsReplaced() {
    List<String> left = ShapesValidator.shapes().getShapeMap().values().stream()
        .flatMap(s -> s.getConstraints().stream())
        .filter(c -> (c instanceof ShOr && !(c instanceof LeanConstraints.Or))
            || (c instanceof ShNot && !(c instanceof LeanConstraints.Not))
            || (c instanceof QualifiedValueShape && !(c instanceof LeanConstraints.Qualified))
            || (c instanceof ClassConstraint && !(c instanceof LeanConstraints.OfClass)))
        .map(Object::toString).toList();
    assertTrue(left.isEmpty(), () -> "left to Jena: " + left);
  }

  /** sh:class on a small hierarchy with a cycle: the same answer and message as Jena's for each node. */
  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({
      "a, A", "b, A", "c, A", "d, A", "e, A", "f, A", "\"1\", A", "_:x, A", "c, C", "g, A", "a, Z"})
  void aClassIsFoundAsJenaFindsIt(String node, String expected) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString("""
        @prefix : <http://x/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        :a a :A . :b a :B . :c a :C . :d a :B , :Q . :e a :Q . :f a :D . :g a :E .
        _:x a :C .
        :B rdfs:subClassOf :A . :C rdfs:subClassOf :B . :D rdfs:subClassOf :D2 . :D2 rdfs:subClassOf :D .
        :E rdfs:subClassOf :E2 . :E2 rdfs:subClassOf :C .
        """).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
    Node value = node.startsWith("\"") ? NodeFactory.createLiteralString(node.substring(1, node.length() - 1))
        : node.startsWith("_:") ? g.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://x/C")).toList().stream()
            .map(t -> t.getSubject()).filter(Node::isBlank).findFirst().orElseThrow()
        : NodeFactory.createURI("http://x/" + node);
    Node type = NodeFactory.createURI("http://x/" + expected);
    ValidationContext vc = ValidationContext.create(ShapesValidator.shapes(), g);
    ReportItem jenas = new ClassConstraint(type).validate(vc, g, value);
    ReportItem lean = new LeanConstraints.OfClass(type).validate(vc, g, value);
    assertEquals(jenas == null ? null : jenas.getMessage() + " " + jenas.getValue(),
        lean == null ? null : lean.getMessage() + " " + lean.getValue());
  }

  private static List<String> rendered(java.util.Collection<ReportEntry> entries) {
    return entries.stream().map(e -> String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
        String.valueOf(e.value()), String.valueOf(e.source()), String.valueOf(e.sourceConstraintComponent()),
        String.valueOf(e.severity().level()), String.valueOf(e.message()), String.valueOf(e.messages()))).toList();
  }
}
