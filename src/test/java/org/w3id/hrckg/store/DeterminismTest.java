package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * The same corpus always gives the same graph with the same URIs (contract, section 2): two
 * builds, one of them reading the files in reverse order, are isomorphic and mint the same IRIs,
 * and the documents' graphs hold no blank node.
 */
class DeterminismTest {

  private static final String BASE = "http://kg.example.org/";

  @Test
  void twoBuildsAreIsomorphicWithTheSameIris() {
    List<SourceFile> corpus = CorpusSource.bundled();
    List<SourceFile> reversed = new ArrayList<>(corpus);
    Collections.reverse(reversed);
    DatasetGraph first = DatasetBuilder.build(corpus, new IriMinter(BASE), f -> { }).dataset();
    DatasetGraph second = DatasetBuilder.build(reversed, new IriMinter(BASE), f -> { }).dataset();

    assertTrue(IsoMatcher.isomorphic(first, second), "the two builds are isomorphic");
    assertEquals(iris(first), iris(second));
    assertEquals(first.stream().count(), second.stream().count());
  }

  @Test
  void documentGraphsHoldNoBlankNode() {
    DatasetGraph built = DatasetBuilder.build(CorpusSource.bundled(), new IriMinter(BASE), f -> { }).dataset();
    List<String> withBlankNodes = built.stream()
        .filter(q -> q.getGraph().getURI().startsWith(BASE + "id/doc/"))
        .filter(q -> q.getSubject().isBlank() || q.getObject().isBlank())
        .map(Quad::toString).limit(5).toList();
    assertEquals(List.of(), withBlankNodes);
  }

  private static Set<String> iris(DatasetGraph dataset) {
    Set<String> iris = new TreeSet<>();
    dataset.stream().flatMap(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
        .filter(Node::isURI).forEach(n -> iris.add(n.getURI()));
    return iris;
  }
}
