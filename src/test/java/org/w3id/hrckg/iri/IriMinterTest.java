package org.w3id.hrckg.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URI patterns of CONTRACT.md, section 2, and symbols that go in and come back out. */
class IriMinterTest {

  private final IriMinter iris = new IriMinter("http://localhost:3030/");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A/HRC/RES/45/32|http://localhost:3030/id/doc/A/HRC/RES/45/32",
      "A/RES/60/251|http://localhost:3030/id/doc/A/RES/60/251",
      "A/HRC/51/L.15/Rev.1|http://localhost:3030/id/doc/A/HRC/51/L.15/Rev.1",
      "A/HRC/50/62|http://localhost:3030/id/doc/A/HRC/50/62",
      "S/RES/1325 (2000)|http://localhost:3030/id/doc/S/RES/1325%20(2000)",
      "A/HRC/RES/S-34/1|http://localhost:3030/id/doc/A/HRC/RES/S-34/1",
      "E/CN.4/RES/2005/69|http://localhost:3030/id/doc/E/CN.4/RES/2005/69"})
  void mintsDocumentsBySymbolAndReadsThemBack(String symbol, String iri) {
    assertEquals(iri, iris.document(symbol));
    assertEquals(symbol, iris.symbolOf(iri));
  }

  @Test
  void mintsTheOtherPatterns() {
    String doc = iris.document("A/HRC/RES/45/32");
    assertEquals(doc + "/op/12", iris.paragraph(doc, false, 12));
    assertEquals(doc + "/pp/4/citation/2", iris.citation(iris.paragraph(doc, true, 4), 2));
    assertEquals(doc + "/op/13/output/1", iris.output(iris.paragraph(doc, false, 13), 1));
    assertEquals(doc + "/annex/1", iris.annex(doc, 1));
    assertEquals(doc + "/annex/2/para/3", iris.paragraph(doc, 2, false, 3));
    assertEquals(doc + "/op/12", iris.paragraph(doc, 0, false, 12));
    assertEquals(doc + "/annex/1/para/10/citation/1", iris.citation(iris.paragraph(doc, 1, false, 10), 1));
    assertEquals(doc + "/sponsor/TUR", iris.sponsorship(doc, "TUR"));
    assertEquals("http://localhost:3030/id/state/TUR", iris.state("TUR"));
    assertEquals("http://localhost:3030/id/fund/vftc", iris.fund("vftc"));
    assertEquals("http://localhost:3030/id/body/ohchr", iris.body("ohchr"));
    assertEquals("http://localhost:3030/id/session/hrc/53", iris.session("hrc", 53, false));
    assertEquals("http://localhost:3030/id/session/ga/79", iris.session("ga", 79, false));
    assertEquals("http://localhost:3030/id/session/hrc/S-34", iris.session("hrc", 34, true));
  }

  @Test
  void namesADocumentWithoutSymbolFromWhatItsTextGives() {
    String iri = iris.unsymbolledDocument(42, "Promotion de la coopération internationale à l’appui des mécanismes", "78267d56a9d2");
    assertEquals("http://localhost:3030/id/doc/no-symbol/42/promotion-de-la-cooperation-internationale-a-l-appui-78267d56a9d2", iri);
    assertNull(iris.symbolOf(iri));
  }

  @Test
  void addsTheSlashABaseLacks() {
    assertEquals("https://kg.example.org/hrc/id/state/FRA", new IriMinter("https://kg.example.org/hrc").state("FRA"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"localhost:3030/", "ftp://example.org/", "http://example.org/?q=1", "not a uri"})
  void refusesABaseThatIsNoHttpUri(String base) {
    assertThrows(IllegalArgumentException.class, () -> new IriMinter(base));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      doc/A/RES/60/251                 | http://kg.example.org/id/doc/A/RES/60/251
      doc/A/HRC/51/L%2E15/Rev%2e1      | http://kg.example.org/id/doc/A/HRC/51/L.15/Rev.1
      doc/S/RES/2334 (2016)            | http://kg.example.org/id/doc/S/RES/2334%20(2016)
      doc/S/RES/2334%20%282016%29      | http://kg.example.org/id/doc/S/RES/2334%20(2016)
      doc/bad%zzescape                 | http://kg.example.org/id/doc/bad%25zzescape
      doc/trailing%                    | http://kg.example.org/id/doc/trailing%25
      state/CÔTE                       | http://kg.example.org/id/state/C%C3%94TE
      """)
  void requestPathsResolveToTheMintedIriHoweverTheyAreEscaped(String path, String iri) {
    assertEquals(iri, new IriMinter("http://kg.example.org/").thing(path));
  }
}
