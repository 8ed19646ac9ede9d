package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.get;
import static org.w3id.hrckg.server.TestServer.post;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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

  /**
   * A property function whose rows fail to come once the query's time is up, as one of ARQ's
   * iterators may fail while the timeout stops the query (Jena 5.6's hash join, closed before it
   * built its table, throws a NullPointerException in place of the cancellation).
   */
  public static final class FailsPastTheTimeout extends PropertyFunctionBase {
    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
      return QueryIterPlainWrapper.create(new Failing(TestServer.TIMEOUT.plusMillis(500)), context);
    }
  }

  /** The same failure within the query's time. */
  public static final class FailsAtOnce extends PropertyFunctionBase {
    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
      return QueryIterPlainWrapper.create(new Failing(Duration.ZERO), context);
    }
  }

  /** Rows that fail to come after a while. */
  private record Failing(Duration after) implements Iterator<Binding> {
    @Override
    public boolean hasNext() {
      try {
        Thread.sleep(after.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new NullPointerException("failed while the query was being stopped");
    }

    @Override
    public Binding next() {
      throw new NoSuchElementException();
    }
  }

  @Test
  void aQueryThatFailsOnceItsTimeIsUpGetsTheTimeoutsAnswerAndOneThatFailsBeforeAnError() {
    PropertyFunctionRegistry.get().put("urn:x-hrc-kg-test:fails-past-the-timeout", FailsPastTheTimeout.class);
    PropertyFunctionRegistry.get().put("urn:x-hrc-kg-test:fails-at-once", FailsAtOnce.class);
    HttpResponse<byte[]> timedOut = get("sparql?query=" + encode("SELECT * { ?s <urn:x-hrc-kg-test:fails-past-the-timeout> ?o }"),
        "Accept", "application/sparql-results+json");
    assertEquals(503, timedOut.statusCode(), () -> text(timedOut));
    HttpResponse<byte[]> failed = get("sparql?query=" + encode("SELECT * { ?s <urn:x-hrc-kg-test:fails-at-once> ?o }"),
        "Accept", "application/sparql-results+json");
    assertEquals(500, failed.statusCode(), () -> text(failed));
  }

  @Test
  void aQueryThatTimesOutAfterItsFirstRowsGetsAnErrorAndNoPartOfTheAnswer() {
    // Fifty rows come at once, then a count that outlasts the timeout.
    HttpResponse<byte[]> r = get("sparql?query=" + encode("SELECT ?t ?n WHERE { { SELECT ?t { ?p <https://w3id.org/hrc-kg/ontology#text> ?t } LIMIT 50 }"
        + " UNION { SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } }"), "Accept", "application/sparql-results+json");
    assertEquals(503, r.statusCode(), () -> text(r));
    assertFalse(text(r).contains("bindings") || text(r).contains("\"head\""), () -> "part of the answer sent: " + text(r));
    assertTrue(text(r).length() < 500, () -> "a short message, not " + text(r).length() + " characters");
  }

  /** {@code /queries/NAME?PARAM=VALUE}: the named query, its value written into the patterns, sent on to the endpoint. */
  @Test
  void aNamedQueryWithItsParametersIsSentToTheEndpointBound() {
    HttpResponse<byte[]> r = get("queries/who-cites?symbol=" + encode("A/RES/48/141"));
    assertEquals(303, r.statusCode(), () -> text(r));
    String location = r.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/sparql?query="));
    String query = URLDecoder.decode(path.substring("/sparql?query=".length()), StandardCharsets.UTF_8);
    assertTrue(query.contains("\"A/RES/48/141\"") && !query.contains("VALUES"), query);
    HttpResponse<byte[]> answer = get(path.substring(1), "Accept", "text/csv");
    assertEquals(200, answer.statusCode(), () -> text(answer));
    List<String> rows = text(answer).lines().toList();
    assertTrue(rows.get(0).startsWith("symbol,citing,paragraph,function,statedDate"), rows.get(0));
    assertTrue(rows.size() > 2 && rows.stream().skip(1).allMatch(row -> row.startsWith("A/RES/48/141,")), text(answer));
    assertTrue(text(answer).contains("\"A/HRC/RES/56/15, preambular paragraph 6\",recalls,1994-01-07"), text(answer));
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({"queries/no-such-query, 404", "queries/who-cites?iso3=FRA, 400", "queries/funds-per-session?session=one, 400",
      "queries/who-cites?symbol=a&symbol=b, 400"})
  void aNamedQueryThatCannotBeBoundIsRefusedAndSaysWhy(String path, int status) {
    HttpResponse<byte[]> r = get(path);
    assertEquals(status, r.statusCode(), () -> text(r));
    assertFalse(text(r).isBlank());
  }

  @Test
  void aResultPastTheBoundIsRefusedWithAValidAnswer() {
    HttpResponse<byte[]> r = get("sparql?query=" + encode("SELECT * { ?a ?b ?c . ?d ?e ?f }"), "Accept", "text/csv");
    assertEquals(422, r.statusCode());
    assertTrue(text(r).contains("add LIMIT " + TestServer.MAX_RESULTS), text(r));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"application/sparql-results+json", "text/csv", "application/sparql-results+xml", "text/tab-separated-values"})
  void anAnswerAskedAgainIsTheSameBytesAndHeaders(String accept) {
    // Asked before in the other formats: the rows are kept once, each format is written once and kept.
    String query = "sparql?query=" + encode(CITING_60_251 + " LIMIT 3");
    HttpResponse<byte[]> first = get(query, "Accept", accept);
    HttpResponse<byte[]> again = get(query, "Accept", accept);
    assertEquals(200, again.statusCode(), () -> text(again));
    assertArrayEquals(first.body(), again.body());
    for (String header : List.of("Content-Type", "Content-Length", "Cache-Control", "Vary")) {
      assertEquals(first.headers().allValues(header), again.headers().allValues(header), header);
    }
    assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith(accept));
  }

  @Test
  void theOutputParameterChoosesTheFormatOfAKeptAnswer() {
    String query = "sparql?query=" + encode(CITING_60_251 + " LIMIT 2");
    assertTrue(text(get(query, "Accept", "application/sparql-results+json")).contains("\"bindings\""));
    HttpResponse<byte[]> csv = get(query + "&output=csv", "Accept", "application/sparql-results+json");
    assertEquals(200, csv.statusCode(), () -> text(csv));
    assertTrue(text(csv).startsWith("doc\r\n"), () -> text(csv));
  }

  @Test
  void aQueryWhoseAnswerVariesRunsForEveryRequest() {
    // Other answers are kept and given again (AnswerCache); this one must not be.
    String query = "sparql?query=" + encode("SELECT (STRUUID() AS ?id) {}");
    HttpResponse<byte[]> first = get(query, "Accept", "text/csv");
    HttpResponse<byte[]> second = get(query, "Accept", "text/csv");
    assertEquals(200, second.statusCode(), () -> text(second));
    assertNotEquals(text(first), text(second));
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sparql?query=%ZZ                           | a malformed escape
      sparql?query=ASK%7B%7D%                    | an escape cut short
      sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%22caf%E9%22%20%7D | Latin-1 bytes in an escape
      query?query=%ZZ                            | on the query page too
      """)
  void aQueryStringThatDoesNotDecodeIs400(String path, String what) {
    // Java's own client refuses to send such a URL: the request goes as it is written.
    String answer = RawHttp.get(TestServer.port(), "/" + path, "localhost", "*/*");
    assertTrue(answer.startsWith("HTTP/1.1 400 "), () -> what + ": " + answer);
    assertTrue(answer.contains("%-escape is malformed"), answer);
  }

  @Test
  void aDirectPostThatIsNotUtf8IsRefused() {
    byte[] latin1 = "ASK { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<byte[]> bytes = TestServer.send(TestServer.request("sparql").header("Content-Type", "application/sparql-query")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
    assertEquals(400, bytes.statusCode(), () -> text(bytes));
    assertTrue(text(bytes).contains("not UTF-8"), text(bytes));
    HttpResponse<byte[]> utf16 = post("sparql", "application/sparql-query; charset=UTF-16", "ASK {}");
    assertEquals(415, utf16.statusCode(), () -> text(utf16));
    assertEquals(200, post("sparql", "application/sparql-query; charset=utf-8", "ASK {}").statusCode());
    byte[] utf8 = "ASK { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.UTF_8);
    assertEquals(200, TestServer.send(TestServer.request("sparql").header("Content-Type", "application/sparql-query")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(utf8)).build()).statusCode());
  }

  @Test
  void twoVersionParametersAre400() {
    assertEquals(400, get("sparql?query=" + encode("ASK {}") + "&version=1.1&version=1.2").statusCode());
    assertEquals(200, get("sparql?query=" + encode("ASK {}") + "&version=1.2").statusCode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      application/sparql-results+json | SELECT DISTINCT ?doc WHERE { ?doc a ?type } ORDER BY ?doc
      text/csv                        | SELECT DISTINCT ?doc WHERE { ?doc a ?type } ORDER BY ?doc
      text/turtle                     | CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }
      application/sparql-results+xml  | ASK {}
      """)
  void headIsGetWithoutTheBody(String accept, String query) {
    String path = "sparql?query=" + encode(query);
    HttpResponse<byte[]> get = get(path, "Accept", accept);
    HttpResponse<byte[]> head = TestServer.head(path, "Accept", accept);
    assertEquals(200, get.statusCode(), () -> text(get));
    assertEquals(get.statusCode(), head.statusCode());
    assertEquals(0, head.body().length);
    for (String header : java.util.List.of("Content-Type", "Content-Length", "Vary", "Cache-Control")) {
      assertEquals(get.headers().allValues(header), head.headers().allValues(header), header);
    }
    assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElse(null));
  }

  @Test
  void theServiceDescriptionStatesTheLimits() throws IOException {
    HttpResponse<byte[]> r = get("sparql", "Accept", "text/turtle");
    assertEquals(200, r.statusCode(), () -> text(r));
    Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", RDFFormat.TURTLE);
    var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
    var endpoint = vf.createIRI(TestServer.url() + "sparql");
    String sd = "http://www.w3.org/ns/sparql-service-description#";
    String hrc = "https://w3id.org/hrc-kg/ontology#";
    assertTrue(model.contains(endpoint, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, vf.createIRI(sd + "Service")));
    assertTrue(model.contains(endpoint, vf.createIRI(sd + "supportedLanguage"), vf.createIRI(sd + "SPARQL11Query")));
    assertEquals(TestServer.MAX_RESULTS, literal(model, endpoint, hrc + "maxResultRows").longValue());
    assertEquals(TestServer.MAX_ANSWER_BYTES, literal(model, endpoint, hrc + "maxAnswerBytes").longValue());
    assertEquals("PT2S", literal(model, endpoint, hrc + "queryTimeout").getLabel());
    assertEquals(200, TestServer.head("sparql", "Accept", "text/turtle").statusCode());
    HttpResponse<byte[]> browser = get("sparql", "Accept", "text/html");
    assertEquals(303, browser.statusCode());
    assertEquals(TestServer.url() + "editor", browser.headers().firstValue("Location").orElse(null));
  }

  @Test
  void anAnswerPastTheByteLimitIsRefusedWhole() {
    // 6,000 rows of long literals: under the row limit, over the byte limit.
    LoggedErrors.Logged<HttpResponse<byte[]>> answered = LoggedErrors.during(() -> get("sparql?query=" + encode(
        "SELECT ?t ?u { ?p <https://w3id.org/hrc-kg/ontology#text> ?t . ?q <https://w3id.org/hrc-kg/ontology#text> ?u } LIMIT 6000"),
        "Accept", "application/sparql-results+json"));
    HttpResponse<byte[]> r = answered.value();
    assertEquals(422, r.statusCode(), () -> "status " + r.statusCode());
    assertEquals(List.of(), answered.errors(), "a refused answer is no internal error of the server");
    assertTrue(text(r).contains("longer than " + TestServer.MAX_ANSWER_BYTES + " bytes"), text(r));
    HttpResponse<byte[]> small = get("sparql?query=" + encode("SELECT ?t { ?p <https://w3id.org/hrc-kg/ontology#text> ?t } LIMIT 3"),
        "Accept", "application/sparql-results+json");
    assertEquals(200, small.statusCode());
    assertEquals(String.valueOf(small.body().length), small.headers().firstValue("Content-Length").orElse(null));
  }

  @Test
  void theServerHeaderNamesNoProductNorVersion() {
    for (String path : java.util.List.of("sparql?query=" + encode("ASK {}"), "data/state/TUR.ttl", "", "no/such/page")) {
      HttpResponse<byte[]> r = get(path);
      assertEquals(java.util.List.of("hrc-kg"), r.headers().allValues("Server"), path);
    }
  }

  private static org.eclipse.rdf4j.model.Literal literal(Model model, org.eclipse.rdf4j.model.IRI subject, String property) {
    return org.eclipse.rdf4j.model.util.Models.objectLiteral(model.filter(subject,
        org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI(property), null)).orElseThrow();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
