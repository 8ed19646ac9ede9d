package org.w3id.hrckg.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.server.http.PlainErrors;

/**
 * {@code /queries/NAME?PARAMETER=VALUE}: a named query with its parameters bound as the
 * {@code query} command binds them ({@link NamedQuery#bind}: the value written into the
 * patterns, so that a store of many texts reads one text's data), sent on to the SPARQL endpoint
 * by a 303, where it runs under the endpoint's limits and its answer is kept like any other. A
 * client that appends a {@code VALUES} block to the query text instead gets the same rows, but
 * the engine joins it after grouping, once the whole corpus has been evaluated.
 */
public final class NamedQueryServlet extends HttpServlet {

  private final transient Map<String, NamedQuery> catalogue = new LinkedHashMap<>();
  private final String endpoint;

  /** The queries it answers for, and the path of the endpoint that runs them. */
  public NamedQueryServlet(List<NamedQuery> queries, String endpoint) {
    queries.forEach(q -> catalogue.put(q.name(), q));
    this.endpoint = endpoint;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
    NamedQuery query = catalogue.get(name);
    if (query == null) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No named query " + name + ": see /queries.");
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      if (p.getValue().length != 1) {
        PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "Parameter " + p.getKey() + " is given more than once.");
        return;
      }
      values.put(p.getKey(), p.getValue()[0]);
    }
    String bound;
    try {
      bound = query.bind(values).serialize();
    } catch (IllegalArgumentException refused) {
      PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", endpoint + "?query=" + URLEncoder.encode(bound, StandardCharsets.UTF_8));
  }
}
