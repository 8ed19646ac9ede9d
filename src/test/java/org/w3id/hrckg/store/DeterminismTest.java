package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.DocumentLimits;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * The same corpus always gives the same graph with the same URIs (contract, section 2): two
 * builds, one of them reading the files in reverse order, are isomorphic and mint the same IRIs;
 * the documents' graphs hold no blank node and the quality graph none either; and two builds of
 * the same input, on one thread or on several, write byte-identical dumps.
 */
class DeterminismTest {

  private static final String BASE = "http://kg.example.org/";

  @Test
  void twoBuildsAreIsomorphicWithTheSameIris() {
    List<SourceFile> corpus = CorpusSource.samples();
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
    DatasetGraph built = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset();
    List<String> withBlankNodes = built.stream()
        .filter(q -> q.getGraph().getURI().startsWith(BASE + "id/doc/"))
        .filter(q -> q.getSubject().isBlank() || q.getObject().isBlank())
        .map(Quad::toString).limit(5).toList();
    assertEquals(List.of(), withBlankNodes);
  }

  @Test
  void noGraphHoldsABlankNode() {
    DatasetGraph built = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset();
    assertEquals(0, built.stream().filter(q -> q.getSubject().isBlank() || q.getObject().isBlank()).count());
  }

  @Test
  void buildsOnOneThreadAndOnSeveralWriteTheSameBytes() throws IOException {
    List<SourceFile> corpus = CorpusSource.samples();
    byte[] once = dump(corpus, 1);
    assertArrayEquals(once, dump(corpus, 1), "two builds on one thread");
    assertArrayEquals(once, dump(corpus, 4), "a build on four threads");
  }

  private static byte[] dump(List<SourceFile> corpus, int threads) throws IOException {
    CorpusPipeline pipeline = new CorpusPipeline(new IriMinter(BASE), DocumentLimits.DEFAULT, threads);
    DatasetGraph dataset = DatasetBuilder.buildInto(DatasetGraphFactory.createTxnMem(), corpus, pipeline, f -> { }).dataset();
    Path file = Files.createTempFile("hrc-kg-determinism", ".nq");
    try {
      DumpWriter.write(dataset, file, DumpFormat.NQUADS);
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Set<String> iris(DatasetGraph dataset) {
    Set<String> iris = new TreeSet<>();
    dataset.stream().flatMap(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
        .filter(Node::isURI).forEach(n -> iris.add(n.getURI()));
    return iris;
  }
}
