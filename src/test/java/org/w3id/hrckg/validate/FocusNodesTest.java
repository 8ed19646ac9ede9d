package org.w3id.hrckg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The focus nodes of a document's validation, the subclasses of the target classes taken once from
 * the context: on every example of {@code shapes-cases} read over the ontology, for every shape
 * with a target, the very nodes of Jena's {@code VLib.focusNodes} in the same order.
 */
class FocusNodesTest {

  private static final String BASE = "http://kg.example.org/";

  static Stream<Path> cases() throws IOException, URISyntaxException {
    return LeanConstraintsTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameFocusNodesAsJenas(Path data) {
    Graph ontology = LeanConstraintsTest.ontology();
    Graph own = GraphFactory.createDefaultGraph();
    RDFParser.source(data).base(BASE).parse(own);
    assertFalse(own.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY), "a case that declares a subclass is validated by Jena's own");
    Graph overlay = new GraphOverlay(own, ontology);
    ShapesValidator.Context context = new ShapesValidator.Context(ontology);
    for (Shape shape : ShapesValidator.shapes().getTargetShapes()) {
      assertEquals(List.copyOf(VLib.focusNodes(overlay, shape)), List.copyOf(ShapesValidator.focusNodes(overlay, shape, context)),
          shape::toString);
    }
  }
}
