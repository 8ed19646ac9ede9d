package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;
import org.w3id.hrckg.synth.SyntheticCorpus;

/**
 * The network's node query, rewritten to be linear in the citations (issue 10), gives exactly the
 * rows of the query it replaced, kept here as the reference: on the samples and on a synthetic
 * corpus of 200 texts whose network has a few much-cited documents.
 */
class NodeQueryTest {

  /** The node query before issue 10: each document's paragraphs and citations times its dated citations. */
  private static final String REFERENCE = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?d (SAMPLE(?s) AS ?symbol) (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?issuer) (SAMPLE(?session) AS ?sessionNumber)
             (SAMPLE(?own) AS ?ownDate) (MIN(?stated) AS ?statedDate) (SAMPLE(?file) AS ?sourceFile) {
        { ?d hrc:hasParagraph ?p } UNION { ?c hrc:citedDocument ?d }
        OPTIONAL { ?d hrc:symbol ?s }
        OPTIONAL { ?d rdfs:label ?l }
        OPTIONAL { ?d hrc:issuedBy/skos:notation ?n }
        OPTIONAL { ?d hrc:session/hrc:sessionNumber ?session }
        OPTIONAL { ?d hrc:adoptionDate|hrc:documentDate ?own }
        OPTIONAL { ?cit hrc:citedDocument ?d ; hrc:statedDate ?stated }
        OPTIONAL { ?d hrc:sourceFileName ?file }
      } GROUP BY ?d ORDER BY ?d""";

  private static final List<String> COLUMNS =
      List.of("d", "symbol", "label", "issuer", "sessionNumber", "ownDate", "statedDate", "sourceFile");

  @TempDir
  Path synthetic;

  @Test
  void theSamplesGiveTheReferenceRows() {
    assertSameRows(CorpusSource.bundled(), 28);
  }

  @Test
  void aSyntheticCorpusGivesTheReferenceRows() throws IOException {
    SyntheticCorpus.write(synthetic, 200, 7);
    assertSameRows(CorpusSource.folder(synthetic), 200);
  }

  private static void assertSameRows(List<SourceFile> corpus, int atLeast) {
    DatasetGraph dataset = DatasetBuilder.build(corpus, new IriMinter("http://kg.example.org/"), f -> { }).dataset();
    List<String> expected = rows(dataset, REFERENCE);
    assertTrue(expected.size() >= atLeast, expected.size() + " documents");
    assertEquals(expected, rows(dataset, CitationNetwork.NODES));
  }

  private static List<String> rows(DatasetGraph dataset, String query) {
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(dataset, () -> SelectQuery.rows(union, query).stream().map(NodeQueryTest::row).sorted().toList());
  }

  private static String row(QuerySolution r) {
    return String.join(" | ", COLUMNS.stream().map(c -> r.contains(c) ? r.get(c).toString() : "-").toList());
  }
}
