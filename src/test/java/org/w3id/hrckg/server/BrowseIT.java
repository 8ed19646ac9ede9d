package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browse indexes of CONTRACT.md section 5: each a sortable, paginated table, each also data. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class BrowseIT {

  /** Over the embedded dataset, or over the same build in a standalone Fuseki. */
  @Parameter
  TestServer.Mode mode;

  @ParameterizedTest(name = "/page/{0} lists {1}")
  @CsvSource({
      "doc, /page/doc/A/HRC/RES/45/32",
      "session, /page/session/hrc/45",
      "session/hrc, /page/session/hrc/45",
      "state, /page/state/AFG",
      "fund, /page/fund/vftc",
      "body, /page/body/ohchr",
      "output, /page/doc/A/HRC/RES/45/32/op/",
  })
  void anIndexListsItsThings(String index, String link) {
    HttpResponse<byte[]> r = get("page/" + index);
    assertEquals(200, r.statusCode());
    assertTrue(text(r).contains("href=\"" + link), text(r));
  }

  @Test
  void theIndexesWithNothingYetSaySo() {
    assertTrue(text(get("page/mandate")).contains("The data holds none yet."));
  }

  @Test
  void anIndexSortsByAColumnAndPages() {
    String bySponsorships = text(get("page/state?sort=sponsored&order=desc"));
    assertTrue(bySponsorships.contains("aria-sort=\"descending\""));
    int first = bySponsorships.indexOf("<tbody>");
    assertTrue(bySponsorships.indexOf("/page/state/", first) < bySponsorships.indexOf("/page/state/AFG", first) || !bySponsorships.contains("/page/state/AFG"),
        "the most sponsoring State comes first, not Afghanistan");
    String byName = text(get("page/state?sort=item&order=asc"));
    assertTrue(byName.contains("rel=\"next\" href=\"/page/state?sort&#61;item&amp;order&#61;asc&amp;page&#61;2\""), byName);
    assertTrue(text(get("page/state?sort=item&order=asc&page=4")).contains("rel=\"prev\""));
  }

  @Test
  void anIndexIsNarrowedToOneValue() {
    String drafts = text(get("page/doc?kind=https%3A%2F%2Fw3id.org%2Fhrc-kg%2Fontology%23DraftResolution"));
    assertTrue(drafts.contains("/page/doc/A/HRC/51/L.15/Rev.1"), drafts);
    assertTrue(!drafts.contains("href=\"/page/doc/A/HRC/RES/45/32\""), drafts);
  }

  @Test
  void anIndexIsDataForAnRdfClient() {
    HttpResponse<byte[]> r = get("page/fund", "Accept", "text/turtle");
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    Model m = ModelFactory.createDefaultModel().read(new ByteArrayInputStream(r.body()), null, "TTL");
    assertTrue(m.contains(null, RDFS.member, ResourceFactory.createResource(TestServer.BASE + "id/fund/vftc")), m.toString());
  }

  @Test
  void anIndexSpeaksTheReadersLanguage() {
    String french = text(get("page/state", "Accept-Language", "fr"));
    assertTrue(french.contains("<h1>États</h1>") && french.contains(">Parrainages</a>") && french.contains(">Afrique du Sud</a>"), french);
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return TestServer.site(mode).get(path, headers);
  }
}
