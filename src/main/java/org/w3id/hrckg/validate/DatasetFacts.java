package org.w3id.hrckg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What the data-quality report reads of a dataset about a finding, by SPARQL over the dataset's
 * default graph (the union of its graphs, for a build's store or dumps), so that a report on a large
 * store reads the few triples it needs and copies nothing. Where a thing has several values, the
 * first by the order the queries give decides (a value in the report's language first, then by its
 * text), not the order in which a store happens to hold them, so that a store and its dump give the
 * same report.
 */
final class DatasetFacts {

  private static final Query VALUE = QueryFactory.create("""
      SELECT ?v WHERE { ?s ?p ?v FILTER isLiteral(?v) }
      ORDER BY DESC(langMatches(lang(?v), ?lang)) str(?v) LIMIT 1""");
  private static final Query SUBJECTS = QueryFactory.create("SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY str(?s)");
  private static final Query OBJECTS = QueryFactory.create("SELECT DISTINCT ?o WHERE { ?s ?p ?o } ORDER BY str(?o)");

  private final DatasetGraph dataset;
  private final Node language;

  /**
   * @param dataset a dataset whose default graph holds what the report reads (call inside a read transaction)
   * @param language the language of the report, whose values come first
   */
  DatasetFacts(DatasetGraph dataset, String language) {
    this.dataset = dataset;
    this.language = NodeFactory.createLiteralString(language);
  }

  /** The literal value of {@code p} of {@code s}, in the report's language where there is one. */
  Optional<String> literal(Node s, Node p) {
    return first(VALUE, Map.of("s", s, "p", p, "lang", language), "v").map(Node::getLiteralLexicalForm);
  }

  /** The things that have {@code o} as their {@code p}, by their IRIs. */
  List<Node> subjects(Node p, Node o) {
    return all(SUBJECTS, Map.of("p", p, "o", o), "s");
  }

  /** The values of {@code p} of {@code s}, by their text. */
  List<Node> objects(Node s, Node p) {
    return all(OBJECTS, Map.of("s", s, "p", p), "o");
  }

  private Optional<Node> first(Query query, Map<String, Node> bound, String column) {
    return all(query, bound, column).stream().findFirst();
  }

  private List<Node> all(Query query, Map<String, Node> bound, String column) {
    QueryExecBuilder exec = QueryExec.newBuilder().dataset(dataset).query(query);
    bound.forEach(exec::substitution);
    List<Node> out = new ArrayList<>();
    try (QueryExec run = exec.build()) {
      RowSet rows = run.select();
      rows.forEachRemaining(row -> out.add(row.get(column)));
    }
    return out;
  }
}
