package org.w3id.hrckg.server.html;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.hrckg.vocab.Hrc;

/** The page of a session of the Council: its dates, the texts of the corpus that belong to it, what is due there. */
record SessionPage(PageFrame frame, String label, String number, String startDate, String endDate,
    List<SessionDocument> documents, List<Due> due) {

  /** A document of the session. */
  record SessionDocument(Link document, String kind, String title) {}

  /** A mandated output due at the session, with the paragraph that asked for it. */
  record Due(String kind, String text, Link actor, Link paragraph) {}

  static SessionPage of(Description d, Resource session, PageFrame frame) {
    List<SessionDocument> documents = d.subjects(Hrc.session, session).stream().sorted(d.byLabel())
        .map(doc -> new SessionDocument(new Link(d.link(doc).href(), d.literal(doc, Hrc.symbol).orElse(d.label(doc))),
            d.isA(doc, Hrc.DraftResolution) ? "Draft resolution" : "Resolution",
            d.literal(doc, DCTerms.title).orElse(null)))
        .toList();
    List<Due> due = d.subjects(Hrc.dueSession, session).stream()
        .sorted(Comparator.comparing(Resource::getURI))
        .map(o -> new Due(DocumentPage.outputKind(d, o), d.objects(o, Hrc.foundAt).stream().findFirst().flatMap(at -> d.literal(at, Hrc.sourceText)).orElse(null),
            d.object(o, Hrc.responsibleActor).map(d::link).orElse(null),
            d.subjects(Hrc.mandates, o).stream().findFirst().map(d::link).orElse(null)))
        .toList();
    return new SessionPage(frame, d.label(session), d.literal(session, Hrc.sessionNumber).orElse(null),
        d.literal(session, Hrc.startDate).orElse(null), d.literal(session, Hrc.endDate).orElse(null), documents, due);
  }
}
