package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.dataset.DatasetFigures;
import org.w3id.hrckg.server.dataset.DumpServlet;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/** The pages of the site that are not a thing's page: the landing page and the SPARQL query page. */
public final class SitePages extends HttpServlet {

  private static final String DEFAULT_QUERY = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX cito: <http://purl.org/spar/cito/>

      # The documents cited by the most texts of the corpus
      SELECT ?cited (COUNT(DISTINCT ?citing) AS ?texts) WHERE {
        ?citing cito:cites ?cited .
      }
      GROUP BY ?cited
      ORDER BY DESC(?texts) ?cited
      LIMIT 20
      """;

  private final transient Templates templates;
  private final String template;
  private final transient BiFunction<HttpServletRequest, Ui, Object> model;

  private SitePages(Templates templates, String template, BiFunction<HttpServletRequest, Ui, Object> model) {
    this.templates = templates;
    this.template = template;
    this.model = model;
  }

  /** The landing page, with the dataset's figures. */
  public static SitePages landing(Templates templates, DatasetFigures figures, ResourcePaths paths) {
    LandingPage page = LandingPage.of(figures, paths, "/sparql", DumpServlet.PATH);
    return new SitePages(templates, "landing", (request, ui) -> page);
  }

  /**
   * The query page; {@code ?query=} opens it with a query in the editor, {@code ?name=} with a
   * named query.
   */
  public static SitePages query(Templates templates, ResourcePaths paths, List<NamedQuery> examples) {
    List<QueryPage.Example> listed = examples.stream().map(e -> new QueryPage.Example(e.name(), e.title(), e.text())).toList();
    PageFrame frame = new PageFrame("SPARQL query", null, List.of());
    return new SitePages(templates, "query", (request, ui) -> {
      String query = request.getParameter("query");
      String name = request.getParameter("name");
      if (query == null && name != null) {
        query = examples.stream().filter(e -> e.name().equals(name)).map(NamedQuery::text).findFirst().orElse(null);
      }
      return new QueryPage(frame, query != null ? query : DEFAULT_QUERY, listed, paths.base());
    });
  }

  /**
   * The SPARQL editor (YASGUI) on the endpoint; {@code ?query=} or {@code ?name=} opens it with a
   * query, as {@code /query} does; it completes the prefixes and the vocabulary's terms.
   */
  public static SitePages editor(Templates templates, List<NamedQuery> examples, Function<HttpServletRequest, String> endpoint,
      IriMinter iris) {
    String terms = EditorTerms.of(iris).json();
    List<QueryPage.Example> listed = examples.stream().map(e -> new QueryPage.Example(e.name(), e.title(), e.text())).toList();
    return new SitePages(templates, "editor", (request, ui) -> {
      String query = request.getParameter("query");
      String name = request.getParameter("name");
      if (query == null && name != null) {
        query = examples.stream().filter(e -> e.name().equals(name)).map(NamedQuery::text).findFirst().orElse(null);
      }
      return new EditorPage(new PageFrame(ui.message("editor_title"), null, List.of()), endpoint.apply(request),
          query != null ? query : DEFAULT_QUERY, listed, terms);
    });
  }

  /** The catalogue of named queries. */
  public static SitePages queries(Templates templates, List<NamedQuery> catalogue) {
    QueriesPage page = QueriesPage.of(catalogue);
    return new SitePages(templates, "queries", (request, ui) -> page);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Ui ui = Ui.of(request, response);
    Bodies.send(request, response, templates.render(template, model.apply(request, ui), ui).getBytes(StandardCharsets.UTF_8),
        Representation.HTML.contentType());
  }
}
