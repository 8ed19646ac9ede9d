package org.w3id.hrckg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.reference.OntologyFiles;

/**
 * Every shape of {@code shapes/} on a valid and an invalid example, in the manner of the W3C
 * SHACL test suite: {@code shapes-cases/<Shape>/valid/case.ttl} must give no result from that
 * shape, {@code invalid/case.ttl} exactly the results of {@code invalid/case.expected.ttl} (focus
 * node, path, constraint component, severity, source shape), written by hand.
 */
class ShapesCasesTest {

  private static final String BASE = "http://kg.example.org/";
  private static final String SHAPES_NS = "https://w3id.org/hrc-kg/shapes#";

  static Stream<String> shapeNames() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(casesRoot())) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeNames")
  void validExampleGivesNoResult(String shape) throws Exception {
    Set<String> results = resultsOf(shape, casesRoot().resolve(shape).resolve("valid/case.ttl"));
    assertTrue(results.isEmpty(), () -> shape + " on its valid example:\n  " + String.join("\n  ", results));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeNames")
  void invalidExampleGivesTheExpectedReport(String shape) throws Exception {
    Path dir = casesRoot().resolve(shape).resolve("invalid");
    Set<String> expected = expectedResults(dir.resolve("case.expected.ttl"));
    assertFalse(expected.isEmpty(), shape + ": an invalid example expects at least one result");
    assertEquals(String.join("\n", expected), String.join("\n", resultsOf(shape, dir.resolve("case.ttl"))));
  }

  @Test
  void everyShapeOfTheFilesHasItsCases() throws Exception {
    Graph shapes = ShapesValidator.shapesGraph();
    Set<String> nodeShapes = shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).toList().stream()
        .map(t -> t.getSubject().getURI().substring(SHAPES_NS.length())).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(nodeShapes, shapeNames().collect(Collectors.toCollection(TreeSet::new)));
  }

  /** A shape named in both files would merge two definitions into one. */
  @Test
  void noShapeIsDefinedInBothFiles() {
    List<Set<Node>> defined = new ArrayList<>();
    for (String file : ShapesValidator.FILES) {
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(ShapesCasesTest.class.getResourceAsStream("/shapes/" + file)).lang(Lang.TURTLE).parse(g);
      defined.add(g.find().toList().stream().map(t -> t.getSubject()).filter(Node::isURI).collect(Collectors.toSet()));
    }
    Set<Node> both = new TreeSet<>(Comparator.comparing(Node::getURI));
    both.addAll(defined.get(0));
    both.retainAll(defined.get(1));
    both.removeIf(n -> n.getURI().equals(SHAPES_NS));
    assertEquals(Set.of(), both);
  }

  /** Results whose source is the named node shape or one of its property shapes. */
  private static Set<String> resultsOf(String shape, Path data) {
    Graph graph = GraphFactory.createDefaultGraph();
    OntologyFiles.parse(OntologyFiles.TERMS, BASE, StreamRDFLib.graph(graph));
    OntologyFiles.parse(OntologyFiles.ALIGNMENTS, BASE, StreamRDFLib.graph(graph));
    RDFParser.source(data).base(BASE).parse(graph);
    Set<Node> sources = sourcesOf(shape);
    return ShapesValidator.validate(graph).report().getEntries().stream()
        .filter(e -> sources.contains(e.source()))
        .map(ShapesCasesTest::render)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Node> sourcesOf(String shape) {
    Node node = NodeFactory.createURI(SHAPES_NS + shape);
    Graph shapes = ShapesValidator.shapesGraph();
    Set<Node> sources = shapes.find(node, SHACL.property, Node.ANY).toList().stream()
        .map(t -> t.getObject()).collect(Collectors.toSet());
    sources.add(node);
    return sources;
  }

  private static String render(ReportEntry e) {
    String path = e.resultPath() instanceof P_Link link ? link.getNode().getURI() : "-";
    return String.join(" | ", e.focusNode().getURI(), path, e.constraint().getComponent().getURI(),
        e.severity().level().getURI(), e.source().getURI());
  }

  private static Set<String> expectedResults(Path file) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(file).base(BASE).parse(g);
    return g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationResult).toList().stream().map(t -> {
      Node r = t.getSubject();
      Node path = single(g, r, SHACL.resultPath);
      return String.join(" | ", single(g, r, SHACL.focusNode).getURI(), path == null ? "-" : path.getURI(),
          single(g, r, SHACL.sourceConstraintComponent).getURI(), single(g, r, SHACL.resultSeverity).getURI(),
          single(g, r, SHACL.sourceShape).getURI());
    }).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Node single(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
  }

  private static Path casesRoot() throws URISyntaxException {
    return Path.of(ShapesCasesTest.class.getResource("/shapes-cases").toURI());
  }
}
