package org.w3id.hrckg.server.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3id.hrckg.analysis.NamedQuery;

/** The catalogue of named queries: what each answers, its parameters, its example, and ways to run it. */
record QueriesPage(PageFrame frame, List<Entry> queries) {

  /** One named query. */
  record Entry(String name, String title, String question, List<NamedQuery.Parameter> parameters, String example,
      String editor, String csv, String json) {}

  static QueriesPage of(List<NamedQuery> catalogue) {
    return new QueriesPage(new PageFrame("Named queries", null, List.of()), catalogue.stream().map(q -> {
      String encoded = URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
      return new Entry(q.name(), q.title(), q.question(), q.parameters(), q.example(), "/query?name=" + q.name(),
          "/sparql?output=csv&query=" + encoded, "/sparql?output=json&query=" + encoded);
    }).toList());
  }
}
