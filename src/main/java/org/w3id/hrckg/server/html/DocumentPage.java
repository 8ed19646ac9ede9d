package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hrckg.vocab.Cito;
import org.w3id.hrckg.vocab.Eli;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The page of a UN document: for a text of the corpus, its metadata, adoption and vote, sponsors
 * with their membership mark, every paragraph with its citations as links and its funds and
 * mandated outputs highlighted, then its annexes (title and paragraphs); for any document, who cites
 * it and where.
 */
record DocumentPage(PageFrame frame, String symbol, String title, String kind, boolean inCorpus, String sourceFile,
    Link issuer, Link session, String agenda, String documentDate, String adoptionDate, String meeting, String vote,
    List<VoteGroup> votes, List<Sponsor> sponsors, List<ParagraphView> preamble, List<ParagraphView> operative,
    List<AnnexView> annexes, List<Link> funds, List<OutputView> outputs, List<CitingDocument> citedBy, String official, String jsonLd,
    List<String> citedAsDated) {

  /** A sponsoring State; {@code nonMember} where the text marks it with an asterisk. */
  record Sponsor(Link state, boolean nonMember) {}

  /** The States that voted one way. */
  record VoteGroup(String choice, List<Link> states) {}

  /** A paragraph with its text in runs and the facts found in it. */
  record ParagraphView(String anchor, String number, String href, List<Segment> segments, List<CitationView> citations) {}

  /** An annex: its anchor, its number among the annexes, its title in the page's language, its paragraphs. */
  record AnnexView(String anchor, String ordinal, String title, List<ParagraphView> paragraphs) {}

  /** A citation made by a paragraph. */
  record CitationView(Link cited, String function, String statedDate, String pinpoint, String href) {}

  /** A mandated output, with the paragraph that mandates it. */
  record OutputView(String kind, String text, Link actor, Link dueSession, Link paragraph) {}

  /** A document that cites this one, and the paragraphs that do. */
  record CitingDocument(Link document, List<CitingParagraph> paragraphs) {}

  /** A paragraph that cites this document, with the function of its citation. */
  record CitingParagraph(Link paragraph, String function) {}

  static DocumentPage of(Description d, Resource doc, PageFrame frame) {
    boolean inCorpus = doc.hasProperty(Eli.is_realized_by);
    List<Resource> paragraphs = d.objects(doc, Hrc.hasParagraph).stream()
        .sorted(Comparator.comparingInt(p -> d.typedLiteral(p, Hrc.ordinal).map(l -> l.getInt()).orElse(0))).toList();
    return new DocumentPage(frame,
        d.literal(doc, Hrc.symbol).orElse(null),
        d.text(doc, DCTerms.title).map(Literal::getString).orElse(null),
        kind(d, doc),
        inCorpus,
        d.literal(doc, Hrc.sourceFileName).orElse(null),
        d.object(doc, Hrc.issuedBy).map(d::link).orElse(null),
        d.object(doc, Hrc.session).map(d::link).orElse(null),
        agenda(d, doc),
        d.literal(doc, Hrc.documentDate).orElse(null),
        d.literal(doc, Hrc.adoptionDate).orElse(null),
        d.literal(doc, Hrc.meetingNumber).orElse(null),
        vote(d, doc),
        votes(d, doc),
        sponsors(d, doc),
        paragraphs.stream().filter(p -> d.isA(p, Hrc.PreambularParagraph)).map(p -> paragraph(d, p)).toList(),
        paragraphs.stream().filter(p -> d.isA(p, Hrc.OperativeParagraph)).map(p -> paragraph(d, p)).toList(),
        annexes(d, doc),
        paragraphs.stream().flatMap(p -> d.objects(p, Hrc.mentionsFund).stream()).distinct().sorted(d.byLabel())
            .map(d::link).toList(),
        paragraphs.stream().flatMap(p -> d.objects(p, Hrc.mandates).stream().map(o -> output(d, o, p))).toList(),
        citedBy(d, doc),
        d.literal(doc, Hrc.symbol).map(s -> OfficialCopy.href(s, d.lang())).orElse(null),
        LegislationJsonLd.of(d, doc),
        d.subjects(Hrc.citedDocument, doc).stream().flatMap(c -> d.literal(c, Hrc.statedDate).stream()).distinct().sorted().toList());
  }

  private static List<AnnexView> annexes(Description d, Resource doc) {
    return d.objects(doc, Hrc.hasAnnex).stream().sorted(Comparator.comparingInt(a -> ordinal(d, a))).map(a -> {
      List<ParagraphView> paragraphs = d.objects(a, Hrc.hasAnnexParagraph).stream()
          .sorted(Comparator.comparingInt(p -> ordinal(d, p))).map(p -> paragraph(d, p)).toList();
      return new AnnexView("annex" + ordinal(d, a), String.valueOf(ordinal(d, a)),
          d.text(a, DCTerms.title).map(Literal::getString).orElse(null), paragraphs);
    }).toList();
  }

  private static int ordinal(Description d, Resource r) {
    return d.typedLiteral(r, Hrc.ordinal).map(l -> l.getInt()).orElse(0);
  }

  /** The most specific kind of document, by the ontology's label of its class. */
  private static String kind(Description d, Resource doc) {
    for (Resource kind : List.of(Hrc.DraftResolution, Hrc.Resolution, Hrc.Decision, Hrc.Document)) {
      if (d.isA(doc, kind) || kind.equals(Hrc.Document)) {
        return d.label(kind);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static String agenda(Description d, Resource doc) {
    Optional<String> item = d.literal(doc, Hrc.agendaItem);
    return item.map(i -> i + d.literal(doc, Hrc.agendaItemTitle).map(t -> " — " + t).orElse("")).orElse(null);
  }

  private static String vote(Description d, Resource doc) {
    if (d.typedLiteral(doc, Hrc.adoptedWithoutVote).map(l -> l.getBoolean()).orElse(false)) {
      return Catalogue.message(d.lang(), "document_without_vote");
    }
    Optional<String> inFavour = d.literal(doc, Hrc.votesInFavour);
    if (inFavour.isEmpty()) {
      return null;
    }
    return Catalogue.message(d.lang(), "document_recorded_vote", inFavour.get(), d.literal(doc, Hrc.votesAgainst).orElse("?"),
        d.literal(doc, Hrc.abstentions).orElse("?"));
  }

  private static List<VoteGroup> votes(Description d, Resource doc) {
    Map<String, List<Link>> byChoice = new LinkedHashMap<>();
    d.objects(doc, Hrc.voteCast).stream().sorted(Comparator.comparing(v -> d.object(v, Hrc.voter).map(d::label).orElse("")))
        .forEach(v -> {
          String choice = d.object(v, Hrc.voteChoice).map(d::label).orElse("?");
          d.object(v, Hrc.voter).ifPresent(s -> byChoice.computeIfAbsent(choice, c -> new ArrayList<>()).add(d.link(s)));
        });
    return byChoice.entrySet().stream().map(e -> new VoteGroup(e.getKey(), e.getValue())).toList();
  }

  private static List<Sponsor> sponsors(Description d, Resource doc) {
    return d.objects(doc, Hrc.sponsorship).stream()
        .flatMap(s -> d.object(s, Hrc.sponsor).stream().map(state -> new Sponsor(d.link(state),
            !d.typedLiteral(s, Hrc.councilMember).map(l -> l.getBoolean()).orElse(true))))
        .sorted(Comparator.comparing(s -> s.state().label(), String.CASE_INSENSITIVE_ORDER)).toList();
  }

  private static ParagraphView paragraph(Description d, Resource p) {
    String ordinal = d.literal(p, Hrc.ordinal).orElse("?");
    boolean preambular = d.isA(p, Hrc.PreambularParagraph);
    Optional<Literal> shown = d.text(p, Hrc.text);
    String lang = shown.map(Literal::getLanguage).orElse("");
    List<Resource> citations = d.subjects(Hrc.citingParagraph, p).stream()
        .sorted(Comparator.comparingLong(c -> offset(d, c, lang))).toList();
    List<TextMarks.Mark> marks = new ArrayList<>();
    List<CitationView> views = new ArrayList<>();
    for (Resource c : citations) {
      Optional<Resource> cited = d.object(c, Hrc.citedDocument);
      String function = d.object(c, Hrc.citationFunction).map(d::label).orElse(null);
      cited.ifPresent(doc -> {
        views.add(new CitationView(d.link(doc), function, d.literal(c, Hrc.statedDate).orElse(null),
            d.literal(c, Hrc.pinpoint).orElse(null), d.link(c).href()));
        phrase(d, c, lang).ifPresent(text -> marks.add(new TextMarks.Mark(text, offset(d, c, lang), "citation",
            d.link(doc).href(), "cites " + d.label(doc) + (function != null ? " (" + function + ")" : ""))));
      });
    }
    for (Resource m : d.objects(p, Hrc.hasMention)) {
      Optional<Resource> named = d.object(m, Hrc.mentioned);
      String kind = named.filter(n -> d.isA(n, Hrc.Fund)).isPresent() ? "fund" : "mention";
      named.ifPresent(n -> phrase(d, m, lang).ifPresent(text ->
          marks.add(new TextMarks.Mark(text, offset(d, m, lang), kind, d.link(n).href(), d.label(n)))));
    }
    for (Resource o : d.objects(p, Hrc.mandates)) {
      phrase(d, o, lang).ifPresent(text -> marks.add(new TextMarks.Mark(text, offset(d, o, lang), "output",
          d.link(o).href(), outputKind(d, o) + d.object(o, Hrc.dueSession).map(s -> ", due: " + d.label(s)).orElse(""))));
    }
    String text = shown.map(Literal::getString).orElse("");
    return new ParagraphView(anchor(d, p, preambular, ordinal), number(d, p, preambular, ordinal),
        d.link(p).href(), TextMarks.segments(text, marks), views);
  }

  /** "pp4", "op12", "annex1-para3": where a paragraph is on the page. */
  private static String anchor(Description d, Resource p, boolean preambular, String ordinal) {
    return d.object(p, Hrc.inAnnex).map(a -> "annex" + ordinal(d, a) + "-para" + ordinal)
        .orElse((preambular ? "pp" : "op") + ordinal);
  }

  /** What stands before a paragraph: "PP4", "12.", an annex paragraph's printed number ("1.") or its place ("¶3"). */
  private static String number(Description d, Resource p, boolean preambular, String ordinal) {
    if (d.isA(p, Hrc.AnnexParagraph)) {
      return d.literal(p, Hrc.printedNumber).map(n -> n + ".").orElse("¶" + ordinal);
    }
    return preambular ? "PP" + ordinal : ordinal + ".";
  }

  private static OutputView output(Description d, Resource o, Resource p) {
    return new OutputView(outputKind(d, o), d.objects(o, Hrc.foundAt).stream().findFirst()
        .flatMap(at -> d.literal(at, Hrc.sourceText)).orElse(null),
        d.object(o, Hrc.responsibleActor).map(d::link).orElse(null),
        d.object(o, Hrc.dueSession).map(d::link).orElse(null), d.link(p));
  }

  /** The most specific kind of a mandated output, by the label of its class. */
  static String outputKind(Description d, Resource o) {
    return o.listProperties(RDF.type).toList().stream().map(st -> st.getResource())
        .filter(t -> !t.equals(Hrc.MandatedOutput)).findFirst().map(d::label).orElse(d.label(Hrc.MandatedOutput));
  }

  private static List<CitingDocument> citedBy(Description d, Resource doc) {
    Map<Resource, List<CitingParagraph>> byDocument = new LinkedHashMap<>();
    for (Resource citing : d.subjects(Cito.cites, doc).stream().sorted(d.byLabel()).toList()) {
      byDocument.put(citing, new ArrayList<>());
    }
    for (Resource c : d.subjects(Hrc.citedDocument, doc)) {
      Optional<Resource> paragraph = d.object(c, Hrc.citingParagraph);
      paragraph.ifPresent(p -> d.subjects(Hrc.hasParagraph, p).stream().findFirst().ifPresent(citing ->
          byDocument.computeIfAbsent(citing, k -> new ArrayList<>())
              .add(new CitingParagraph(d.link(p), d.object(c, Hrc.citationFunction).map(d::label).orElse(null)))));
    }
    return byDocument.entrySet().stream().map(e -> new CitingDocument(d.link(e.getKey()), e.getValue())).toList();
  }

  /** Where a fact starts in the file of the language shown. */
  private static long offset(Description d, Resource r, String lang) {
    return d.span(r, lang).flatMap(at -> d.typedLiteral(at, Hrc.startOffset)).map(l -> l.getLong()).orElse(0L);
  }

  /** The phrase a fact was read from, in the language shown. */
  private static Optional<String> phrase(Description d, Resource r, String lang) {
    return d.span(r, lang).flatMap(at -> d.literal(at, Hrc.sourceText));
  }
}
