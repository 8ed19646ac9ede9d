package org.w3id.hrckg.server.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.hrckg.search.DocumentSearch;
import org.w3id.hrckg.search.DocumentSearch.Facet;
import org.w3id.hrckg.search.DocumentSearch.Found;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/**
 * The page of a search: the documents found, ranked, a page of them at a time, each with its
 * passages that matched (highlighted words marked), and the facets that narrow the search, each
 * value with the number of documents that have it and the link that chooses it (or drops it).
 */
record SearchPage(PageFrame frame, String query, String summary, List<Result> results, List<FacetView> facets,
    Link previous, Link next) {

  /** Documents on one page of results. */
  static final int PAGE_SIZE = 20;

  /** A document found. */
  record Result(Link document, String title, List<SnippetView> snippets) {}

  /** A passage found, in runs; {@code where} says which paragraph or field it is. */
  record SnippetView(String where, String href, String lang, List<Run> runs) {}

  /** A run of a passage; {@code mark} for the words that matched. */
  record Run(String text, boolean mark) {}

  /** A facet and its values. */
  record FacetView(String name, List<FacetValue> values) {}

  /** A value of a facet: its label, how many documents have it, the link that chooses or drops it. */
  record FacetValue(String label, long count, String href, boolean chosen) {}

  /** The URL parameter of a facet. */
  static String parameter(Facet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  static SearchPage of(DocumentSearch.Results results, Map<Facet, String> chosen, int page, Ui ui,
      Map<String, String> labels, Map<String, String> titles, ResourcePaths paths) {
    String query = results.terms().typed();
    int total = results.documents().size();
    int from = Math.min(page * PAGE_SIZE, total);
    int to = Math.min(from + PAGE_SIZE, total);
    List<Result> shown = results.documents().subList(from, to).stream().map(f -> result(f, ui, labels, titles, paths)).toList();
    String summary = query.isEmpty() ? ui.message("search_prompt")
        : total == 0 ? ui.message("search_none", query)
        : ui.message("search_summary", total, from + 1, to);
    return new SearchPage(new PageFrame(query.isEmpty() ? ui.message("search_title") : ui.message("search_title_for", query),
        null, List.of(), query), query, summary, shown, facets(results, chosen, ui, labels),
        page > 0 ? new Link(href(query, chosen, page - 1), ui.message("pages_previous")) : null,
        to < total ? new Link(href(query, chosen, page + 1), ui.message("pages_next")) : null);
  }

  /** Every IRI a page of results names, to be labelled in one go. */
  static Set<String> named(DocumentSearch.Results results) {
    Set<String> iris = new HashSet<>();
    for (Found f : results.documents()) {
      iris.add(f.document());
      for (Facet facet : List.of(Facet.BODY, Facet.SESSION, Facet.FUND)) {
        iris.addAll(f.facets().getOrDefault(facet, Set.of()));
      }
    }
    return iris;
  }

  private static Result result(Found f, Ui ui, Map<String, String> labels, Map<String, String> titles, ResourcePaths paths) {
    List<SnippetView> snippets = f.snippets().stream().map(s -> new SnippetView(where(s, ui), paths.href(s.on()),
        s.language().isEmpty() ? null : s.language(),
        DocumentSearch.runs(s.text()).stream().map(r -> new Run(r.getKey(), r.getValue())).toList())).toList();
    String label = labels.getOrDefault(f.document(), ui.message("document_untitled"));
    String title = titles.get(f.document());
    return new Result(new Link(paths.href(f.document()), label), label.equals(title) ? null : title, snippets);
  }

  private static String where(DocumentSearch.Snippet s, Ui ui) {
    if (s.number() != null) {
      return ui.message(s.preambular() ? "paragraph_preambular" : "paragraph_operative", s.number());
    }
    return ui.message(s.property().endsWith("#symbol") ? "search_in_symbol" : "search_in_title");
  }

  private static List<FacetView> facets(DocumentSearch.Results results, Map<Facet, String> chosen, Ui ui,
      Map<String, String> labels) {
    List<FacetView> views = new ArrayList<>();
    results.counts().forEach((facet, counts) -> {
      List<FacetValue> values = new ArrayList<>();
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey())).forEach(e -> {
        boolean isChosen = e.getKey().equals(chosen.get(facet));
        Map<Facet, String> next = new LinkedHashMap<>(chosen);
        if (isChosen) {
          next.remove(facet);
        } else {
          next.put(facet, e.getKey());
        }
        values.add(new FacetValue(valueLabel(facet, e.getKey(), ui, labels), e.getValue(),
            href(results.terms().typed(), next, 0), isChosen));
      });
      views.add(new FacetView(ui.message("facet_" + parameter(facet)), values));
    });
    return views;
  }

  private static String valueLabel(Facet facet, String value, Ui ui, Map<String, String> labels) {
    return switch (facet) {
      case BODY, SESSION, FUND -> labels.getOrDefault(value, value);
      case LANGUAGE -> ui.t().getOrDefault("language_" + value, value);
      case ROLE, OUTPUTS -> ui.message("facet_value_" + value);
      case YEAR, AGENDA -> value;
    };
  }

  /** The link to a page of a search with facets chosen. */
  static String href(String query, Map<Facet, String> chosen, int page) {
    StringBuilder b = new StringBuilder("/search?q=").append(encode(query));
    chosen.forEach((facet, value) -> b.append('&').append(parameter(facet)).append('=').append(encode(value)));
    if (page > 0) {
      b.append("&page=").append(page + 1);
    }
    return b.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
