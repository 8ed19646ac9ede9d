package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.vocab.Hrc;

/** {@code /ontology}: the vocabulary documented in both languages, and the same as RDF by content negotiation. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class VocabularyIT {

  /** Over the embedded dataset, or over the same build in a standalone Fuseki. */
  @Parameter
  TestServer.Mode mode;

  @Test
  void everyTermHasItsAnchorLabelAndDefinition() {
    String english = text(get("ontology", "Accept-Language", "en"));
    assertTrue(english.contains("<article class=\"term\" id=\"Citation\">"), english);
    assertTrue(english.contains("<h3>citation function <code class=\"curie\">hrc:CitationFunction</code></h3>"));
    String french = text(get("ontology", "Accept-Language", "fr"));
    assertTrue(french.contains("<h3>document cité <code class=\"curie\">hrc:citedDocument</code></h3>"), french);
    assertTrue(french.contains("<dt>Dans les données</dt>"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/turtle, TTL", "application/ld+json, JSON-LD", "application/rdf+xml, RDF/XML"})
  void theVocabularyIsDataByContentNegotiation(String type, String lang) {
    HttpResponse<byte[]> r = get("ontology", "Accept", type);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
    Model m = ModelFactory.createDefaultModel().read(new ByteArrayInputStream(r.body()), null, lang);
    assertTrue(m.contains(ResourceFactory.createResource(Hrc.NS + "Citation"), RDF.type, OWL.Class));
  }

  @Test
  void theDataModelIsDrawnFromTheOntology() {
    String model = text(get("ontology/model.json"));
    assertTrue(model.contains("\"source\":\"Citation\"") && model.contains("\"target\":\"Document\""), model);
    assertTrue(model.startsWith("{\"nodes\":[{\"data\":{\"id\":"), "keys in a fixed order, the same bytes from run to run: " + model);
  }

  @Test
  void theShapesAreListedFromTheVocabularyPage() {
    assertTrue(text(get("ontology", "Accept-Language", "en")).contains("<a href=\"/shapes\">Shapes of the data</a>"));
    String index = text(get("shapes", "Accept-Language", "en"));
    assertTrue(index.contains("<a href=\"/shapes/DocumentShape\">UN document</a> <code class=\"curie\">hrcsh:DocumentShape</code>"), index);
    assertTrue(index.contains("<h2><code>shapes/hrc-warnings.ttl</code></h2>"), index);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|UN document|(symbol)|0 … 1|literal of type xsd:string|A document has at most one symbol, a UN symbol such as A/HRC/RES/45/32.",
      "fr|Document de l’ONU|(cote)|0 … 1|littéral de type xsd:string|Un document a au plus une cote, une cote de l’ONU telle que A/HRC/RES/45/32."})
  void aShapeReadsInThePagesLanguage(String lang, String title, String pathLabel, String cardinality, String values, String message) {
    String html = text(get("shapes/DocumentShape", "Accept-Language", lang));
    assertTrue(html.contains("<html lang=\"" + lang + "\">"));
    assertTrue(html.contains("<h1>" + title + " <code class=\"curie\">hrcsh:DocumentShape</code></h1>"), html);
    int row = html.indexOf("<tr id=\"Document-symbol\">");
    assertTrue(row > 0, html);
    String symbol = html.substring(row, html.indexOf("</tr>", row));
    assertTrue(symbol.contains("<a href=\"/ontology#symbol\"><code>hrc:symbol</code></a> <span class=\"term-label\">" + pathLabel + "</span>"), symbol);
    assertTrue(symbol.contains("<td>" + cardinality + "</td>") && symbol.contains("<div>" + values + "</div>")
        && symbol.contains("<td>" + message + "</td>"), symbol);
    assertTrue(html.contains("<a href=\"/ontology#Document\">"), "the target class links to its documentation");
  }

  @Test
  void theShapesAreTurtleByContentNegotiation() throws java.io.IOException {
    Model served = ModelFactory.createDefaultModel().read(new ByteArrayInputStream(get("shapes", "Accept", "text/turtle").body()), null, "TTL");
    Model files = ModelFactory.createDefaultModel();
    for (String file : List.of("hrc-shapes.ttl", "hrc-warnings.ttl")) {
      files.read(java.nio.file.Files.newInputStream(java.nio.file.Path.of("shapes", file)), null, "TTL");
    }
    assertTrue(served.isIsomorphicWith(files), "all the shapes, as the files say");
    HttpResponse<byte[]> one = get("shapes/DocumentShape", "Accept", "text/turtle");
    assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    Model shape = ModelFactory.createDefaultModel().read(new ByteArrayInputStream(one.body()), null, "TTL");
    String sh = "http://www.w3.org/ns/shacl#";
    org.apache.jena.rdf.model.Resource symbol = shape.createResource("https://w3id.org/hrc-kg/shapes#Document-symbol");
    assertTrue(shape.contains(shape.createResource("https://w3id.org/hrc-kg/shapes#DocumentShape"), shape.createProperty(sh, "property"), symbol));
    assertTrue(shape.contains(symbol, shape.createProperty(sh, "path"), shape.createResource(Hrc.NS + "symbol")), "with its property shapes");
    assertTrue(!shape.containsResource(shape.createResource("https://w3id.org/hrc-kg/shapes#SessionShape")), "and no other shape");
    assertEquals(404, get("shapes/NoSuchShape").statusCode());
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return TestServer.site(mode).get(path, headers);
  }
}
