package org.w3id.hrckg.server.html;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The browse indexes rendered: their rows read from the data, labelled in the page's language,
 * narrowed by the values chosen ({@code ?body=IRI}), sorted by a column ({@code ?sort=session&order=desc}),
 * a page at a time ({@code ?page=2}); as HTML, or as RDF (each thing a {@code rdfs:member} of the
 * index, with its label) for a client that asks for it.
 */
final class BrowsePages {

  static final int PAGE_SIZE = 50;

  private static final String PREFIXES = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX eli: <http://data.europa.eu/eli/ontology#>
      PREFIX cito: <http://purl.org/spar/cito/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private final DatasetGraph dataset;
  private final ResourcePaths paths;

  BrowsePages(DatasetGraph dataset, ResourcePaths paths) {
    this.dataset = dataset;
    this.paths = paths;
  }

  /** What a request asks of an index: the values chosen, the sort, the page. */
  record Request(Map<String, String> chosen, String sort, boolean descending, int page) {}

  /** One cell: its text, where it links, the link that narrows the index to its value. */
  record Cell(String text, String href, String narrow, boolean number) {}

  /** A column heading, with the link that sorts by it and the sort it is in now. */
  record Heading(String label, String href, String sorted) {}

  /** A value chosen, with the link that drops it. */
  record Chosen(String column, String value, String drop) {}

  /** The page of an index. */
  record Page(PageFrame frame, String summary, List<Heading> headings, List<List<Cell>> rows, List<Chosen> chosen,
      Link previous, Link next, String empty) {}

  /** The rows of an index, each a map of column to value, with every IRI labelled; narrowed and sorted. */
  private List<Map<String, Cell>> rows(BrowseIndex index, Request asked, Ui ui) {
    List<QuerySolution> rows = Txn.calculateRead(dataset,
        () -> SelectQuery.rows(UnionDefaultGraph.of(dataset), PREFIXES + index.query()));
    List<String> iris = rows.stream().flatMap(r -> index.columns().stream().map(c -> r.get(c.var())))
        .filter(n -> n != null && n.isURIResource()).map(n -> n.asResource().getURI()).distinct().toList();
    Map<String, String> labels = Labels.of(dataset, iris, ui.lang());
    List<Map<String, Cell>> out = new ArrayList<>();
    for (QuerySolution r : rows) {
      Map<String, Cell> row = new LinkedHashMap<>();
      for (BrowseIndex.Column c : index.columns()) {
        RDFNode v = r.get(c.var());
        row.put(c.var(), cell(index, c, v, labels, asked, ui));
      }
      if (asked.chosen().entrySet().stream().allMatch(e -> Optional.ofNullable(r.get(e.getKey()))
          .map(BrowsePages::value).map(e.getValue()::equals).orElse(false))) {
        out.add(row);
      }
    }
    Comparator<Map<String, Cell>> order = Comparator.comparing(row -> row.get(asked.sort()).text(), NaturalOrder.TEXT);
    Comparator<Map<String, Cell>> chosenOrder = asked.descending() ? order.reversed() : order;
    Comparator<Map<String, Cell>> emptyLast = Comparator.comparing(row -> row.get(asked.sort()).text().isEmpty());
    out.sort(emptyLast.thenComparing(chosenOrder));
    return out;
  }

  private Cell cell(BrowseIndex index, BrowseIndex.Column c, RDFNode v, Map<String, String> labels, Request asked, Ui ui) {
    if (v == null) {
      return new Cell("", null, null, c.count());
    }
    String narrow = c.filter() ? href(index, with(asked.chosen(), c.var(), value(v)), asked.sort(), asked.descending(), 0) : null;
    if (v.isURIResource()) {
      String iri = v.asResource().getURI();
      return new Cell(labels.getOrDefault(iri, ui.message("label_unnamed")), paths.href(iri), narrow, false);
    }
    String text = v.asLiteral().getLexicalForm();
    if (c.var().equals("role")) {
      text = ui.message("facet_value_" + text);
    }
    return new Cell(text, null, narrow, c.count());
  }

