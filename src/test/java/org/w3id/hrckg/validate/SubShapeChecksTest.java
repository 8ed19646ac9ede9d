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
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.reference.OntologyFiles;

/**
 * The shapes with {@link SubShapeChecks} installed give, on every example of {@code shapes-cases}
 * (valid and invalid), the very report of Jena's own constraints: the same entries (focus node,
 * path, value, source, component, severity, messages) in the same order.
 */
class SubShapeChecksTest {

  private static final String BASE = "http://kg.example.org/";

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(SubShapeChecksTest.class.getResource("/shapes-cases").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("case.ttl")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameReportAsJenasOwnConstraints(Path data) {
    Graph graph = GraphFactory.createDefaultGraph();
    OntologyFiles.parse(OntologyFiles.TERMS, BASE, StreamRDFLib.graph(graph));
    OntologyFiles.parse(OntologyFiles.ALIGNMENTS, BASE, StreamRDFLib.graph(graph));
    RDFParser.source(data).base(BASE).parse(graph);
    Shapes jenas = Shapes.parse(ShapesValidator.shapesGraph());
    assertEquals(rendered(ShaclValidator.get().validate(jenas, graph).getEntries()),
        rendered(ShapesValidator.validate(graph).report().getEntries()));
  }

  @Test
  void everyConstraintThatBuildsASubReportIsReplaced() {
    List<String> left = ShapesValidator.shapes().getShapeMap().values().stream()
        .flatMap(s -> s.getConstraints().stream())
        .filter(c -> (c instanceof ShOr && !(c instanceof SubShapeChecks.Or))
            || (c instanceof ShNot && !(c instanceof SubShapeChecks.Not))
            || (c instanceof QualifiedValueShape && !(c instanceof SubShapeChecks.Qualified)))
        .map(Object::toString).toList();
    assertTrue(left.isEmpty(), () -> "left to Jena: " + left);
  }

  private static List<String> rendered(java.util.Collection<ReportEntry> entries) {
    return entries.stream().map(e -> String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
        String.valueOf(e.value()), String.valueOf(e.source()), String.valueOf(e.sourceConstraintComponent()),
        String.valueOf(e.severity().level()), String.valueOf(e.message()), String.valueOf(e.messages()))).toList();
  }
}
