package org.w3id.hrckg.server.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hrckg.search.DocumentSearch;
import org.w3id.hrckg.search.DocumentSearch.Facet;
import org.w3id.hrckg.search.SearchTerms;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/**
 * {@code /search?q=TEXT}: full-text and symbol search over every language loaded, with facets
 * ({@code &body=}, {@code &session=}, {@code &year=}, ...) and pages ({@code &page=2}); HTML, or
 * JSON for {@code Accept: application/json}.
 */
public final class SearchServlet extends HttpServlet {

  private static final String JSON = "application/json";

  private static final long RECHECK = Duration.ofMinutes(1).toNanos();

  private final transient DatasetGraph dataset;
  private volatile boolean foundIndex;
  private volatile long lastLooked = System.nanoTime() - RECHECK - 1;
  private final transient DocumentSearch search;
  private final transient ResourcePaths paths;
  private final transient Templates templates;

  public SearchServlet(DatasetGraph dataset, ResourcePaths paths, Templates templates) {
    this.dataset = dataset;
    this.search = new DocumentSearch(dataset);
    this.paths = paths;
    this.templates = templates;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Ui ui = Ui.of(request, response);
    if (!available()) {
      // Over an external endpoint (serve --sparql-endpoint) the index is the store's own affair.
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, ui.message("search_unavailable"));
      return;
    }
    Map<Facet, String> chosen = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Optional.ofNullable(request.getParameter(SearchPage.parameter(facet))).filter(v -> !v.isBlank())
          .ifPresent(v -> chosen.put(facet, v));
    }
    int page = Math.max(0, parsePage(request.getParameter("page")) - 1);
    DocumentSearch.Results results = search.search(SearchTerms.of(request.getParameter("q")), chosen);
    Map<String, String> labels = Labels.of(dataset, SearchPage.named(results), ui.lang());
    response.setHeader("Vary", "Accept, Accept-Language, Cookie");
    if (ContentNegotiation.choose(request.getHeader("Accept"), List.of(Representation.HTML, Representation.JSONLD))
        .filter(Representation.JSONLD::equals).isPresent()) {
      Bodies.send(request, response, new ObjectMapper().writeValueAsBytes(json(results, labels)), JSON);
      return;
    }
    Map<String, String> titles = Labels.titles(dataset, results.documents().stream().map(DocumentSearch.Found::document).toList(), ui.lang());
    SearchPage model = SearchPage.of(results, chosen, page, ui, labels, titles, paths);
    Bodies.send(request, response, templates.render("search", model, ui).getBytes(StandardCharsets.UTF_8),
        Representation.HTML.contentType());
  }

  /**
   * Whether the search can answer: found once, it stays; not found, it is looked for again a
   * minute later (the store may be given its index meanwhile), not at every request.
   */
  private boolean available() {
    long now = System.nanoTime();
    if (!foundIndex && now - lastLooked > RECHECK) {
      lastLooked = now;
      foundIndex = search.available();
    }
    return foundIndex;
  }

  private static int parsePage(String page) {
    try {
      return page == null ? 1 : Integer.parseInt(page);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static Map<String, Object> json(DocumentSearch.Results results, Map<String, String> labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", results.terms().typed());
    out.put("total", results.documents().size());
    out.put("results", results.documents().stream().map(f -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("document", f.document());
      r.put("label", labels.get(f.document()));
      r.put("score", f.score());
      r.put("facets", f.facets());
      r.put("snippets", f.snippets().stream().map(s -> {
        Map<String, Object> snippet = new LinkedHashMap<>();
        snippet.put("on", s.on());
        snippet.put("language", s.language());
        snippet.put("text", s.text().replace(DocumentSearch.MARK_START, '[').replace(DocumentSearch.MARK_END, ']'));
        return snippet;
      }).toList());
      return r;
    }).toList());
    out.put("facets", results.counts());
    return out;
  }
}
