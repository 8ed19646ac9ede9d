package org.w3id.hrckg.rdf;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.assemble.Expression;
import org.w3id.hrckg.assemble.Numbering;
import org.w3id.hrckg.assemble.Work;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Annex;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.CitedDocument;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.SourceSpan;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.vocab.Cito;
import org.w3id.hrckg.vocab.Eli;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The RDF-emission stage: writes one work as quads into a stream, in a named graph whose name is
 * the work's IRI. The work node, its paragraphs, citations, mentions, outputs and sponsorships are
 * one node each whatever the language; each language version adds its own expression node
 * ({@code {doc}/{lang}}), its file as a manifestation ({@code {doc}/{lang}/{format}}), its texts
 * tagged with its language, and where each fact lies in its file ({@code {fact}/at/{lang}}). Facts
 * that languages give alike (dates, session, vote) are written once, from the first language version
 * that has them; the leading version comes first. An emitter never opens a dataset.
 */
public final class WorkEmitter {

  private static final String SDG = "http://metadata.un.org/sdg/";

  private final IriMinter iris;

  public WorkEmitter(IriMinter iris) {
    this.iris = iris;
  }

  /** Emits a work's graph. */
  public void emit(Work work, StreamRDF out) {
    new Writer(work, out).write();
  }

  /** Writes the quads of one work. */
  private final class Writer {
    private final Work work;
    private final Quads q;
    private final Node doc;
    private final Set<String> written = new HashSet<>();
    private final Set<Node> cited = new LinkedHashSet<>();

    Writer(Work work, StreamRDF out) {
      this.work = work;
      this.doc = Quads.uri(work.iri());
      this.q = new Quads(out, doc);
    }

    void write() {
      ParsedDocument leading = work.leading().document();
      q.type(doc, switch (leading.kind()) {
        case RESOLUTION -> Hrc.Resolution;
        case DRAFT_RESOLUTION -> Hrc.DraftResolution;
        case DECISION -> Hrc.Decision;
      });
      q.string(doc, Hrc.symbol, leading.symbol());
      first(ParsedDocument::issuer).ifPresent(i -> q.link(doc, Hrc.issuedBy, Quads.uri(iris.body(i.body()))));
      Optional<ParsedDocument> withSession = first(d -> d.session() != null && d.issuer() != null ? d : null);
      withSession.ifPresent(d -> q.link(doc, Hrc.session, session(d.issuer(), d.session(), d.specialSession(), d)));
      first(d -> d.agendaItems().isEmpty() ? null : d).ifPresent(d -> d.agendaItems().forEach(i -> q.integer(doc, Hrc.agendaItem, i)));
      q.date(doc, Hrc.documentDate, first(ParsedDocument::documentDate).orElse(null));
      q.date(doc, Hrc.adoptionDate, first(ParsedDocument::adoptionDate).orElse(null));
      q.integer(doc, Hrc.meetingNumber, first(ParsedDocument::meetingNumber).orElse(null));
      first(ParsedDocument::adoption).ifPresent(this::vote);
      first(d -> d.sponsors().isEmpty() ? null : d).ifPresent(d -> d.sponsors().forEach(s -> sponsorship(doc, s, d)));
      for (Expression e : work.expressions()) {
        expression(e);
      }
      first(d -> d.draft()).ifPresent(this::draft);
      work.expressions().stream().flatMap(e -> e.document().subjects().stream()).distinct()
          .forEach(s -> q.link(doc, DCTerms.subject, Quads.uri(s)));
      cited.forEach(c -> q.link(doc, Cito.cites, c));
    }

    /** The value of a fact in the first language version that gives it. */
    private <T> Optional<T> first(Function<ParsedDocument, T> fact) {
      return work.expressions().stream().map(e -> fact.apply(e.document())).filter(v -> v != null).findFirst();
    }

