package org.w3id.hrckg.server.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.IssuerPalette;
import org.w3id.hrckg.analysis.NetworkExport;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/**
 * {@code /analysis}: the citation network drawn in the browser with Cytoscape.js, its filters, its
 * time view and its metrics; {@code /analysis/network.json}: the network as Cytoscape.js elements,
 * each node with its colour, its size (by PageRank) and the link to its page, each edge with its
 * citation instances by function. Computed once, when the server starts, the page once per language.
 */
public final class AnalysisServlet extends HttpServlet {

  private final transient Templates templates;
  private final transient Map<String, AnalysisPage> models = new HashMap<>();
  private final byte[] network;

  public AnalysisServlet(CitationAnalysis analysis, NetworkCitations citations, ResourcePaths paths, Templates templates)
      throws IOException {
    this.templates = templates;
    for (String lang : Catalogue.LANGUAGES) {
      models.put(lang, AnalysisPage.of(analysis, citations, paths, Ui.in(lang, "/analysis")));
    }
    this.network = new ObjectMapper().writeValueAsBytes(elements(analysis, citations, paths));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    switch (path) {
      case "/analysis", "/analysis/" -> {
        Ui ui = Ui.of(request, response);
        Bodies.send(request, response, templates.render("analysis", models.get(ui.lang()), ui).getBytes(StandardCharsets.UTF_8),
            Representation.HTML.contentType());
      }
      case "/analysis/network.json" -> Bodies.send(request, response, network, "application/json");
      default -> PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "Nothing here: " + path);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> elements(CitationAnalysis analysis, NetworkCitations citations, ResourcePaths paths) {
    Map<String, Object> elements = NetworkExport.cytoscape(analysis);
    double max = analysis.metrics().values().stream().mapToDouble(m -> m.pageRank()).max().orElse(1);
    for (Map<String, Object> node : (List<Map<String, Object>>) elements.get("nodes")) {
      Map<String, Object> data = (Map<String, Object>) node.get("data");
      data.put("colour", IssuerPalette.colour((String) data.get("issuer")));
      data.put("size", 12 + 48 * Math.sqrt((Double) data.get("pagerank") / max));
      data.put("href", paths.href((String) data.get("id")));
      data.put("title", analysis.network().node((String) data.get("id")).label());
    }
    for (Map<String, Object> edge : (List<Map<String, Object>>) elements.get("edges")) {
      Map<String, Object> data = (Map<String, Object>) edge.get("data");
      Map<String, Integer> functions = citations.of((String) data.get("source"), (String) data.get("target"));
      data.put("functions", functions);
      data.put("citations", functions.values().stream().mapToInt(Integer::intValue).sum());
    }
    return elements;
  }
}