  /** The HTML page of an index. */
  Page page(BrowseIndex index, Request asked, Ui ui) {
    List<Map<String, Cell>> rows = rows(index, asked, ui);
    int from = Math.min(asked.page() * PAGE_SIZE, rows.size());
    int to = Math.min(from + PAGE_SIZE, rows.size());
    List<Heading> headings = index.columns().stream().map(c -> {
      boolean sorted = c.var().equals(asked.sort());
      boolean descending = sorted ? !asked.descending() : c.count();
      return new Heading(ui.message(c.heading()), href(index, asked.chosen(), c.var(), descending, 0),
          sorted ? (asked.descending() ? "descending" : "ascending") : null);
    }).toList();
    List<Chosen> chosen = asked.chosen().entrySet().stream().map(e -> new Chosen(
        ui.message("column_" + e.getKey()), rows.isEmpty() ? e.getValue() : rows.get(0).get(e.getKey()).text(),
        href(index, without(asked.chosen(), e.getKey()), asked.sort(), asked.descending(), 0))).toList();
    String title = ui.message(index.title());
    return new Page(new PageFrame(title, null, alternates(index)), ui.message("browse_summary", rows.size(),
        rows.isEmpty() ? 0 : from + 1, to), headings,
        rows.subList(from, to).stream().map(r -> List.copyOf(r.values())).toList(), chosen,
        asked.page() > 0 ? new Link(href(index, asked.chosen(), asked.sort(), asked.descending(), asked.page() - 1),
            ui.message("pages_previous")) : null,
        to < rows.size() ? new Link(href(index, asked.chosen(), asked.sort(), asked.descending(), asked.page() + 1),
            ui.message("pages_next")) : null,
        rows.isEmpty() ? ui.message("browse_empty") : null);
  }

  /** The index as RDF: every thing listed a member of the index, with its label. */
  byte[] data(BrowseIndex index, Request asked, Ui ui, String indexIri, Representation format) {
    Graph g = GraphFactory.createDefaultGraph();
    var subject = NodeFactory.createURI(indexIri);
    g.add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(ui.message(index.title()), ui.lang()));
    Txn.executeRead(dataset, () -> SelectQuery.rows(UnionDefaultGraph.of(dataset), PREFIXES + index.query()).stream()
        .map(r -> r.get("item")).filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).distinct()
        .forEach(iri -> g.add(subject, RDFS.member.asNode(), NodeFactory.createURI(iri))));
    Map<String, String> labels = Labels.of(dataset, g.find(subject, RDFS.member.asNode(), null).mapWith(t -> t.getObject().getURI()).toList(),
        ui.lang());
    labels.forEach((iri, label) -> g.add(NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(g).format(format.format()).output(out);
    return out.toByteArray();
  }

  private static List<PageFrame.Alternate> alternates(BrowseIndex index) {
    return Representation.rdf().stream().map(r -> new PageFrame.Alternate("/page/" + index.path() + "?format=" + r.extension(),
        r.mediaType(), r.label())).toList();
  }

  private static String value(RDFNode v) {
    return v.isURIResource() ? v.asResource().getURI() : v.asLiteral().getLexicalForm();
  }

  static String href(BrowseIndex index, Map<String, String> chosen, String sort, boolean descending, int page) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    params.put("sort", sort);
    params.put("order", descending ? "desc" : "asc");
    if (page > 0) {
      params.put("page", String.valueOf(page + 1));
    }
    return "/page/" + index.path() + "?" + params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private static Map<String, String> with(Map<String, String> chosen, String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(chosen);
    m.put(key, value);
    return m;
  }

  private static Map<String, String> without(Map<String, String> chosen, String key) {
    Map<String, String> m = new LinkedHashMap<>(chosen);
    m.remove(key);
    return m;
  }
}
