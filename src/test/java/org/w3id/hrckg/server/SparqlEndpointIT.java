package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.get;
import static org.w3id.hrckg.server.TestServer.post;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SPARQL endpoint at {@code /sparql} by the SPARQL 1.1 Protocol over real HTTP: GET and POST,
 * every result format, the default graph as the union of the documents' graphs, and what a public
 * endpoint refuses (update, SERVICE, slow and oversized queries, malformed queries).
 */
class SparqlEndpointIT {

  private static final String PREFIXES = "PREFIX hrc: <https://w3id.org/hrc-kg/ontology#> PREFIX cito: <http://purl.org/spar/cito/> ";
  /** Every text of the samples cites GA 60/251. */
  private static final String CITING_60_251 = PREFIXES
      + "SELECT DISTINCT ?doc WHERE { ?doc cito:cites <" + TestServer.BASE + "id/doc/A/RES/60/251> } ORDER BY ?doc";
  private static final String CONSTRUCT = PREFIXES
      + "CONSTRUCT { ?doc cito:cites ?cited } WHERE { ?doc cito:cites ?cited ; hrc:symbol \"A/HRC/RES/45/32\" }";

  static Stream<Arguments> selectFormats() {
    return Stream.of(
        Arguments.of("application/sparql-results+json", ResultSetLang.RS_JSON),
        Arguments.of("application/sparql-results+xml", ResultSetLang.RS_XML),
        Arguments.of("text/csv", ResultSetLang.RS_CSV),
        Arguments.of("text/tab-separated-values", ResultSetLang.RS_TSV));
  }

  @ParameterizedTest(name = "SELECT as {0}")
  @MethodSource("selectFormats")
  void selectInEveryResultFormat(String accept, Lang lang) {
    HttpResponse<byte[]> r = get("sparql?query=" + encode(CITING_60_251), "Accept", accept);
    assertEquals(200, r.statusCode(), () -> text(r));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
    int n = 0;
    while (rs.hasNext()) {
      rs.next();
      n++;
    }
    assertEquals(5, n, "GA 60/251 is cited by the five texts of the samples");
  }

  static Stream<Arguments> graphFormats() {
    return Stream.of(
        Arguments.of("text/turtle", RDFFormat.TURTLE),
        Arguments.of("application/ld+json", RDFFormat.JSONLD),
        Arguments.of("application/n-triples", RDFFormat.NTRIPLES),
        Arguments.of("application/rdf+xml", RDFFormat.RDFXML));
  }

  @ParameterizedTest(name = "CONSTRUCT as {0}")
  @MethodSource("graphFormats")
  void constructAndDescribeInEveryGraphFormat(String accept, RDFFormat format) throws IOException {
    HttpResponse<byte[]> r = get("sparql?query=" + encode(CONSTRUCT), "Accept", accept);
    assertEquals(200, r.statusCode(), () -> text(r));
    Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", format);
    assertEquals(8, model.size(), "A/HRC/RES/45/32 cites eight documents (gold/seeds.json)");
    HttpResponse<byte[]> d = get("sparql?query=" + encode("DESCRIBE <" + TestServer.BASE + "id/state/TUR>"), "Accept", accept);
    assertEquals(200, d.statusCode(), () -> text(d));
    assertFalse(Rio.parse(new ByteArrayInputStream(d.body()), "", format).isEmpty());
  }

  @Test
  void askGivesABoolean() {
    HttpResponse<byte[]> r = get("sparql?query=" + encode(PREFIXES + "ASK { ?d hrc:symbol \"A/HRC/RES/56/15\" }"),
        "Accept", "application/sparql-results+json");
    assertEquals(200, r.statusCode());
    assertTrue(text(r).contains("\"boolean\" : true"), text(r));
  }

  @Test
  void postByFormAndByBody() {
    HttpResponse<byte[]> form = post("sparql", "application/x-www-form-urlencoded", "query=" + encode(CITING_60_251),
        "Accept", "text/csv");
    assertEquals(200, form.statusCode(), () -> text(form));
    assertEquals(6, text(form).strip().split("\r?\n").length, "a header and five rows");
    HttpResponse<byte[]> body = post("sparql", "application/sparql-query", CITING_60_251, "Accept", "text/csv");
    assertEquals(200, body.statusCode(), () -> text(body));
    assertEquals(text(form), text(body));
  }

  @Test
  void anUpdateIsRefused() {
    String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    HttpResponse<byte[]> direct = post("sparql", "application/sparql-update", update);
    assertEquals(403, direct.statusCode());
    assertTrue(text(direct).contains("read-only"));
    assertEquals(403, post("sparql", "application/x-www-form-urlencoded", "update=" + encode(update)).statusCode());
    HttpResponse<byte[]> put = TestServer.send(TestServer.request("sparql").PUT(
        java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build());
    assertEquals(405, put.statusCode());
    HttpResponse<byte[]> check = get("sparql?query=" + encode("ASK { <urn:x> ?p ?o }"), "Accept", "application/sparql-results+json");
    assertTrue(text(check).contains("\"boolean\" : false"), "nothing was written");
  }

  @Test
  void aFederatedQueryIsRefusedBeforeItRuns() {
    HttpResponse<byte[]> plain = get("sparql?query=" + encode("SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }"));
    assertEquals(403, plain.statusCode());
    assertTrue(text(plain).contains("SERVICE"), text(plain));
    String hidden = "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } } } LIMIT 1";
    assertEquals(403, get("sparql?query=" + encode(hidden)).statusCode());
  }

  @Test
  void aSlowQueryIsStoppedByTheTimeout() {
    long start = System.nanoTime();
    HttpResponse<byte[]> r = get("sparql?query=" + encode(
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "Accept", "application/sparql-results+json");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(503, r.statusCode(), () -> text(r));
    assertTrue(seconds < TestServer.TIMEOUT.toSeconds() + 10, "stopped near the timeout, not after " + seconds + " s");
  }

  @Test
  void aResultPastTheBoundIsRefusedWithAValidAnswer() {
    HttpResponse<byte[]> r = get("sparql?query=" + encode("SELECT * { ?a ?b ?c . ?d ?e ?f }"), "Accept", "text/csv");
    assertEquals(422, r.statusCode());
    assertTrue(text(r).contains("add LIMIT " + TestServer.MAX_RESULTS), text(r));
  }

  @Test
  void aMalformedQueryGets400WithTheParsersMessage() {
    HttpResponse<byte[]> r = get("sparql?query=" + encode("SELECT ?s WHERE { ?s ?p }"));
    assertEquals(400, r.statusCode());
    assertTrue(text(r).contains("line 1"), text(r));
  }

  @Test
  void anOversizedRequestIsRefused() {
    String padding = "# " + "x".repeat(70 * 1024) + "\n";
    HttpResponse<byte[]> r = post("sparql", "application/sparql-query", padding + "ASK {}");
    assertEquals(413, r.statusCode());
  }

  @Test
  void corsIsOpenForReadsWithoutCredentials() {
    HttpResponse<byte[]> preflight = TestServer.send(TestServer.request("sparql",
        "Origin", "https://notebook.example", "Access-Control-Request-Method", "POST",
        "Access-Control-Request-Headers", "Content-Type")
        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(204, preflight.statusCode());
    assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    HttpResponse<byte[]> read = get("sparql?query=" + encode("ASK {}"), "Origin", "https://notebook.example");
    assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<byte[]> data = get("data/state/TUR.ttl", "Origin", "https://notebook.example");
    assertEquals("*", data.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