    /** A language version: its expression and manifestation nodes, its texts, its paragraphs and their facts. */
    private void expression(Expression e) {
      ParsedDocument d = e.document();
      String lang = d.language().code();
      Node expression = Quads.uri(work.iri() + "/" + lang);
      e.files().forEach(f -> q.string(doc, Hrc.sourceFileName, f));
      q.link(doc, Eli.is_realized_by, expression);
      q.type(expression, Eli.LegalExpression);
      q.link(expression, Eli.realizes, doc);
      q.string(expression, DCTerms.language, lang);
      q.text(expression, Eli.title, d.title(), lang);
      q.text(expression, RDFS.label, label(d), lang);
      q.text(doc, DCTerms.title, d.title(), lang);
      q.text(doc, RDFS.label, label(d), lang);
      q.text(doc, Hrc.agendaItemTitle, d.agendaTitle(), lang);
      manifestation(expression, d);
      e.others().forEach(other -> manifestation(expression, other));
      for (Paragraph p : d.paragraphs()) {
        paragraph(d, p);
      }
      d.annexes().forEach(a -> annex(d, a));
    }

    /** An annex: one node whatever the language, its title in each, its paragraphs as the resolution's. */
    private void annex(ParsedDocument d, Annex a) {
      Node node = Quads.uri(iris.annex(work.iri(), a.ordinal()));
      if (written.add(node.getURI())) {
        q.link(doc, Hrc.hasAnnex, node);
        q.link(node, Hrc.annexOf, doc);
        q.type(node, Hrc.Annex);
        q.integer(node, Hrc.ordinal, a.ordinal());
        for (Language ui : Labels.LANGUAGES) {
          q.text(node, RDFS.label, Labels.annex(work.leading().document().symbol(), a.ordinal(), ui), ui.code());
        }
      }
      q.text(node, DCTerms.title, a.title(), d.language().code());
      for (Paragraph p : a.paragraphs()) {
        Node para = paragraph(d, p);
        q.link(node, Hrc.hasAnnexParagraph, para);
        q.link(para, Hrc.inAnnex, node);
      }
    }

