package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /search} over HTTP: symbols, words of the texts, facets, JSON by content negotiation, the
 * language of the page; the same over a standalone Fuseki configured as {@code deploy/fuseki/hrc-kg.ttl}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class SearchIT {

  /** Over the embedded dataset and its own index, or over the same build in a standalone Fuseki and its index. */
  @Parameter
  TestServer.Mode mode;

  @Test
  void aSymbolTypedFindsItsDocumentFirst() {
    for (String typed : new String[] {"60%2F251", "A%2FRES%2F60%2F251"}) {
      String html = text(get("search?q=" + typed));
      int first = html.indexOf("<li class=\"result\">");
      assertTrue(first > 0, html);
      assertTrue(html.substring(first, first + 200).contains("href=\"/page/doc/A/RES/60/251\""), html);
    }
    String html = text(get("search?q=A%2FHRC%2FRES%2F45%2F32"));
    int first = html.indexOf("<li class=\"result\">");
    assertTrue(html.substring(first, first + 200).contains("href=\"/page/doc/A/HRC/RES/45/32\""), html);
  }

  @Test
  void aFrenchWordIsFoundAndHighlighted() {
    String html = text(get("search?q=coop%C3%A9ration"));
    assertTrue(html.contains("<mark>coopération</mark>"), html);
    assertTrue(html.contains("<h2>Issued by</h2>"), "facets are shown");
  }

  @Test
  void aFacetNarrowsTheDocuments() throws IOException {
    JsonNode all = json("search?q=Conseil");
    JsonNode cited = json("search?q=Conseil&role=cited");
    assertTrue(cited.get("total").asInt() < all.get("total").asInt(), all.toString());
    cited.get("results").forEach(r -> assertEquals("cited", r.get("facets").get("ROLE").get(0).asText()));
  }

  @Test
  void theResultsAreDataForAJsonClient() throws IOException {
    JsonNode results = json("search?q=60%2F251");
    assertEquals(TestServer.BASE + "id/doc/A/RES/60/251", results.get("results").get(0).get("document").asText());
    assertEquals("A/RES/[60]/[251]", results.get("results").get(0).get("snippets").get(0).get("text").asText());
    List<String> keys = new ArrayList<>();
    results.get("results").get(0).get("snippets").get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("on", "language", "text"), keys, "a snippet's keys in a fixed order, the same bytes from run to run");
  }

  @Test
  void thePageFollowsTheReadersLanguageAndRemembersAChoice() {
    String french = text(get("search?q=torture", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"));
    assertTrue(french.contains("<html lang=\"fr\">") && french.contains("Rechercher"), french);
    HttpResponse<byte[]> chosen = get("search?q=torture&lang=en", "Accept-Language", "fr");
    String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("hrc-lang=en"), cookie);
    String remembered = text(get("search?q=torture", "Accept-Language", "fr", "Cookie", "hrc-lang=en"));
    assertTrue(remembered.contains("<html lang=\"en\">"), remembered);
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return TestServer.site(mode).get(path, headers);
  }

  private JsonNode json(String path) throws IOException {
    HttpResponse<byte[]> r = get(path, "Accept", "application/json");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return new ObjectMapper().readTree(r.body());
  }
}
