package org.w3id.hrckg.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.w3id.hrckg.vocab.Hrc;

/** The page of a State: its names and codes, the drafts it sponsored, how it voted, where it is named. */
record StatePage(PageFrame frame, String name, List<ThingPage.Row> properties, Link wikidata,
    List<Sponsored> sponsorships, List<Voted> votes, List<Link> mentions) {

  /** A document the State sponsored, and whether it was then outside the Council. */
  record Sponsored(Link document, boolean nonMember) {}

  /** A recorded vote the State cast. */
  record Voted(Link document, String choice) {}

  static StatePage of(Description d, Resource state, PageFrame frame) {
    List<Sponsored> sponsorships = d.subjects(Hrc.sponsor, state).stream()
        .flatMap(s -> d.subjects(Hrc.sponsorship, s).stream().map(doc -> new Sponsored(d.link(doc),
            !d.typedLiteral(s, Hrc.councilMember).map(l -> l.getBoolean()).orElse(true))))
        .sorted(Comparator.comparing(s -> s.document().label())).toList();
    List<Voted> votes = d.subjects(Hrc.voter, state).stream()
        .flatMap(v -> d.subjects(Hrc.voteCast, v).stream().map(doc -> new Voted(d.link(doc),
            d.object(v, Hrc.voteChoice).map(d::label).orElse("?"))))
        .sorted(Comparator.comparing(v -> v.document().label())).toList();
    List<Link> mentions = d.subjects(Hrc.mentioned, state).stream()
        .flatMap(m -> d.subjects(Hrc.hasMention, m).stream()).distinct().sorted(d.byLabel()).map(d::link).toList();
    Optional<Resource> wikidata = d.objects(state, OWL.sameAs).stream().findFirst();
    return new StatePage(frame, d.label(state), ThingPage.properties(d, state),
        wikidata.map(w -> new Link(w.getURI(), w.getURI())).orElse(null), sponsorships, votes, mentions);
  }
}
