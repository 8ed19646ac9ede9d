package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.SCRIPT;
import static org.w3id.hrckg.server.TestServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.analysis.QueryCatalogue;

/** The HTML pages as a person reads them, and markup in the data shown as text, never run. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class PagesIT {

  /** Over the embedded dataset, or over the same build in a standalone Fuseki. */
  @Parameter
  TestServer.Mode mode;

  private static final String ESCAPED = "&lt;script&gt;alert(&#39;hrc-kg&#39;)&lt;/script&gt;";

  @Test
  void aLiteralHoldingScriptIsShownEscaped() {
    for (String page : new String[] {"page/fund/vftc", "page/doc/A/HRC/RES/45/32/pp/1"}) {
      String html = text(get(page));
      assertFalse(html.contains(SCRIPT), page + " carries the markup as markup");
      assertTrue(html.contains(ESCAPED) || html.contains(ESCAPED.replace("&#39;", "&#x27;")), page + ":\n" + html);
    }
  }

  @Test
  void theResolutionPageShowsWhatAReaderLooksFor() {
    HttpResponse<byte[]> r = get("page/doc/A/HRC/51/L.15/Rev.1");
    assertEquals(200, r.statusCode());
    String html = text(r);
    assertTrue(html.contains("A/HRC/51/L.15/Rev.1"));
    assertTrue(html.contains("draft resolution"), "the kind, by the ontology's label");
    assertTrue(html.contains("Sponsors (31)"), "31 sponsors in the gold file");
    assertTrue(html.contains(">Türkiye</a><abbr class=\"non-member\""), "a non-member sponsor is marked");
    assertTrue(html.contains("class=\"citation\" href=\"/page/doc/A/RES/60/251\""), "citations link to the cited document");
    assertTrue(html.contains("class=\"fund\""), "funds are highlighted");
    assertTrue(html.contains("<mark class=\"output\">"), "mandated outputs are highlighted");
    assertTrue(html.contains("<link rel=\"alternate\" type=\"application/ld+json\""));
  }

  @Test
  void aCitedDocumentPageListsWhoCitesIt() {
    String html = text(get("page/doc/A/RES/60/251"));
    assertTrue(html.contains("Cited by (5)"), html);
    assertTrue(html.contains("href=\"/page/doc/A/HRC/RES/28/2/pp/10\""));
  }

  @Test
  void theLandingPageGivesTheFiguresAndTheWaysIn() {
    String html = text(get(""));
    assertTrue(html.contains("<strong>5</strong> texts in the corpus"), html);
    assertTrue(html.contains("href=\"/query\""));
    assertTrue(html.contains("href=\"/.well-known/void\""));
    assertTrue(html.contains("href=\"/download/hrc-kg.nq.gz\""));
    assertTrue(html.contains("href=\"/page/doc/A/HRC/RES/56/15\""));
  }

  @Test
  void aStatePageListsItsSponsorships() {
    String html = text(get("page/state/TUR"));
    assertTrue(html.contains("href=\"/page/doc/A/HRC/51/L.15/Rev.1\""), html);
    assertTrue(html.contains("http://www.wikidata.org/entity/Q43"));
  }

  @Test
  void aSessionPageListsWhatIsDueThere() {
    String html = text(get("page/session/hrc/53"));
    assertTrue(html.contains("Due at this session (2)"), html);
  }

  @Test
  void staticFilesAreServedAndPathsCannotClimb() {
    assertEquals(200, get("static/hrc-kg.css").statusCode());
    assertEquals(200, get("static/query.js").statusCode());
    // Jetty refuses an escaped climb itself (400); one that reaches the servlet finds nothing (404).
    assertTrue(List.of(400, 404).contains(get("static/..%2F..%2Fsimplelogger.properties").statusCode()));
    assertEquals(404, get("static/../simplelogger.properties").statusCode());
    assertEquals(404, get("static/nothing.css").statusCode());
  }

  @Test
  void theNamedQueriesAreListedAndOpenInTheEditor() {
    String html = text(get("queries"));
    for (NamedQuery q : QueryCatalogue.all()) {
      // Mustache escapes "=" in attribute values as &#61;, which browsers read back as "=".
      assertTrue(html.contains("id=\"" + q.name() + "\"") && html.contains("href=\"/query?name&#61;" + q.name() + "\""), q.name());
    }
    String editor = text(get("query?name=frontier"));
    assertTrue(editor.contains("# title: The frontier: documents cited but not in the corpus"), editor);
  }

  @Test
  void theAnalysisPageGivesTheMetricsAndTheNetworkAsData() throws IOException {
    String html = text(get("analysis"));
    assertTrue(html.contains("28 documents and 38 citations"), html);
    assertTrue(html.contains("<script src=\"/webjars/cytoscape/3.33.1/dist/cytoscape.min.js\">"));
    assertTrue(html.indexOf("A/RES/60/251") < html.indexOf("A/HRC/RES/16/21"), "rows by PageRank");
    assertEquals(200, get("webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode());
    JsonNode network = new ObjectMapper().readTree(get("analysis/network.json").body());
    assertEquals(28, network.get("nodes").size());
    JsonNode ga = null;
    for (JsonNode n : network.get("nodes")) {
      if (n.get("data").get("id").asText().endsWith("/id/doc/A/RES/60/251")) {
        ga = n.get("data");
      }
    }
    assertEquals("/page/doc/A/RES/60/251", ga.get("href").asText());
    assertEquals("#e8a317", ga.get("colour").asText(), "the General Assembly's colour");
  }

  @Test
  void aDocumentPageEmbedsSchemaOrgLegislationThatAnIndependentParserReads() {
    String html = text(get("page/doc/A/HRC/RES/45/32", "Accept-Language", "fr"));
    int start = html.indexOf("<script type=\"application/ld+json\">");
    assertTrue(start > 0 && start < html.indexOf("</head>"), "in the head");
    String json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
    // Keys in a fixed order, the same bytes from one start of the server to the next.
    assertTrue(json.contains("\"name\":{\"@value\":") && json.contains("\"legislationPassedBy\":{\"@type\":\"Organization\",\"name\":"), json);
    org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
    org.apache.jena.riot.RDFParser.fromString(json, org.apache.jena.riot.Lang.JSONLD).parse(m);
    org.apache.jena.rdf.model.Resource doc = m.createResource(TestServer.BASE + "id/doc/A/HRC/RES/45/32");
    String schema = "https://schema.org/";
    assertTrue(m.contains(doc, org.apache.jena.vocabulary.RDF.type, m.createResource(schema + "Legislation")), json);
    assertEquals("A/HRC/RES/45/32", m.getProperty(doc, m.createProperty(schema + "legislationIdentifier")).getString());
    org.apache.jena.rdf.model.Literal name = m.getProperty(doc, m.createProperty(schema + "name")).getLiteral();
    assertTrue(name.getString().startsWith("Amélioration de la coopération technique"), name.toString());
    assertEquals("fr", name.getLanguage());
    assertEquals("2020-10-07", m.getProperty(doc, m.createProperty(schema + "legislationDate")).getString());
    assertEquals("fr", m.getProperty(doc, m.createProperty(schema + "inLanguage")).getString());
    assertTrue(html.contains("href=\"https://undocs.org/fr/A/HRC/RES/45/32\""), "the UN's copy, in the page's language");
    assertTrue(text(get("page/doc/A/HRC/RES/45/32", "Accept-Language", "en")).contains("href=\"https://undocs.org/en/A/HRC/RES/45/32\""));
  }

  @Test
  void aCitedOnlyDocumentShowsTheDatesItsCitersGive() {
    String html = text(get("page/doc/A/RES/60/251"));
    assertTrue(html.contains("Dated, as the citing texts say") && html.contains("<span class=\"date\">2006-03-15</span>"), html);
  }

  @Test
  void theDatasetDescriptionIsAPage() {
    String html = text(get("dataset", "Accept-Language", "fr"));
    assertTrue(html.contains("<h1>hrc-kg : résolutions du Conseil des droits de l’homme des Nations Unies</h1>"), html);
    assertTrue(html.contains("rel=\"license\"") && html.contains("href=\"/.well-known/void\"") && html.contains("/download/hrc-kg.nq.gz"));
    assertTrue(html.contains("<td>paragraphe du dispositif</td>") || html.contains("<td>paragraphe de dispositif</td>")
        || html.contains("Ce que contiennent les données"), html);
  }

  private TestServer.Site site() {
    return TestServer.site(mode);
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return site().get(path, headers);
  }
}
