package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * Every named query of {@code queries/}, run over the sample corpus and checked against the
 * result expected for it ({@code queries-expected/NAME.csv}), written from the hand-made gold
 * file and from reading the texts. An expected file lists the columns it checks; its first
 * comment lines may give parameters ({@code # params: symbol=A/RES/48/141}) and the total number
 * of rows when it lists only the first ones ({@code # rows: 903}).
 */
class NamedQueriesTest {

  private static DatasetGraph dataset;

  @BeforeAll
  static void build() {
    dataset = UnionDefaultGraph.of(DatasetBuilder.build(CorpusSource.samples(), new IriMinter("http://kg.example.org/"), f -> { }).dataset());
  }

  static Stream<NamedQuery> queries() {
    return QueryCatalogue.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void givesTheExpectedResult(NamedQuery query) throws IOException {
    Expected expected = Expected.read(query.name());
    Query bound = query.bind(expected.params());
    List<List<String>> actual = run(query, bound, expected);
    // As /queries/NAME sends it, in text: the same rows.
    assertEquals(render(actual), render(run(query, QueryFactory.create(bound.serialize()), expected)),
        query.name() + " sent as text");
    if (expected.total() != null) {
      assertEquals(expected.total(), actual.size(), query.name() + ": number of rows");
      actual = actual.subList(0, Math.min(actual.size(), expected.rows().size()));
    }
    assertEquals(render(expected.rows()), render(actual), query.name());
  }

  @Test
  void everyQueryHasAHeaderAndAnExampleAndEveryParameterIsAVariable() {
    for (NamedQuery q : QueryCatalogue.all()) {
      assertFalse(q.example().isBlank(), q.name() + " shows no example result");
      for (NamedQuery.Parameter p : q.parameters()) {
        assertTrue(q.text().contains("?" + p.name()), q.name() + ": parameter " + p.name() + " is no variable of the query");
      }
    }
    assertTrue(QueryCatalogue.all().size() >= 18, "the catalogue the issue asks for");
  }

  /** Bound to a value the data does not hold, every query answers nothing: the value restricts it, whichever way it is bound. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void everyParameterFilters(NamedQuery query) {
    for (NamedQuery.Parameter p : query.parameters()) {
      String nothing = p.type().equals("integer") ? "-1" : "no such value";
      long rows = Txn.calculateRead(dataset, () -> {
        try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query.bind(Map.of(p.name(), nothing))).build()) {
          ResultSet rs = ResultSet.adapt(exec.select());
          long n = 0;
          for (; rs.hasNext(); rs.next()) {
            n++;
          }
          return n;
        }
      });
      assertEquals(0, rows, query.name() + ": parameter " + p.name() + " does not filter");
    }
  }

  /** A bound query answers with the same columns, in the same order, whether its value replaced the variable or was joined, and its text parses. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void aBoundQueryKeepsItsColumns(NamedQuery query) {
    List<String> columns = query.bind(Map.of()).getResultVars();
    for (NamedQuery.Parameter p : query.parameters()) {
      String value = p.type().equals("integer") ? "1" : "x";
      Query bound = query.bind(Map.of(p.name(), value));
      assertEquals(columns, bound.getResultVars(), query.name() + " bound by " + p.name());
      // Sent as text by /queries/NAME: it must parse again, to the same columns.
      assertEquals(columns, QueryFactory.create(bound.serialize()).getResultVars(), bound.serialize());
    }
  }

  /** A value of a parameter that the samples have, and the column of the unbound answer that shows it. */
  record BoundAnswer(String query, String parameter, String value, String column) {
    @Override
    public String toString() {
      return query + " " + parameter + "=" + value;
    }
  }

  /** Every parameter of the catalogue but mandate-timeline's (the samples establish no mandate). */
  static final List<BoundAnswer> BOUND_ANSWERS = List.of(
      new BoundAnswer("citation-age", "symbol", "A/HRC/51/L.15/Rev.1", "citing"),
      new BoundAnswer("frontier", "issuer", "ga", "issuer"),
      new BoundAnswer("funds-per-document", "symbol", "A/HRC/51/L.15/Rev.1", "document"),
      new BoundAnswer("funds-per-session", "session", "28", "session"),
      new BoundAnswer("most-cited-by-issuer", "issuer", "hrc", "issuer"),
      new BoundAnswer("most-cited", "issuer", "ga", "issuer"),
      new BoundAnswer("opening-phrases", "symbol", "A/HRC/RES/56/15", "document"),
      new BoundAnswer("outputs-due-per-session", "session", "47", "session"),
      new BoundAnswer("outputs-per-actor", "actor", "ohchr", "actor"),
      new BoundAnswer("paragraph-counts", "symbol", "A/HRC/RES/28/2", "document"),
      new BoundAnswer("sdg-per-document", "symbol", "A/HRC/RES/45/32", "document"),
      new BoundAnswer("sponsor-counts", "iso3", "ARG", "iso3"),
      new BoundAnswer("sponsors-per-draft", "symbol", "A/HRC/51/L.15/Rev.1", "draft"),
      new BoundAnswer("who-cites", "symbol", "A/RES/48/141", "symbol"));

  /** Bound, a query answers what it answers unbound for that value: the rows whose column holds it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("boundAnswers")
  void aBoundQueryAnswersTheRowsOfItsValue(BoundAnswer bound) {
    NamedQuery query = QueryCatalogue.all().stream().filter(q -> q.name().equals(bound.query())).findFirst().orElseThrow();
    List<String> columns = query.bind(Map.of()).getResultVars();
    Expected all = new Expected(Map.of(), columns, List.of(), null);
    int at = columns.indexOf(bound.column());
    List<List<String>> expected = run(query, query.bind(Map.of()), all).stream()
        .filter(row -> row.get(at).equals(bound.value())).toList();
    assertFalse(expected.isEmpty(), bound + ": the samples have no such row");
    assertEquals(render(expected), render(run(query, query.bind(Map.of(bound.parameter(), bound.value())), all)), bound.toString());
  }

  static Stream<BoundAnswer> boundAnswers() {
    return BOUND_ANSWERS.stream();
  }

  @Test
  void everyParameterHasABoundAnswer() {
    for (NamedQuery q : QueryCatalogue.all()) {
      for (NamedQuery.Parameter p : q.parameters()) {
        assertTrue(q.name().equals("mandate-timeline")
            || BOUND_ANSWERS.stream().anyMatch(b -> b.query().equals(q.name()) && b.parameter().equals(p.name())),
            q.name() + " " + p.name() + " has no row in BOUND_ANSWERS");
      }
    }
  }

  private static List<List<String>> run(NamedQuery query, Query bound, Expected expected) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(bound).build()) {
        ResultSet rs = ResultSet.adapt(exec.select());
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          List<String> row = new ArrayList<>();
          for (String column : expected.columns()) {
            assertTrue(rs.getResultVars().contains(column), query.name() + " has no column " + column);
            row.add(text(s.get(column)));
          }
          rows.add(row);
        }
        return rows;
      }
    });
  }

  private static String text(RDFNode n) {
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private static String render(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    rows.forEach(r -> sb.append(String.join(" | ", r)).append('\n'));
    return sb.toString();
  }

  /** An expected result: parameters, the columns checked, the rows, and the total when only the first rows are listed. */
  record Expected(Map<String, String> params, List<String> columns, List<List<String>> rows, Integer total) {

    static Expected read(String name) throws IOException {
      String text;
      try (InputStream in = NamedQueriesTest.class.getResourceAsStream("/queries-expected/" + name + ".csv")) {
        assertNotNull(in, "queries-expected/" + name + ".csv: every named query has its expected result");
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, String> params = new LinkedHashMap<>();
      Integer total = null;
      StringBuilder csv = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.startsWith("# params:")) {
          for (String kv : line.substring(9).strip().split(" ")) {
            params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
          }
        } else if (line.startsWith("# rows:")) {
          total = Integer.valueOf(line.substring(7).strip());
        } else if (!line.startsWith("#")) {
          csv.append(line).append('\n');
        }
      }
      List<List<String>> all = new ArrayList<>();
      try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .readerForListOf(String.class).readValues(csv.toString())) {
        it.forEachRemaining(all::add);
      }
      return new Expected(params, all.get(0), all.subList(1, all.size()), total);
    }
  }
}
