package org.w3id.hrckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which questions are the same, and which answers may not be given twice. */
class AnswerKeyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      SELECT * { ?s ?p ?o }                                                              | false
      SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(*) > 1)             | false
      SELECT ?s (SAMPLE(?o) AS ?one) { ?s ?p ?o } GROUP BY ?s                             | false
      SELECT (STRLEN(STR(?o)) AS ?n) { ?s ?p ?o FILTER(LANG(?o) = 'fr') }                | false
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(?o) AS ?n) { ?s ?p ?o } | false
      SELECT (NOW() AS ?t) {}                                                            | true
      SELECT * { ?s ?p ?o FILTER(RAND() < 0.5) }                                         | true
      SELECT * { ?s ?p ?o BIND(STRUUID() AS ?id) }                                       | true
      SELECT * { ?s ?p ?o BIND(UUID() AS ?id) }                                          | true
      CONSTRUCT { ?b ?p ?o } { ?s ?p ?o BIND(BNODE(STR(?s)) AS ?b) }                      | true
      SELECT * { { SELECT ?s { ?s ?p ?o FILTER(?o < NOW()) } } }                         | true
      SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s ?q ?v FILTER(RAND() > 0.1) } }          | true
      SELECT (SAMPLE(RAND()) AS ?r) { ?s ?p ?o }                                          | true
      SELECT * { ?s ?p ?o FILTER(<http://example.org/fn#shuffle>(?o)) }                  | true
      SELECT * { ?s ?p ?o } ORDER BY RAND()                                               | true
      """)
  void findsWhatVaries(String query, boolean varies) {
    assertEquals(varies, AnswerKey.varies(Algebra.compile(QueryFactory.create(query))));
  }

  @Test
  void spacingAndCommentsDoNotMakeAnotherQuestion() {
    assertEquals(key("SELECT * { ?s ?p ?o } LIMIT 5", null),
        key("# the first five\nSELECT *\n  {\n ?s ?p ?o .\n}\nLIMIT   5", null));
  }

  @Test
  void anotherLimitOrOtherGraphsAreAnotherQuestion() {
    AnswerKey five = key("SELECT * { ?s ?p ?o } LIMIT 5", null);
    assertNotEquals(five, key("SELECT * { ?s ?p ?o } LIMIT 6", null));
    assertNotEquals(five, key("SELECT * FROM <http://example.org/g> { ?s ?p ?o } LIMIT 5", null));
    assertNotEquals(five, key("SELECT * { ?s ?p ?o } LIMIT 5",
        DatasetDescription.create(List.of("http://example.org/g"), List.of())));
    assertNotEquals(key("SELECT * { ?s ?p ?o } LIMIT 5", DatasetDescription.create(List.of(), List.of("http://example.org/g"))),
        key("SELECT * { ?s ?p ?o } LIMIT 5", DatasetDescription.create(List.of("http://example.org/g"), List.of())));
  }

  private static AnswerKey key(String query, DatasetDescription graphs) {
    Query parsed = QueryFactory.create(query);
    return AnswerKey.of(parsed, Algebra.compile(parsed), graphs).orElseThrow();
  }
}
