package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.store.DatasetBuilder;

/**
 * The exports of the sample corpus's network, read back by other tools: GraphML by JGraphT's
 * importer (schema-validated), CSV and JSON by Jackson, the SVG by an XML parser, the PNG by
 * ImageIO. The sample network has 28 documents and 38 edges (the distinct citing-cited pairs of
 * the gold file).
 */
class NetworkExportTest {

  private static final String DOC = "http://kg.example.org/id/doc/";
  private static final String GA_60_251 = DOC + "A/RES/60/251";
  private static final Pattern FIRST_AND_SECOND = Pattern.compile("^\"([^\"]+)\",.*?,\"(" + Pattern.quote(DOC) + "[^\"]+)\",");

  @TempDir
  static Path out;

  private static CitationAnalysis analysis;

  @BeforeAll
  static void export() throws IOException {
    analysis = CitationAnalysis.of(DatasetBuilder.build(CorpusSource.samples(), new IriMinter("http://kg.example.org/"), f -> { }).dataset());
    NetworkExport.write(analysis, out);
    NetworkDrawing.of(analysis).writeSvg(out.resolve("network.svg"));
    NetworkDrawing.of(analysis).writePng(out.resolve("network.png"));
  }

  @Test
  void theSampleNetworkHasTheGoldFilesDocumentsAndEdges() {
    assertEquals(28, analysis.network().nodes().size());
    assertEquals(38, analysis.network().graph().edgeSet().size());
    assertEquals(GA_60_251, analysis.byPageRank().get(0).iri(), "GA 60/251, cited by all five texts, ranks first");
    assertEquals(5, analysis.metrics().get(GA_60_251).inDegree());
  }

  @Test
  void graphmlOpensInJGraphTsImporter() throws IOException {
    Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attributes = new HashMap<>();
    importer.addVertexAttributeConsumer((vertexAndKey, value) ->
        attributes.computeIfAbsent(vertexAndKey.getFirst(), v -> new HashMap<>()).put(vertexAndKey.getSecond(), value.getValue()));
    try (Reader in = Files.newBufferedReader(out.resolve("network.graphml"))) {
      importer.importGraph(g, in);
    }
    assertEquals(28, g.vertexSet().size());
    assertEquals(38, g.edgeSet().size());
    Map<String, String> ga = attributes.values().stream().filter(a -> GA_60_251.equals(a.get("iri"))).findFirst().orElseThrow();
    assertEquals(analysis.metrics().get(GA_60_251).pageRank(), Double.parseDouble(ga.get("pagerank")), 1e-12);
    assertEquals("A/RES/60/251", ga.get("label"));
    double weights = g.edgeSet().stream().mapToDouble(g::getEdgeWeight).sum();
    assertEquals(analysis.network().edges().stream().mapToInt(CitationNetwork.Edge::paragraphs).sum(), weights, 1e-9);
  }

  @Test
  void csvAndJsonCarryEveryNodeAndEdge() throws IOException {
    List<String> nodes = Files.readAllLines(out.resolve("nodes.csv"));
    assertEquals(29, nodes.size(), "a header and 28 documents");
    assertEquals("id,label,issuer,session,year,in_corpus,in_degree,out_degree,citing_paragraphs,cited_paragraphs,pagerank,"
        + "authority,hub,component", nodes.get(0));
    assertEquals(39, Files.readAllLines(out.resolve("edges.csv")).size());
    JsonNode cytoscape = new ObjectMapper().readTree(out.resolve("network.json").toFile());
    assertEquals(28, cytoscape.get("nodes").size());
    assertEquals(38, cytoscape.get("edges").size());
    assertTrue(cytoscape.get("edges").get(0).get("data").has("source"));
    JsonNode d3 = new ObjectMapper().readTree(out.resolve("network-d3.json").toFile());
    assertEquals(38, d3.get("links").size());
    // Keys in a fixed order, the same bytes from one run to the next.
    assertEquals(List.of("nodes", "edges"), fieldNames(cytoscape));
    assertEquals(List.of("nodes", "links"), fieldNames(d3));
  }

  /**
   * The pair files hold every pair of the samples (100 co-cited, 10 coupled), in the order of
   * the first document and then of the second, by IRI. Counted by hand from the gold file: HRC
   * 16/21 and HRC 5/1 are cited by the same four texts (all but HRC 28/2), GA 60/251 by all five;
   * L.15/Rev.1 cites nine documents, HRC 45/32 eight, six of them the same.
   */
  @Test
  void pairFilesHoldEveryPairInTheOrderOfTheirDocuments() throws IOException {
    List<String> coCited = Files.readAllLines(out.resolve("cocitation.csv"));
    assertEquals("first,first_label,second,second_label,texts_citing_both,cosine", coCited.get(0));
    assertEquals(101, coCited.size(), "a header and 100 pairs");
    assertTrue(coCited.contains(row("A/HRC/RES/16/21", "A/HRC/RES/5/1", "4,1.0")));
    assertTrue(coCited.contains(row("A/HRC/RES/16/21", "A/RES/60/251", "4," + 4 / Math.sqrt(4 * 5))));
    inOrderOfFirstAndSecond(coCited);
    List<String> coupled = Files.readAllLines(out.resolve("coupling.csv"));
    assertEquals("first,first_label,second,second_label,documents_cited_by_both,cosine", coupled.get(0));
    assertEquals(11, coupled.size(), "a header and the 10 pairs of the five texts: all cite GA 60/251");
    assertTrue(coupled.contains(row("A/HRC/51/L.15/Rev.1", "A/HRC/RES/45/32", "6," + 6 / Math.sqrt(9 * 8))));
    inOrderOfFirstAndSecond(coupled);
  }

  /** A row of a pair file as Jackson writes it (IRIs quoted): two documents by symbol, then the count and the cosine. */
  private static String row(String first, String second, String countAndCosine) {
    return "\"" + DOC + first + "\"," + first + ",\"" + DOC + second + "\"," + second + "," + countAndCosine;
  }

  private static void inOrderOfFirstAndSecond(List<String> lines) {
    List<List<String>> pairs = new java.util.ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = FIRST_AND_SECOND.matcher(line);
      assertTrue(m.find(), line);
      assertTrue(m.group(1).compareTo(m.group(2)) < 0, line);
      pairs.add(List.of(m.group(1), m.group(2)));
    }
    List<List<String>> sorted = new java.util.ArrayList<>(pairs);
    sorted.sort(java.util.Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
    assertEquals(sorted, pairs);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void drawingsAreWellFormed() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var svg = factory.newDocumentBuilder().parse(out.resolve("network.svg").toFile());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    assertEquals(28, svg.getElementsByTagName("circle").getLength() - 6, "one circle per document, six in the legend");
    BufferedImage png = ImageIO.read(out.resolve("network.png").toFile());
    assertEquals(1400, png.getWidth());
    assertEquals(1000, png.getHeight());
  }
}
