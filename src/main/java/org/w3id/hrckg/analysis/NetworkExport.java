package org.w3id.hrckg.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an analysis for other tools: CSV tables (nodes with their attributes and metrics, edges,
 * co-citation and coupling pairs, citation ages), GraphML (Gephi, yEd, Cytoscape, networkx) and
 * JSON for Cytoscape.js ({@code network.json}) and D3 ({@code network-d3.json}).
 *
 * <p>The pair files are written as the pairs are counted, in the order of their first document and
 * then of their second (by IRI), never held whole: at 20,000 synthetic texts there are 125 million
 * coupled pairs, too many to keep or to read. They hold the pairs that share at least a given
 * count, by default the smallest count that keeps a file within {@link #MAX_PAIR_ROWS} rows
 * (which never splits pairs of the same count).
 */
public final class NetworkExport {

  /** The files written, in the order written. */
  public static final List<String> FILES = List.of("nodes.csv", "edges.csv", "cocitation.csv", "coupling.csv",
      "citation-ages.csv", "network.graphml", "network.json", "network-d3.json");

  /**
   * The most rows a pair file holds when no minimum shared count is given: what a spreadsheet
   * still opens (Excel stops at 1,048,576 rows), and more than all the pairs of the bundled corpus.
   */
  public static final long MAX_PAIR_ROWS = 1_000_000;

  /**
   * A pair file as written.
   *
   * @param pairs the pairs of its relation, all counts
   * @param minShared the least count of the pairs written
   * @param rows the pairs written
   * @param seconds the time taken to count the pairs and write them
   */
  public record PairFile(String file, long pairs, int minShared, long rows, double seconds) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final CsvMapper CSV = new CsvMapper();

  private NetworkExport() {}

  /** Writes every file into a folder, creating it; the pair files within {@link #MAX_PAIR_ROWS} rows. */
  public static void write(CitationAnalysis analysis, Path folder) throws IOException {
    write(analysis, folder, OptionalInt.empty());
  }

  /**
   * Writes every file into a folder, creating it; the pair files with the pairs that share at
   * least minShared, or when it is empty the smallest count that keeps each within {@link #MAX_PAIR_ROWS} rows.
   *
   * @return the co-citation file and the coupling file, as written
   */
  public static List<PairFile> write(CitationAnalysis analysis, Path folder, OptionalInt minShared) throws IOException {
    Files.createDirectories(folder);
    csv(folder.resolve("nodes.csv"), nodeRows(analysis));
    csv(folder.resolve("edges.csv"), edgeRows(analysis));
    List<PairFile> pairFiles = List.of(
        pairs(analysis, folder.resolve("cocitation.csv"), analysis.coCitation(), "texts_citing_both", minShared),
        pairs(analysis, folder.resolve("coupling.csv"), analysis.coupling(), "documents_cited_by_both", minShared));
    csv(folder.resolve("citation-ages.csv"), ageRows(analysis));
    try (Writer out = Files.newBufferedWriter(folder.resolve("network.graphml"), StandardCharsets.UTF_8)) {
      graphml(analysis).exportGraph(analysis.network().graph(), out);
    }
    JSON.writeValue(folder.resolve("network.json").toFile(), cytoscape(analysis));
    JSON.writeValue(folder.resolve("network-d3.json").toFile(), d3(analysis));
    return pairFiles;
  }

  /** The network as Cytoscape.js elements, with every attribute and metric in each node's data. */
  public static Map<String, Object> cytoscape(CitationAnalysis analysis) {
    List<Map<String, Object>> nodes = nodeRows(analysis).stream().map(row -> Map.<String, Object>of("data", row)).toList();
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Map<String, Object> row : edgeRows(analysis)) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "e" + (edges.size() + 1));
      data.putAll(row);
      data.put("source", row.get("citing"));
      data.put("target", row.get("cited"));
      edges.add(Map.of("data", data));
    }
    // Keys in a fixed order (Map.of's changes from one run of the JVM to the next): the same network, the same bytes.
    Map<String, Object> elements = new LinkedHashMap<>();
    elements.put("nodes", nodes);
    elements.put("edges", edges);
    return elements;
  }

  private static Map<String, Object> d3(CitationAnalysis analysis) {
    List<Map<String, Object>> links = edgeRows(analysis).stream().map(row -> {
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("source", row.get("citing"));
      link.put("target", row.get("cited"));
      link.put("value", row.get("paragraphs"));
      return link;
    }).toList();
    Map<String, Object> network = new LinkedHashMap<>();
    network.put("nodes", nodeRows(analysis));
    network.put("links", links);
    return network;
  }

  static List<Map<String, Object>> nodeRows(CitationAnalysis analysis) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DocumentNode n : analysis.network().nodes().values()) {
      NodeMetrics m = analysis.metrics().get(n.iri());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", n.iri());
      row.put("label", n.name());
      row.put("issuer", n.issuer());
      row.put("session", n.session());
      row.put("year", n.year());
      row.put("in_corpus", n.inCorpus());
      row.put("in_degree", m.inDegree());
      row.put("out_degree", m.outDegree());
      row.put("citing_paragraphs", m.citingParagraphs());
      row.put("cited_paragraphs", m.citedParagraphs());
      row.put("pagerank", m.pageRank());
      row.put("authority", m.authority());
      row.put("hub", m.hub());
      row.put("component", m.component());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> edgeRows(CitationAnalysis analysis) {
    Map<List<String>, Integer> ages = new LinkedHashMap<>();
    analysis.ages().forEach(a -> ages.put(List.of(a.citing(), a.cited()), a.years()));
    return analysis.network().edges().stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("citing", e.citing());
      row.put("cited", e.cited());
      row.put("paragraphs", e.paragraphs());
      row.put("age_years", ages.get(List.of(e.citing(), e.cited())));
      return row;
    }).toList();
  }

  /** Streams the pairs that share enough into a CSV file, one row each (an empty file when none does, like {@link #csv}). */
  private static PairFile pairs(CitationAnalysis analysis, Path file, PairSimilarity pairs, String count,
      OptionalInt minShared) throws IOException {
    long start = System.nanoTime();
    PairSimilarity.Counts counts = pairs.counts();
    int least = minShared.orElseGet(() -> counts.minSharedWithin(MAX_PAIR_ROWS));
    long rows = counts.atLeast(least);
    if (rows == 0) {
      Files.writeString(file, "");
    } else {
      writePairs(analysis, file, pairs, count, least);
    }
    return new PairFile(file.getFileName().toString(), counts.total(), least, rows, (System.nanoTime() - start) / 1e9);
  }

  private static void writePairs(CitationAnalysis analysis, Path file, PairSimilarity pairs, String count, int least)
      throws IOException {
    CsvSchema schema = schema(List.of("first", "first_label", "second", "second_label", count, "cosine"));
    try (SequenceWriter out = CSV.writer(schema).writeValues(file.toFile())) {
      pairs.forEach(least, p -> {
        try {
          out.write(pairRow(analysis, p, count));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Map<String, Object> pairRow(CitationAnalysis analysis, PairSimilarity.Pair p, String count) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("first", p.first());
    row.put("first_label", analysis.network().node(p.first()).name());
    row.put("second", p.second());
    row.put("second_label", analysis.network().node(p.second()).name());
    row.put(count, p.shared());
    row.put("cosine", p.cosine());
    return row;
  }

  private static List<Map<String, Object>> ageRows(CitationAnalysis analysis) {
    return analysis.ages().stream().map(a -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("citing", analysis.network().node(a.citing()).name());
      row.put("cited", analysis.network().node(a.cited()).name());
      row.put("citing_year", a.citingYear());
      row.put("cited_year", a.citedYear());
      row.put("age_years", a.years());
      return row;
    }).toList();
  }

  /** A CSV file with a header row taken from the rows' keys (all rows share them). */
  private static void csv(Path file, List<Map<String, Object>> rows) throws IOException {
    if (rows.isEmpty()) {
      Files.writeString(file, "");
      return;
    }
    CSV.writer(schema(rows.get(0).keySet())).writeValue(file.toFile(), rows);
  }

  private static CsvSchema schema(Iterable<String> columns) {
    return CsvSchema.builder().setUseHeader(true).addColumns(columns, CsvSchema.ColumnType.STRING).build();
  }

  /** GraphML ids are XML name tokens, which IRIs are not: nodes are n0, n1... and carry their IRI as an attribute. */
  private static GraphMLExporter<String, DefaultWeightedEdge> graphml(CitationAnalysis analysis) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    nodeRows(analysis).forEach(r -> {
      rows.put((String) r.get("id"), r);
      ids.put((String) r.get("id"), "n" + ids.size());
    });
    GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(ids::get);
    exporter.setExportEdgeWeights(true);
    exporter.registerAttribute("iri", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    rows.values().stream().findFirst().ifPresent(first -> first.forEach((key, value) -> {
      if (!key.equals("id")) {
        exporter.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, type(value, key));
      }
    }));
    exporter.setVertexAttributeProvider(v -> {
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      attributes.put("iri", DefaultAttribute.createAttribute(v));
      rows.get(v).forEach((key, value) -> {
        if (!key.equals("id") && value != null) {
          attributes.put(key, attribute(value));
        }
      });
      return attributes;
    });
    return exporter;
  }

  private static AttributeType type(Object value, String key) {
    if (key.equals("session") || key.equals("year") || value instanceof Integer) {
      return AttributeType.INT;
    }
    if (value instanceof Double) {
      return AttributeType.DOUBLE;
    }
    return value instanceof Boolean ? AttributeType.BOOLEAN : AttributeType.STRING;
  }

  private static Attribute attribute(Object value) {
    if (value instanceof Integer i) {
      return DefaultAttribute.createAttribute(i);
    }
    if (value instanceof Double d) {
      return DefaultAttribute.createAttribute(d);
    }
    if (value instanceof Boolean b) {
      return DefaultAttribute.createAttribute(b);
    }
    return DefaultAttribute.createAttribute(String.valueOf(value));
  }
}
