package org.w3id.hrckg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/** Searching the bundled corpus: symbols, words with and without accents, facets, and text:query in SPARQL. */
class DocumentSearchTest {

  private static final String BASE = "http://kg.example.org/";
  private static DatasetGraph dataset;

  @BeforeAll
  static void build() {
    dataset = DatasetBuilder.build(CorpusSource.bundled(), new IriMinter(BASE), f -> { }).dataset();
    SearchIndex.inMemory(dataset);
  }

  @ParameterizedTest(name = "{0} finds {1} first")
  @CsvSource(delimiter = '|', value = {
      "60/251            | A/RES/60/251",
      "A/RES/60/251      | A/RES/60/251",
      "A/HRC/RES/45/32   | A/HRC/RES/45/32",
      "a/hrc/res/45/32   | A/HRC/RES/45/32",
  })
  void aSymbolFindsItsDocumentFirst(String typed, String symbol) {
    List<DocumentSearch.Found> found = search(typed, Map.of());
    assertEquals(BASE + "id/doc/" + symbol, found.get(0).document(), () -> found.toString());
  }

  @Test
  void aWordFindsParagraphsWithOrWithoutItsAccents() {
    List<DocumentSearch.Found> accented = search("résolution", Map.of());
    List<DocumentSearch.Found> plain = search("resolution", Map.of());
    assertTrue(accented.size() >= 4, accented::toString);
    assertEquals(accented.stream().map(DocumentSearch.Found::document).toList(),
        plain.stream().map(DocumentSearch.Found::document).toList());
    DocumentSearch.Snippet snippet = accented.get(0).snippets().get(0);
    assertTrue(snippet.text().indexOf(DocumentSearch.MARK_START) >= 0, snippet::toString);
  }

  @Test
  void everyWordTypedMustBeFound() {
    assertTrue(search("torture xylophone", Map.of()).isEmpty());
  }

  @Test
  void facetsCountAndFilterTheDocuments() {
    DocumentSearch.Results all = new DocumentSearch(dataset).search(SearchTerms.of("Conseil"), Map.of());
    Map<String, Long> roles = all.counts().get(DocumentSearch.Facet.ROLE);
    assertTrue(roles.get(DocumentSearch.CITING) >= 4, roles::toString);
    assertEquals(Map.of("fr", (long) all.documents().size()), all.counts().get(DocumentSearch.Facet.LANGUAGE));
    List<DocumentSearch.Found> citing = search("Conseil", Map.of(DocumentSearch.Facet.ROLE, DocumentSearch.CITING));
    assertEquals(roles.get(DocumentSearch.CITING), citing.size());
  }

  @Test
  void sparqlAnswersTextQueryWithTheSameIndex() {
    long rows = Txn.calculateRead(dataset, () -> SelectQuery.rows(UnionDefaultGraph.of(dataset), """
        PREFIX text: <http://jena.apache.org/text#>
        PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
        SELECT ?s WHERE { ?s text:query (hrc:symbol '"60/251"') }""").size());
    assertEquals(1, rows);
  }

  private static List<DocumentSearch.Found> search(String typed, Map<DocumentSearch.Facet, String> chosen) {
    return new DocumentSearch(dataset).search(SearchTerms.of(typed), chosen).documents();
  }
}
