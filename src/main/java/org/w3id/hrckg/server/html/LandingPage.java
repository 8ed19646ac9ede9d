package org.w3id.hrckg.server.html;

import java.util.List;
import java.util.Locale;
import org.w3id.hrckg.server.dataset.DatasetFigures;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;

/** The landing page: the dataset in figures and the ways in (texts, most cited documents, SPARQL, dumps). */
record LandingPage(PageFrame frame, List<Figure> figures, String triples, List<Text> texts, List<Cited> mostCited,
    String sparql, String dump, String base) {

  /** One figure of the dataset. */
  record Figure(String count, String what) {}

  /** A text of the corpus. */
  record Text(Link document, String kind, String title, String session) {}

  /** A document and how many texts cite it. */
  record Cited(Link document, long citingTexts) {}

  static LandingPage of(DatasetFigures figures, ResourcePaths paths, String sparql, String dump) {
    return new LandingPage(new PageFrame("Resolutions of the UN Human Rights Council as linked data", null, List.of()),
        figures.counts().entrySet().stream().map(e -> new Figure(String.format(Locale.ENGLISH, "%,d", e.getValue()), e.getKey())).toList(),
        String.format(Locale.ENGLISH, "%,d", figures.triples()),
        figures.documents().stream().map(d -> new Text(new Link(paths.href(d.iri()), d.symbol() != null ? d.symbol() : "(no symbol)"),
            d.kind(), d.title(), d.session())).toList(),
        figures.mostCited().stream().map(c -> new Cited(new Link(paths.href(c.iri()), c.label() != null ? c.label() : c.iri()),
            c.citingTexts())).toList(),
        sparql, dump, paths.base());
  }
}
