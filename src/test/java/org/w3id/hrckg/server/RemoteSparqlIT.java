package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.analysis.QueryCatalogue;
import org.w3id.hrckg.server.TestServer.Mode;
import org.w3id.hrckg.server.TestServer.Site;

/**
 * {@code /sparql} of a server that reads a standalone Fuseki ({@code serve --sparql-endpoint})
 * answers as the server over the embedded dataset does: every named query gives the same rows,
 * CONSTRUCT, DESCRIBE and ASK the same answers, and it refuses what the embedded one refuses.
 */
class RemoteSparqlIT {

  private static final String JSON = "application/sparql-results+json";

  static Stream<NamedQuery> namedQueries() {
    return QueryCatalogue.all().stream();
  }

  /** Whether the query's committed result on the samples has rows (mandate-timeline has none: no sample decides a mandate). */
  private static boolean expectsRows(NamedQuery query) throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/queries-expected", query.name() + ".csv")).stream()
        .filter(line -> !line.startsWith("#")).count() > 1;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedQueries")
  void everyNamedQueryGivesTheSameRows(NamedQuery query) throws IOException {
    List<String> embedded = rows(embedded(), query.text());
    assertEquals(expectsRows(query), !embedded.isEmpty(), query.name() + " answers on the samples as its committed result says");
    assertEquals(embedded, rows(remote(), query.text()), query.name());
  }

  @Test
  void constructDescribeAndAskGiveTheSameAnswers() {
    String prefixes = "PREFIX hrc: <https://w3id.org/hrc-kg/ontology#> PREFIX cito: <http://purl.org/spar/cito/> ";
    for (String query : new String[] {
        prefixes + "CONSTRUCT { ?doc cito:cites ?cited } WHERE { ?doc cito:cites ?cited ; hrc:symbol \"A/HRC/RES/45/32\" }",
        "DESCRIBE <" + TestServer.BASE + "id/state/TUR>",
        prefixes + "CONSTRUCT WHERE { ?d hrc:symbol ?s } ORDER BY ?s LIMIT 3"}) {
      Graph embedded = graph(embedded(), query);
      assertTrue(embedded.size() > 0, query);
      assertTrue(embedded.isIsomorphicWith(graph(remote(), query)), query);
    }
    String ask = prefixes + "ASK { ?d hrc:symbol \"A/HRC/RES/56/15\" }";
    assertTrue(text(remote().get("sparql?query=" + encode(ask), "Accept", JSON)).contains("\"boolean\" : true"));
    String none = prefixes + "ASK { ?d hrc:symbol \"A/HRC/RES/99/999\" }";
    assertTrue(text(remote().get("sparql?query=" + encode(none), "Accept", JSON)).contains("\"boolean\" : false"));
  }

  @Test
  void whatTheEmbeddedServerRefusesTheRemoteOneRefuses() {
    String service = "SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }";
    String tooMany = "SELECT * { GRAPH ?g { ?s ?p ?o } }";
    String malformed = "SELECT * WHERE { ?s ?p }";
    for (String query : new String[] {service, tooMany, malformed}) {
      int status = embedded().get("sparql?query=" + encode(query)).statusCode();
      assertTrue(status >= 400, query);
      assertEquals(status, remote().get("sparql?query=" + encode(query)).statusCode(), query);
    }
    String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    assertEquals(403, remote().post("sparql", "application/sparql-update", update).statusCode());
    assertTrue(text(remote().get("sparql?query=" + encode("ASK { <urn:x> ?p ?o }"), "Accept", JSON)).contains("\"boolean\" : false"),
        "nothing was written");
  }

  /**
   * The rows of an answer, each as its terms, sorted: the order of rows a query does not order, and
   * of the values a GROUP_CONCAT joins (" | " in the named queries), is each engine's own.
   */
  private static List<String> rows(Site site, String query) {
    HttpResponse<byte[]> r = site.post("sparql", "application/sparql-query", query, "Accept", JSON);
    assertEquals(200, r.statusCode(), () -> text(r));
    ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
    List<String> read = new ArrayList<>();
    rows.forEachRemaining(row -> read.add(rows.getResultVars().stream()
        .map(v -> row.contains(v) ? term(row.get(v).asNode()) : "-").collect(Collectors.joining(" "))));
    return read.stream().sorted().toList();
  }

  private static String term(Node node) {
    if (node.isLiteral() && node.getLiteralLexicalForm().contains(" | ")) {
      return Arrays.stream(node.getLiteralLexicalForm().split(" \\| ")).sorted().collect(Collectors.joining(" | "));
    }
    return NodeFmtLib.strNT(node);
  }

  private static Graph graph(Site site, String query) {
    HttpResponse<byte[]> r = site.get("sparql?query=" + encode(query), "Accept", "application/n-triples");
    assertEquals(200, r.statusCode(), () -> text(r));
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
    return g;
  }

  private static Site embedded() {
    return TestServer.site(Mode.EMBEDDED);
  }

  private static Site remote() {
    return TestServer.site(Mode.REMOTE);
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
