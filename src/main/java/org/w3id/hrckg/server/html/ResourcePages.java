package org.w3id.hrckg.server.html;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.vocab.Hrc;

/** Renders the HTML page of a thing from its description, choosing the page by the thing's class. */
public final class ResourcePages {

  private static final List<Resource> DOCUMENT_CLASSES = List.of(Hrc.Document, Hrc.Resolution, Hrc.DraftResolution, Hrc.Decision);

  private final ResourcePaths paths;
  private final Templates templates;

  private final TermLabels terms;

  public ResourcePages(ResourcePaths paths, Templates templates, TermLabels terms) {
    this.paths = paths;
    this.templates = templates;
    this.terms = terms;
  }

  /** The page of a thing, from the graph its data URL serves. */
  public String render(String iri, Graph description, Ui ui) {
    Description d = new Description(description, paths, ui.lang(), terms);
    Resource thing = d.resource(iri);
    PageFrame frame = new PageFrame(d.label(thing), iri, alternates(iri));
    if (DOCUMENT_CLASSES.stream().anyMatch(c -> d.isA(thing, c))) {
      return templates.render("document", DocumentPage.of(d, thing, frame), ui);
    }
    if (d.isA(thing, Hrc.State)) {
      return templates.render("state", StatePage.of(d, thing, frame), ui);
    }
    if (d.isA(thing, Hrc.Session)) {
      return templates.render("session", SessionPage.of(d, thing, frame), ui);
    }
    return templates.render("thing", ThingPage.of(d, thing, frame), ui);
  }

  /** The page for a URI the data does not know. */
  public String notFound(String iri, Ui ui) {
    return templates.render("not-found", new NotFoundPage(new PageFrame(ui.message("notfound_title"), iri, List.of()), null), ui);
  }

  private List<PageFrame.Alternate> alternates(String iri) {
    return Representation.rdf().stream()
        .map(r -> new PageFrame.Alternate(paths.data(iri, r).orElseThrow(), r.mediaType(), r.label())).toList();
  }
}
