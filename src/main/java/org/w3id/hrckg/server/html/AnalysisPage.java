package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.DocumentNode;
import org.w3id.hrckg.analysis.IssuerPalette;
import org.w3id.hrckg.analysis.NodeMetrics;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/**
 * The citation-network page in one language: the figures, a legend, the filters (body, session
 * range, citation function) and the metrics table; the drawing and the time view are made in the browser.
 */
record AnalysisPage(PageFrame frame, String intro, List<Issuer> legend, List<Row> metrics,
    List<NetworkCitations.Option> functions, Integer firstSession, Integer lastSession, String cytoscape) {

  /** The Cytoscape.js WebJar's script, as Maven brings it in. */
  static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  /** A body of the legend and the body filter: its notation, colour and name. */
  record Issuer(String code, String colour, String name) {}

  /** A document and its metrics. */
  record Row(String id, Link document, String issuer, String body, int citedBy, int cites, String pageRank, String authority, String hub,
      int component) {}

  static AnalysisPage of(CitationAnalysis analysis, NetworkCitations citations, ResourcePaths paths, Ui ui) {
    List<Issuer> legend = new ArrayList<>(IssuerPalette.COLOURS.entrySet().stream()
        .map((Map.Entry<String, String> e) -> new Issuer(e.getKey(), e.getValue(), ui.message("body_" + e.getKey()))).toList());
    legend.add(new Issuer("", IssuerPalette.OTHER, ui.message("network_other_body")));
    List<Row> rows = analysis.byPageRank().stream().map(m -> row(analysis.network().node(m.iri()), m, paths, ui)).toList();
    List<Integer> sessions = analysis.network().nodes().values().stream().map(DocumentNode::session)
        .filter(Objects::nonNull).sorted().toList();
    String intro = ui.message("network_intro", analysis.network().nodes().size(), analysis.network().graph().edgeSet().size(),
        analysis.components());
    return new AnalysisPage(new PageFrame(ui.message("nav_network"), null, List.of()), intro, legend, rows, citations.options(ui.lang()),
        sessions.isEmpty() ? null : sessions.get(0), sessions.isEmpty() ? null : sessions.get(sessions.size() - 1), CYTOSCAPE);
  }

  private static Row row(DocumentNode n, NodeMetrics m, ResourcePaths paths, Ui ui) {
    String issuer = n.issuer() == null ? "" : n.issuer();
    String body = IssuerPalette.COLOURS.containsKey(issuer) ? ui.message("body_" + issuer) : issuer;
    return new Row(n.iri(), new Link(paths.href(n.iri()), n.name()), issuer, body, m.inDegree(),
        m.outDegree(), String.format("%.4f", m.pageRank()), String.format("%.4f", m.authority()),
        String.format("%.4f", m.hub()), m.component());
  }
}
