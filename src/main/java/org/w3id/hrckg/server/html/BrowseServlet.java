package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/**
 * Answers for the browse indexes under {@code /page/}: the index named by the path (and
 * {@code session/{body}} for the sessions of one body), as HTML or, by {@code Accept} or
 * {@code ?format=ttl}, as RDF.
 */
final class BrowseServlet {

  /** Columns whose natural order is the most recent first. */
  private static final Set<String> RECENT_FIRST = Set.of("session", "date", "number", "due_session");

  private final BrowsePages pages;
  private final Templates templates;
  private final ResourcePaths paths;

  BrowseServlet(BrowsePages pages, Templates templates, ResourcePaths paths) {
    this.pages = pages;
    this.templates = templates;
    this.paths = paths;
  }

  boolean serves(String rest) {
    return index(rest).isPresent();
  }

  /** The index at a path, and the values its path chooses ({@code session/hrc}: the Council's sessions). */
  private Optional<Map.Entry<BrowseIndex, Map<String, String>>> index(String rest) {
    Optional<BrowseIndex> plain = BrowseIndex.at(rest);
    if (plain.isPresent()) {
      return Optional.of(Map.entry(plain.get(), Map.of()));
    }
    String[] parts = rest.split("/");
    if (parts.length == 2 && parts[0].equals("session") && parts[1].matches("[a-z][a-z0-9-]*")) {
      return BrowseIndex.at("session").map(i -> Map.entry(i, Map.of("body", paths.base() + "id/body/" + parts[1])));
    }
    return Optional.empty();
  }

  void send(String rest, HttpServletRequest request, HttpServletResponse response, Ui ui) throws IOException {
    var found = index(rest).orElseThrow();
    BrowseIndex index = found.getKey();
    Map<String, String> chosen = new LinkedHashMap<>(found.getValue());
    index.columns().stream().filter(BrowseIndex.Column::filter)
        .forEach(c -> Optional.ofNullable(request.getParameter(c.var())).ifPresent(v -> chosen.put(c.var(), v)));
    String sort = Optional.ofNullable(request.getParameter("sort")).filter(s -> index.column(s).isPresent()).orElse(index.sort());
    boolean descending = Optional.ofNullable(request.getParameter("order")).map("desc"::equals)
        .orElse(index.column(sort).map(BrowseIndex.Column::count).orElse(false) || RECENT_FIRST.contains(sort));
    int page = Math.max(0, parse(request.getParameter("page")) - 1);
    BrowsePages.Request asked = new BrowsePages.Request(chosen, sort, descending, page);
    List<Representation> offers = new ArrayList<>(List.of(Representation.HTML));
    offers.addAll(Representation.rdf());
    Optional<Representation> format = Optional.ofNullable(request.getParameter("format")).flatMap(Representation::byExtension)
        .or(() -> ContentNegotiation.choose(request.getHeader("Accept"), offers));
    if (format.isPresent() && format.get().isRdf()) {
      String iri = request.getRequestURL().toString();
      Bodies.send(request, response, pages.data(index, asked, ui, iri, format.get()), format.get().contentType());
      return;
    }
    Bodies.send(request, response, templates.render("browse", pages.page(index, asked, ui), ui).getBytes(StandardCharsets.UTF_8),
        Representation.HTML.contentType());
  }

  private static int parse(String page) {
    try {
      return page == null ? 1 : Integer.parseInt(page);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
