package org.w3id.hrckg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
import org.w3id.hrckg.vocab.Hrc;

/** Searching the bundled sample texts: symbols, words with and without accents, facets, and text:query in SPARQL. */
class DocumentSearchTest {

  private static final String BASE = "http://kg.example.org/";
  private static DatasetGraph dataset;

  @BeforeAll
  static void build() {
    dataset = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset();
    // Language versions of one paragraph, as the Akoma Ntoso reader brings them: one literal per language.
    Node graph = NodeFactory.createURI(BASE + "id/graph/fixture");
    Node paragraph = NodeFactory.createURI(BASE + "id/doc/A/HRC/RES/45/32/op/1");
    Txn.executeWrite(dataset, () -> {
      dataset.add(graph, paragraph, Hrc.text.asNode(), NodeFactory.createLiteralLang(
          "Requests the Office of the High Commissioner to continue providing technical assistance", "en"));
      dataset.add(graph, paragraph, Hrc.text.asNode(), NodeFactory.createLiteralLang(
          "Solicita a la Oficina del Alto Comisionado que siga prestando asistencia técnica", "es"));
    });
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
    assertEquals((long) all.documents().size(), all.counts().get(DocumentSearch.Facet.LANGUAGE).get("fr"));
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

  @ParameterizedTest(name = "{0} is found in {1}")
  @CsvSource({"Commissioner, en", "asistencia, es", "assistance, en"})
  void everyLanguageLoadedIsSearched(String word, String lang) {
    DocumentSearch.Results found = new DocumentSearch(dataset).search(SearchTerms.of(word), Map.of(DocumentSearch.Facet.LANGUAGE, lang));
    assertEquals(BASE + "id/doc/A/HRC/RES/45/32", found.documents().get(0).document(), found::toString);
    assertTrue(found.documents().get(0).snippets().stream().anyMatch(s -> s.language().equals(lang)));
  }

  @Test
  void sparqlAsksForOneLanguage() {
    long rows = Txn.calculateRead(dataset, () -> SelectQuery.rows(UnionDefaultGraph.of(dataset), """
        PREFIX text: <http://jena.apache.org/text#>
        PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
        SELECT ?s WHERE { ?s text:query (hrc:text "asistencia" "lang:es") }""").size());
    assertEquals(1, rows);
  }

  private static List<DocumentSearch.Found> search(String typed, Map<DocumentSearch.Facet, String> chosen) {
    return new DocumentSearch(dataset).search(SearchTerms.of(typed), chosen).documents();
  }
}
