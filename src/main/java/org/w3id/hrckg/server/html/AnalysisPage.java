package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.DocumentNode;
import org.w3id.hrckg.analysis.IssuerPalette;
import org.w3id.hrckg.analysis.NodeMetrics;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/** The citation-network page: the figures, a legend, the metrics table (the drawing itself is made in the browser). */
record AnalysisPage(PageFrame frame, int documents, int edges, int components, List<Issuer> legend, List<Row> metrics,
    String cytoscape) {

  /** The Cytoscape.js WebJar's script, as Maven brings it in. */
  static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  /** A colour of the legend. */
  record Issuer(String colour, String name) {}

  /** A document and its metrics. */
  record Row(Link document, String issuer, int citedBy, int cites, String pageRank, String authority, String hub,
      int component) {}

  static AnalysisPage of(CitationAnalysis analysis, ResourcePaths paths) {
    List<Issuer> legend = new ArrayList<>(IssuerPalette.COLOURS.entrySet().stream()
        .map((Map.Entry<String, String> e) -> new Issuer(e.getValue(), IssuerPalette.name(e.getKey()))).toList());
    legend.add(new Issuer(IssuerPalette.OTHER, "other or unknown"));
    List<Row> rows = analysis.byPageRank().stream().map(m -> row(analysis.network().node(m.iri()), m, paths)).toList();
    return new AnalysisPage(new PageFrame("Citation network", null, List.of()), analysis.network().nodes().size(),
        analysis.network().graph().edgeSet().size(), analysis.components(), legend, rows, CYTOSCAPE);
  }

  private static Row row(DocumentNode n, NodeMetrics m, ResourcePaths paths) {
    return new Row(new Link(paths.href(n.iri()), n.name()), n.issuer() == null ? "" : n.issuer(), m.inDegree(), m.outDegree(),
        String.format("%.4f", m.pageRank()), String.format("%.4f", m.authority()), String.format("%.4f", m.hub()), m.component());
  }
}
