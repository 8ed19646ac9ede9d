package org.w3id.hrckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SERVICE found wherever a query hides it, before the query runs. */
class GuardedQueryProcessorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      SELECT * { ?s ?p ?o }                                                                   | false
      SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }                           | true
      SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1/x> { ?s ?q ?v } } }     | true
      SELECT * { { SELECT ?s { SERVICE <http://localhost:3030/sparql> { ?s ?p ?o } } } }      | true
      SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://169.254.169.254/> { ?s ?p ?o } } } | true
      SELECT * { BIND(<http://example.org/service> AS ?service) ?s ?p ?service }               | false
      ASK { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://example.org/sparql> } }  | true
      """)
  void findsService(String query, boolean expected) {
    assertEquals(expected, GuardedQueryProcessor.usesService(Algebra.compile(QueryFactory.create(query))));
  }
}
