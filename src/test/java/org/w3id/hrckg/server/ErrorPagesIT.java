package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.get;
import static org.w3id.hrckg.server.TestServer.text;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A path nothing serves gets the site's own error page, with a title, in the reader's language, in UTF-8. */
class ErrorPagesIT {

  @Test
  void aPathNothingServesGetsTheSitesPage() {
    HttpResponse<byte[]> r = get("no/such/place", "Accept", "text/html", "Accept-Language", "fr");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("utf-8"));
    String html = text(r);
    assertTrue(html.contains("<title>Introuvable · hrc-kg</title>") && html.contains("<html lang=\"fr\">"), html);
    assertTrue(html.contains("href=\"/static/hrc-kg.css\"") && html.contains("id=\"site-search\""), "styled, with the search box");
    assertTrue(text(get("no/such/place", "Accept", "text/html")).contains("<h1>Not found</h1>"));
  }
}
