package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.BASE;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.hrckg.server.http.Representation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Linked data as a client meets it, over real HTTP: 303 from a thing's URI to its page or its
 * data, the content-negotiation matrix, extensions, 404, 406, 304, HEAD, and RDF that an
 * independent toolkit (RDF4J Rio) reads, with the incoming citations a consumer needs.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class LinkedDataIT {

  /** Over the embedded dataset, or over the same build in a standalone Fuseki. */
  @Parameter
  TestServer.Mode mode;

  private static final String GA_60_251 = "doc/A/RES/60/251";
  private static final ValueFactory VF = SimpleValueFactory.getInstance();
  private static final String HRC = "https://w3id.org/hrc-kg/ontology#";

  static Stream<Arguments> acceptMatrix() {
    return Stream.of(
        Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page/" + GA_60_251, "text/html", null),
        Arguments.of("*/*", "/data/" + GA_60_251 + ".ttl", "text/turtle", RDFFormat.TURTLE),
        Arguments.of(null, "/data/" + GA_60_251 + ".ttl", "text/turtle", RDFFormat.TURTLE),
        Arguments.of("text/turtle", "/data/" + GA_60_251 + ".ttl", "text/turtle", RDFFormat.TURTLE),
        Arguments.of("application/ld+json", "/data/" + GA_60_251 + ".jsonld", "application/ld+json", RDFFormat.JSONLD),
        Arguments.of("application/n-triples", "/data/" + GA_60_251 + ".nt", "application/n-triples", RDFFormat.NTRIPLES),
        Arguments.of("application/rdf+xml", "/data/" + GA_60_251 + ".rdf", "application/rdf+xml", RDFFormat.RDFXML),
        Arguments.of("application/trig", "/data/" + GA_60_251 + ".trig", "application/trig", RDFFormat.TRIG),
        Arguments.of("text/html;q=0.5, application/rdf+xml", "/data/" + GA_60_251 + ".rdf", "application/rdf+xml", RDFFormat.RDFXML),
        Arguments.of("text/turtle;q=0, */*", "/data/" + GA_60_251 + ".jsonld", "application/ld+json", RDFFormat.JSONLD),
        Arguments.of("application/json", "/data/" + GA_60_251 + ".jsonld", "application/ld+json", RDFFormat.JSONLD));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("acceptMatrix")
  void thingUriRedirects303ByAccept(String accept, String target, String type, RDFFormat format) throws IOException {
    HttpResponse<byte[]> redirect = accept == null ? get("id/" + GA_60_251) : get("id/" + GA_60_251, "Accept", accept);
    assertEquals(303, redirect.statusCode());
    assertEquals("Accept", redirect.headers().firstValue("Vary").orElse(null));
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith(target), location);

    HttpResponse<byte[]> followed = get(location.substring(site().url().length()));
    assertEquals(200, followed.statusCode());
    assertTrue(followed.headers().firstValue("Content-Type").orElse("").startsWith(type));
    if (format != null) {
      Model model = Rio.parse(new ByteArrayInputStream(followed.body()), BASE, format);
      assertTrue(model.contains(iri(BASE + "id/" + GA_60_251), iri(HRC + "symbol"), VF.createLiteral("A/RES/60/251")));
    }
  }

  @Test
  void curlStarStarGetsTurtleFromTheDataUrl() {
    HttpResponse<byte[]> r = get("data/" + GA_60_251, "Accept", "*/*");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
  }

  @Test
  void documentDataHoldsItsIncomingCitationsAsRioReadsThem() throws IOException {
    Model model = Rio.parse(new ByteArrayInputStream(get("data/" + GA_60_251 + ".nt").body()), BASE, RDFFormat.NTRIPLES);
    IRI ga = iri(BASE + "id/" + GA_60_251);
    List<String> citingDocuments = model.filter(null, iri("http://purl.org/spar/cito/cites"), ga).subjects().stream()
        .map(Object::toString).sorted().toList();
    // GA 60/251 is cited by all five texts of the samples.
    assertEquals(5, citingDocuments.size(), citingDocuments::toString);
    long citations = model.filter(null, iri(HRC + "citedDocument"), ga).subjects().size();
    assertTrue(citations >= 5, "one citation at least per citing text");
    IRI citation = iri(BASE + "id/doc/A/HRC/RES/28/2/pp/10/citation/1");
    assertTrue(model.contains(citation, iri(HRC + "citingParagraph"), iri(BASE + "id/doc/A/HRC/RES/28/2/pp/10")));
    assertTrue(model.contains(citation, iri(HRC + "citationFunction"), iri(HRC + "recalling")));
    assertTrue(model.contains(iri(BASE + "id/doc/A/HRC/RES/28/2"), iri(HRC + "hasParagraph"),
        iri(BASE + "id/doc/A/HRC/RES/28/2/pp/10")), "the citing paragraph is linked to its document");
    assertFalse(model.filter(iri(BASE + "id/doc/A/HRC/RES/28/2/pp/10"), iri("http://www.w3.org/2000/01/rdf-schema#label"), null)
        .isEmpty(), "linked resources carry their labels");
  }

  @Test
  void negotiatedDataSaysWhereItsFormatLives() {
    HttpResponse<byte[]> turtle = get("data/" + GA_60_251, "Accept", "text/turtle");
    assertEquals("/data/" + GA_60_251 + ".ttl", turtle.headers().firstValue("Content-Location").orElse(null));
    HttpResponse<byte[]> trig = get("data/" + GA_60_251, "Accept", "application/trig");
    assertEquals("/data/" + GA_60_251 + ".trig", trig.headers().firstValue("Content-Location").orElse(null));
    assertTrue(get("data/" + GA_60_251 + ".ttl").headers().firstValue("Content-Location").isEmpty(), "a format's own URL needs none");
  }

  @Test
  void everyRepresentationHasItsOwnStrongTag() {
    java.util.Set<String> tags = new java.util.HashSet<>();
    for (Representation r : Representation.rdf()) {
      HttpResponse<byte[]> negotiated = get("data/" + GA_60_251, "Accept", r.mediaType());
      String tag = negotiated.headers().firstValue("ETag").orElseThrow();
      assertFalse(tag.startsWith("W/"), tag);
      assertTrue(tags.add(tag), r + " shares its tag " + tag);
      assertEquals(tag, get("data/" + GA_60_251 + "." + r.extension()).headers().firstValue("ETag").orElseThrow(),
          "the same representation at its own URL");
    }
  }

  @Test
  void theNotFoundPageHasARealTitle() {
    String html = text(get("page/doc/A/RES/99/999"));
    assertTrue(html.contains("<title>Not found · hrc-kg</title>"), html);
  }

  @Test
  void explicitExtensionsNeedNoAccept() {
    for (String ext : List.of("ttl", "jsonld", "nt", "rdf", "trig")) {
      HttpResponse<byte[]> r = get("data/doc/A/HRC/RES/45/32." + ext, "Accept", "text/html");
      assertEquals(200, r.statusCode(), ext);
    }
  }

  @Test
  void unknownUriGets404() {
    assertEquals(404, get("id/doc/A/RES/99/999").statusCode());
    assertEquals(404, get("data/doc/A/RES/99/999.ttl").statusCode());
    HttpResponse<byte[]> page = get("page/doc/A/RES/99/999");
    assertEquals(404, page.statusCode());
    assertTrue(text(page).contains("The dataset says nothing of"));
    assertEquals(404, get("id/").statusCode());
  }

  @Test
  void unknownTypeGets406ListingTheOffers() {
    HttpResponse<byte[]> r = get("id/" + GA_60_251, "Accept", "image/png");
    assertEquals(406, r.statusCode());
    String body = text(r);
    for (String offered : List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html")) {
      assertTrue(body.contains(offered), body);
    }
    assertEquals(406, get("data/" + GA_60_251, "Accept", "text/html").statusCode());
  }

  @Test
  void entityTagGives304() {
    HttpResponse<byte[]> first = get("data/" + GA_60_251 + ".ttl");
    String tag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = get("data/" + GA_60_251 + ".ttl", "If-None-Match", tag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(200, get("data/" + GA_60_251 + ".ttl", "If-None-Match", "\"something-else\"").statusCode());
    HttpResponse<byte[]> page = get("page/" + GA_60_251);
    assertEquals(304, get("page/" + GA_60_251, "If-None-Match", page.headers().firstValue("ETag").orElseThrow()).statusCode());
  }

  @Test
  void headGivesTheHeadersWithoutBody() {
    HttpResponse<byte[]> get = get("data/" + GA_60_251 + ".ttl");
    HttpResponse<byte[]> head = head("data/" + GA_60_251 + ".ttl");
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    assertEquals(303, head("id/" + GA_60_251).statusCode());
    assertEquals(200, head("page/" + GA_60_251).statusCode());
  }

  @Test
  void symbolsWithSpacesAndDotsResolveHoweverTheyAreEscaped() {
    assertEquals(200, get("data/doc/A/HRC/51/L.15/Rev.1.ttl").statusCode());
    assertEquals(200, get("data/doc/A/HRC/51/L.15/Rev.1", "Accept", "text/turtle").statusCode());
    assertEquals(200, get("page/doc/A/HRC/51/L%2E15/Rev%2E1").statusCode());
  }

  @Test
  void everyKindOfThingHasAPage() {
    for (String thing : List.of("doc/A/HRC/RES/45/32", "doc/A/HRC/RES/45/32/op/13", "doc/A/HRC/RES/45/32/op/13/output/1",
        "state/TUR", "fund/vftc", "body/ohchr", "session/hrc/47", "doc/A/HRC/51/L.15/Rev.1/sponsor/TUR")) {
      HttpResponse<byte[]> r = get("page/" + thing);
      assertEquals(200, r.statusCode(), thing);
      assertTrue(text(r).contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/" + thing + ".ttl\""), thing);
    }
  }

  private static IRI iri(String s) {
    return VF.createIRI(s);
  }

  private TestServer.Site site() {
    return TestServer.site(mode);
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return site().get(path, headers);
  }

  private HttpResponse<byte[]> head(String path, String... headers) {
    return site().head(path, headers);
  }
}
