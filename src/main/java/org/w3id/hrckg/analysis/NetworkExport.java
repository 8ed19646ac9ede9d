package org.w3id.hrckg.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an analysis for other tools: CSV tables (nodes with their attributes and metrics, edges,
 * co-citation and coupling pairs, citation ages), GraphML (Gephi, yEd, Cytoscape, networkx) and
 * JSON for Cytoscape.js ({@code network.json}) and D3 ({@code network-d3.json}).
 */
public final class NetworkExport {

  /** The files written, in the order written. */
  public static final List<String> FILES = List.of("nodes.csv", "edges.csv", "cocitation.csv", "coupling.csv",
      "citation-ages.csv", "network.graphml", "network.json", "network-d3.json");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final CsvMapper CSV = new CsvMapper();

  private NetworkExport() {}

  /** Writes every file into a folder, creating it. */
  public static void write(CitationAnalysis analysis, Path folder) throws IOException {
    Files.createDirectories(folder);
    csv(folder.resolve("nodes.csv"), nodeRows(analysis));
    csv(folder.resolve("edges.csv"), edgeRows(analysis));
    csv(folder.resolve("cocitation.csv"), pairRows(analysis, analysis.coCitation(), "texts_citing_both"));
    csv(folder.resolve("coupling.csv"), pairRows(analysis, analysis.coupling(), "documents_cited_by_both"));
    csv(folder.resolve("citation-ages.csv"), ageRows(analysis));
    try (Writer out = Files.newBufferedWriter(folder.resolve("network.graphml"), StandardCharsets.UTF_8)) {
      graphml(analysis).exportGraph(analysis.network().graph(), out);
    }
    JSON.writeValue(folder.resolve("network.json").toFile(), cytoscape(analysis));
    JSON.writeValue(folder.resolve("network-d3.json").toFile(), d3(analysis));
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

  private static List<Map<String, Object>> pairRows(CitationAnalysis analysis, List<PairSimilarity.Pair> pairs, String count) {
    return pairs.stream().map(p -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("first", p.first());
      row.put("first_label", analysis.network().node(p.first()).name());
      row.put("second", p.second());
      row.put("second_label", analysis.network().node(p.second()).name());
      row.put(count, p.shared());
      row.put("cosine", p.cosine());
      return row;
    }).toList();
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
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    rows.get(0).keySet().forEach(schema::addColumn);
    CSV.writer(schema.build()).writeValue(file.toFile(), rows);
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