    private void manifestation(Node expression, ParsedDocument d) {
      Node m = Quads.uri(expression.getURI() + "/" + formatKey(d.format()));
      q.link(expression, Eli.is_embodied_by, m);
      q.type(m, Eli.Format);
      q.link(m, Eli.embodies, expression);
      q.string(m, Hrc.sourceFileName, d.source().fileName());
      q.string(m, Hrc.sourceFormat, d.format().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      q.string(m, Hrc.sourceEncoding, d.source().encoding());
      q.string(m, Hrc.sourceChecksum, d.source().sha256());
      q.string(m, Hrc.frbrWork, d.work());
    }

    /** "A/HRC/RES/45/32 : Titre" in French typography, "A/HRC/RES/45/32: Title" in the others. */
    private String label(ParsedDocument d) {
      String name = d.symbol() != null ? d.symbol() : Labels.kind(d.kind(), d.language());
      return d.title() != null ? name + (d.language() == Language.FRENCH ? " : " : ": ") + d.title() : name;
    }

    /** A paragraph (of the resolution or of an annex) and its facts, in one language; returns its node. */
    private Node paragraph(ParsedDocument d, Paragraph p) {
      String lang = d.language().code();
      Node para = Quads.uri(iris.paragraph(work.iri(), p.annex(), p.preambular(), p.ordinal()));
      if (written.add(para.getURI())) {
        q.link(doc, Hrc.hasParagraph, para);
        q.link(para, Hrc.paragraphOf, doc);
        q.type(para, p.annex() > 0 ? Hrc.AnnexParagraph : p.preambular() ? Hrc.PreambularParagraph : Hrc.OperativeParagraph);
        q.integer(para, Hrc.ordinal, p.ordinal());
        q.integer(para, Hrc.printedNumber, p.number());
        String symbol = work.leading().document().symbol();
        for (Language ui : Labels.LANGUAGES) {
          q.text(para, RDFS.label, p.annex() > 0 ? Labels.annexParagraph(symbol, p.annex(), p.ordinal(), ui)
              : Labels.paragraph(symbol, p.preambular(), p.ordinal(), ui), ui.code());
        }
      }
      q.text(para, Hrc.text, p.text(), lang);
      q.text(para, Hrc.openingPhrase, p.openingPhrase(), lang);
      foundAt(para, d, p.span(), null);
      for (Citation c : p.citations()) {
        citation(d, p, para, c);
      }
      List<Integer> mentionNumbers = work.numbering().mentions(p);
      for (int i = 0; i < p.mentions().size(); i++) {
        mention(d, para, mentionNumbers.get(i), p.mentions().get(i));
      }
      for (int k = 0; k < p.mandates().size(); k++) {
        Mandate m = p.mandates().get(k);
        Node mandate = mandate(p, k, m, lang);
        q.link(para, m.extension() ? Hrc.extendsMandate : Hrc.establishesMandate, mandate);
      }
      List<Integer> outputNumbers = work.numbering().outputs(p);
      for (int i = 0; i < p.outputs().size(); i++) {
        output(d, para, outputNumbers.get(i), p.outputs().get(i));
      }
      return para;
    }

    /** Where a fact lies in the file of one language version. */
    private void foundAt(Node fact, ParsedDocument d, SourceSpan span, String phrase) {
      String lang = d.language().code();
      Node at = Quads.uri(fact.getURI() + "/at/" + lang);
      q.link(fact, Hrc.foundAt, at);
      q.type(at, Hrc.SourceSpan);
      q.string(at, DCTerms.language, lang);
      q.string(at, Hrc.sourceFileName, d.source().fileName());
      q.integer(at, Hrc.startOffset, span.start());
      q.integer(at, Hrc.endOffset, span.end());
      int page = d.source().pageOf(span.start());
      if (page > 0) {
        q.integer(at, Hrc.page, page);
      }
      q.text(at, Hrc.sourceText, phrase, lang);
    }

    private void citation(ParsedDocument d, Paragraph p, Node para, Citation c) {
      Node node = Quads.uri(iris.citation(para.getURI(), work.numbering().citation(p, c)));
      Node target = citedDocument(c.cited());
      if (written.add(node.getURI())) {
        q.type(node, Hrc.Citation);
        q.link(node, Hrc.citingParagraph, para);
        q.link(node, Hrc.citedDocument, target);
        q.date(node, Hrc.statedDate, c.statedDate());
        if (c.statedDate() != null && c.dateShared()) {
          q.bool(node, Hrc.statedDateShared, true);
        }
        q.link(node, Hrc.citationFunction, Quads.uri(Hrc.NS + c.function().concept()));
        q.link(node, Hrc.issuerBasis, Quads.uri(Hrc.NS + c.basis().concept()));
        q.bool(node, Hrc.inFootnote, c.inFootnote());
        cited.add(target);
      }
      q.text(node, Hrc.pinpoint, c.pinpoint(), d.language().code());
      foundAt(node, d, c.span(), c.phrase());
    }

    private Node citedDocument(CitedDocument c) {
      Node node = Quads.uri(iris.document(c.symbol()));
      if (written.add("cited " + node.getURI())) {
        q.type(node, switch (c.kind()) {
          case RESOLUTION -> Hrc.Resolution;
          case DECISION -> Hrc.Decision;
          case DRAFT -> Hrc.DraftResolution;
          case DOCUMENT -> Hrc.Document;
        });
        q.string(node, Hrc.symbol, c.symbol());
        q.quad(node, RDFS.label.asNode(), NodeFactory.createLiteralString(c.symbol()));
        if (c.issuer() != null) {
          q.link(node, Hrc.issuedBy, Quads.uri(iris.body(c.issuer().body())));
        }
      }
      return node;
    }

    private void mention(ParsedDocument d, Node para, int k, Mention m) {
      Node node = Quads.uri(iris.mention(para.getURI(), k));
      if (written.add(node.getURI())) {
        q.link(para, Hrc.hasMention, node);
        Node named;
        switch (m.kind()) {
          case FUND -> {
            q.type(node, Hrc.FundMention);
            named = Quads.uri(iris.fund(m.key()));
            q.link(para, Hrc.mentionsFund, named);
          }
          case STATE -> {
            q.type(node, Hrc.StateMention);
            named = Quads.uri(iris.state(m.key()));
            q.link(para, Hrc.mentionsState, named);
          }
          case SDG_GOAL -> {
            q.type(node, Hrc.SDGMention);
            named = Quads.uri(SDG + m.key());
            q.link(para, Hrc.mentionsSDG, named);
          }
          case SDG_TARGET -> {
            q.type(node, Hrc.SDGMention);
            named = Quads.uri(SDG + m.key());
            q.link(para, Hrc.mentionsSDGTarget, named);
          }
          default -> throw new IllegalStateException(m.kind().name());
        }
        q.link(node, Hrc.mentioned, named);
      }
      foundAt(node, d, m.span(), m.phrase());
    }

    private void output(ParsedDocument d, Node para, int k, MandatedOutput o) {
      Node node = Quads.uri(iris.output(para.getURI(), k));
      String lang = d.language().code();
      if (written.add(node.getURI())) {
        q.link(para, Hrc.mandates, node);
        q.type(node, Hrc.MandatedOutput);
        q.type(node, ResourceFactory.createResource(Hrc.NS + o.kind().className()));
        if (d.issuer() != null && o.dueSessionOf(d.issuer()) != null) {
          q.link(node, Hrc.dueSession, session(d.issuer(), o.dueSessionOf(d.issuer()), false, null));
        }
        if (o.actor() != null) {
          q.link(node, Hrc.responsibleActor, Quads.uri(iris.body(o.actor())));
        }
        q.integer(node, Hrc.quantity, o.quantity());
        o.dueSessions().forEach(s -> q.link(node, Hrc.dueAtSession, session(s.organ(), s.number(), false, null)));
        o.addressees().forEach(a -> q.link(node, Hrc.addressee, Quads.uri(iris.body(a.body()))));
        q.string(node, Hrc.frequency, o.frequency().notation());
        q.bool(node, Hrc.recurring, o.recurring());
        if (o.fromSession() != null) {
          q.link(node, Hrc.fromSession, session(o.fromSession().organ(), o.fromSession().number(), false, null));
        }
        mandateNamed(d, o.mandate()).ifPresent(m -> q.link(node, Hrc.forMandate, m));
      }
      q.text(node, Hrc.responsibleActorName, o.actorName(), lang);
      q.text(node, Hrc.theme, o.theme(), lang);
      foundAt(node, d, o.span(), o.phrase());
    }

    /**
     * A mandate the paragraph establishes or extends: one node per mandate across resolutions, named
     * from the English title when the work has an English version, else from the title as written.
     */
    private Node mandate(Paragraph p, int k, Mandate m, String lang) {
      String title = work.expressions().stream().map(Expression::document).filter(x -> x.language() == Language.ENGLISH)
          .flatMap(x -> x.allParagraphs().stream()).filter(x -> Numbering.key(x).equals(Numbering.key(p)))
          .filter(x -> x.mandates().size() > k && x.mandates().get(k).holder() == m.holder())
          .map(x -> x.mandates().get(k).name()).findFirst().orElse(m.name());
      String notation = IriMinter.mandateNotation(title);
      Node node = Quads.uri(iris.mandate(notation));
      if (written.add(node.getURI())) {
        q.type(node, Hrc.Mandate);
        q.string(node, SKOS.notation, notation);
        q.string(node, Hrc.holderKind, m.holder().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      q.text(node, RDFS.label, m.name(), lang);
      return node;
    }

    /** The node of the resolution's mandate with the given title, in the document that names it. */
    private Optional<Node> mandateNamed(ParsedDocument d, String title) {
      if (title == null) {
        return Optional.empty();
      }
      for (Paragraph p : d.allParagraphs()) {
        for (int k = 0; k < p.mandates().size(); k++) {
          if (p.mandates().get(k).name().equals(title)) {
            return Optional.of(mandate(p, k, p.mandates().get(k), d.language().code()));
          }
        }
      }
      return Optional.empty();
    }

    /** A State on a sponsor list; where its name lies in the file that gives the list, when one does. */
    private void sponsorship(Node document, Sponsorship s, ParsedDocument listedIn) {
      Node node = Quads.uri(iris.sponsorship(document.getURI(), s.iso3()));
      q.link(document, Hrc.sponsorship, node);
      q.type(node, Hrc.Sponsorship);
      q.link(node, Hrc.sponsor, Quads.uri(iris.state(s.iso3())));
      q.bool(node, Hrc.councilMember, s.councilMember());
      if (s.additional()) {
        q.bool(node, Hrc.additionalSponsor, true);
      }
      if (listedIn != null) {
        foundAt(node, listedIn, s.span(), s.name());
      }
    }

    /** The draft a resolution was adopted from, with its sponsors, linked to the resolution. */
    private void draft(ParsedDocument.Draft draft) {
      Node node = Quads.uri(iris.document(draft.symbol()));
      q.type(node, Hrc.DraftResolution);
      q.string(node, Hrc.symbol, draft.symbol());
      q.quad(node, RDFS.label.asNode(), NodeFactory.createLiteralString(draft.symbol()));
      q.link(node, Hrc.adoptedAs, doc);
      q.date(node, Hrc.documentDate, draft.date());
      draft.sponsors().forEach(s -> sponsorship(node, s, null));
      q.text(node, Hrc.submittedBy, draft.submitter(), "en");
    }

    private void vote(Vote v) {
      q.bool(doc, Hrc.adoptedWithoutVote, v.withoutVote());
      q.integer(doc, Hrc.votesInFavour, v.inFavour());
      q.integer(doc, Hrc.votesAgainst, v.against());
      q.integer(doc, Hrc.abstentions, v.abstaining());
      for (Vote.VoteCast cast : v.casts()) {
        Node node = Quads.uri(iris.vote(doc.getURI(), cast.iso3()));
        q.link(doc, Hrc.voteCast, node);
        q.type(node, Hrc.VoteCast);
        q.link(node, Hrc.voter, Quads.uri(iris.state(cast.iso3())));
        q.link(node, Hrc.voteChoice, Quads.uri(Hrc.NS + cast.choice().concept()));
      }
    }

    /** A session node; its dates from the document that gives them, when it is the document's own session. */
    private Node session(Issuer organ, int number, boolean special, ParsedDocument datedBy) {
      Node node = Quads.uri(iris.session(organ.body(), number, special));
      if (written.add(node.getURI())) {
        q.type(node, Hrc.Session);
        q.integer(node, Hrc.sessionNumber, number);
        q.link(node, Hrc.sessionOf, Quads.uri(iris.body(organ.body())));
        if (special) {
          q.bool(node, Hrc.specialSession, true);
        }
        if (datedBy != null) {
          q.date(node, Hrc.startDate, datedBy.sessionStart());
          q.date(node, Hrc.endDate, datedBy.sessionEnd());
        }
        for (Language ui : Labels.LANGUAGES) {
          q.text(node, RDFS.label, Labels.session(organ, number, special, ui), ui.code());
        }
      }
      return node;
    }
  }

  /** The last segment of a manifestation's IRI: the kind of file it is. */
  private static String formatKey(InputFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> "txt";
      case AKOMA_NTOSO -> "xml";
      case PDF -> "pdf";
      case DOCX -> "docx";
      case DOC -> "doc";
    };
  }
}
