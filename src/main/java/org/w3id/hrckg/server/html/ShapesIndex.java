package org.w3id.hrckg.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;

/** {@code /shapes}: the SHACL shapes of {@code shapes/}, file by file, each linked to its page. */
record ShapesIndex(PageFrame frame, List<File> files) {

  /** A shape file and its node shapes. */
  record File(String name, List<Entry> shapes) {}

  /** A node shape: its page, its label, what it targets and how severe its results are. */
  record Entry(Link page, String curie, String targets, String severity) {}

  static ShapesIndex of(Map<String, List<Resource>> shapesByFile, Ui ui, TermLabels labels) {
    List<File> files = shapesByFile.entrySet().stream().map(e -> new File(e.getKey(), e.getValue().stream().map(s -> entry(s, e.getKey(), ui, labels)).sorted(Comparator.comparing(x -> x.page().label())).toList()))
        .toList();
    return new ShapesIndex(new PageFrame(ui.message("shapes_title"), ShapePage.NS, List.of(
        new PageFrame.Alternate("/shapes?format=ttl", "text/turtle", "Turtle"))), files);
  }

  private static Entry entry(Resource shape, String file, Ui ui, TermLabels labels) {
    ShapePage page = ShapePage.of(shape, file, ui, labels);
    String targets = String.join(", ", page.targets().stream()
        .map(t -> t.label() == null ? t.curie() : t.label()).toList());
    return new Entry(new Link("/shapes/" + ShapePage.local(shape), page.label()), page.curie(), targets, page.severity());
  }
}
