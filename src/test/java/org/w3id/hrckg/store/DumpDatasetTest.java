package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.analysis.CitationNetwork;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.analysis.QueryCatalogue;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;

/**
 * Dumps read for {@code --data}: whether they stay in memory or move to a temporary TDB2 store
 * (wherever the move falls: at the first quad, within a dump, at the first quad of the next
 * dump), the dataset holds the same quads, and every named query and the citation network give
 * the same answers; a dump that does not parse after the move leaves no store behind.
 */
class DumpDatasetTest {

  private static final String BASE = "http://kg.example.org/";
  /** A triple of the default graph, which a dump in a triple format gives. */
  private static final String DEFAULT_GRAPH_TRIPLE = "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n";

  @TempDir
  static Path dir;

  static Path samples;
  static Path extra;
  static long samplesQuads;
  static DatasetGraph inMemory;

  @BeforeAll
  static void dumpTheSamples() throws IOException, RdfFiles.InvalidRdf {
    samples = dir.resolve("samples.nq");
    DatasetGraph built = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset();
    try (OutputStream out = Files.newOutputStream(samples)) {
      RDFDataMgr.write(out, built, Lang.NQUADS);
    }
    samplesQuads = built.stream().count();
    extra = Files.writeString(dir.resolve("extra.ttl"), DEFAULT_GRAPH_TRIPLE);
    inMemory = DumpDataset.read(List.of(samples, extra), Long.MAX_VALUE, new PrintWriter(new StringWriter()));
  }

  static Stream<Arguments> moves() {
    return Stream.of(
        Arguments.of("at the first quad", 0L),
        Arguments.of("within the first dump", 1_000L),
        Arguments.of("at the first quad of the second dump", samplesQuads));
  }

  @ParameterizedTest(name = "moved {0}")
  @MethodSource("moves")
  void aStoreHoldsWhatMemoryHoldsAndAnswersAlike(String where, long inMemoryQuads) throws IOException, RdfFiles.InvalidRdf {
    StringWriter notices = new StringWriter();
    DatasetGraph stored = DumpDataset.read(List.of(samples, extra), inMemoryQuads, new PrintWriter(notices));
    assertTrue(DatabaseMgr.isTDB2(stored));
    assertTrue(notices.toString().contains("more than " + String.format("%,d", inMemoryQuads) + " quads"), notices.toString());
    assertEquals(quads(inMemory), quads(stored));
    assertEquals(TdbStore.baseOf(inMemory), TdbStore.baseOf(stored));
    for (NamedQuery query : QueryCatalogue.all()) {
      assertEquals(rows(inMemory, query), rows(stored, query), query.name());
    }
    assertEquals(network(inMemory), network(stored));
  }

  @Test
  void dumpsWithinTheLimitStayInMemoryAndSayNothing() throws IOException, RdfFiles.InvalidRdf {
    StringWriter notices = new StringWriter();
    DatasetGraph read = DumpDataset.read(List.of(samples, extra), samplesQuads + 1, new PrintWriter(notices));
    assertFalse(DatabaseMgr.isTDB2(read));
    assertEquals("", notices.toString());
    assertEquals(samplesQuads + 1, quads(read).size());
  }

  @Test
  void aDumpThatDoesNotParseAfterTheMoveLeavesNoStore() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.nq"), "<http://example.org/a> <http://example.org/b> .\n");
    Set<Path> before = temporaryStores();
    RdfFiles.InvalidRdf refused = assertThrows(RdfFiles.InvalidRdf.class,
        () -> DumpDataset.read(List.of(samples, broken), 0, new PrintWriter(new StringWriter())));
    assertTrue(refused.getMessage().startsWith(broken + ":1:"), refused.getMessage());
    assertEquals(before, temporaryStores());
  }

  private static Set<Quad> quads(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> dataset.stream().collect(Collectors.toSet()));
  }

  /**
   * The rows of a named query, in order where it orders them, else sorted. SPARQL leaves the order
   * of the parts of a {@code GROUP_CONCAT} to the store (TDB2 and memory give them in the order of
   * their indexes), so such a value is compared as its parts, sorted.
   */
  private static List<String> rows(DatasetGraph dataset, NamedQuery query) {
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(union, () -> {
      Query bound = query.bind(Map.of());
      Map<String, String> separators = concatenations(bound);
      try (QueryExec exec = QueryExec.newBuilder().dataset(union).query(bound).build()) {
        List<String> rows = new ArrayList<>();
        ResultSet.adapt(exec.select()).forEachRemaining(r -> rows.add(bound.getResultVars().stream()
            .map(v -> v + "=" + (r.contains(v) ? parts(r.get(v).toString(), separators.get(v)) : ""))
            .collect(Collectors.joining(" "))));
        if (!bound.hasOrderBy()) {
          rows.sort(null);
        }
        return rows;
      }
    });
  }

  /** The separator of each variable that a GROUP_CONCAT gives. */
  private static Map<String, String> concatenations(Query query) {
    Map<String, String> separators = new HashMap<>();
    query.getProject().forEachExpr((v, e) -> {
      if (e instanceof ExprAggregator a && a.getAggregator() instanceof AggGroupConcatDistinct c) {
        separators.put(v.getVarName(), c.getSeparator());
      } else if (e instanceof ExprAggregator a && a.getAggregator() instanceof AggGroupConcat c) {
        separators.put(v.getVarName(), c.getSeparator());
      }
    });
    return separators;
  }

  private static String parts(String value, String separator) {
    return separator == null ? value : Stream.of(value.split(Pattern.quote(separator))).sorted().collect(Collectors.joining(separator));
  }

  private static List<String> network(DatasetGraph dataset) {
    CitationNetwork network = CitationNetwork.of(dataset);
    List<String> facts = new ArrayList<>(network.nodes().values().stream().map(Object::toString).toList());
    network.edges().forEach(e -> facts.add(e.toString()));
    return facts;
  }

  private static Set<Path> temporaryStores() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("hrc-kg-data-")).collect(Collectors.toSet());
    }
  }
}
