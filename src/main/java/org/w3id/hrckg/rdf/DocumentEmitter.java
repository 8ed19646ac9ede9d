package org.w3id.hrckg.rdf;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.CitedDocument;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.SourceSpan;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.vocab.Cito;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The RDF-emission stage: writes one parsed document as quads into a stream, in a named graph
 * whose name is the document's IRI. The stream decides what happens to them: a dump, a store, a
 * count. An emitter never opens a dataset.
 */
public final class DocumentEmitter {

  private static final String SDG = "http://metadata.un.org/sdg/";

  private final IriMinter iris;

  public DocumentEmitter(IriMinter iris) {
    this.iris = iris;
  }

  /** The IRI of a parsed document: by its symbol, or by what its text gives when it has none. */
  public String documentIri(ParsedDocument d) {
    return d.symbol() != null ? iris.document(d.symbol()) : iris.unsymbolledDocument(d.session(), d.title(), d.fingerprint());
  }

  /** Emits a document's graph. */
  public void emit(ParsedDocument d, StreamRDF out) {
    new Writer(d, out).write();
  }

  /** Writes the quads of one document. */
  private final class Writer {
    private final ParsedDocument d;
    private final StreamRDF out;
    private final Node graph;
    private final Node doc;

    Writer(ParsedDocument d, StreamRDF out) {
      this.d = d;
      this.out = out;
      this.doc = uri(documentIri(d));
      this.graph = doc;
    }

    void write() {
      type(doc, switch (d.kind()) {
        case RESOLUTION -> Hrc.Resolution;
        case DRAFT_RESOLUTION -> Hrc.DraftResolution;
        case DECISION -> Hrc.Decision;
      });
      literal(doc, Hrc.symbol, d.symbol());
      literal(doc, Hrc.sourceFileName, d.source().fileName());
      literal(doc, Hrc.sourceEncoding, d.source().encoding());
      literal(doc, Hrc.sourceChecksum, d.source().sha256());
      text(doc, DCTerms.title, d.title());
      text(doc, RDFS.label, label());
      if (d.issuer() != null) {
        link(doc, Hrc.issuedBy, uri(iris.body(d.issuer().body())));
      }
      if (d.session() != null && d.issuer() != null) {
        link(doc, Hrc.session, session(d.issuer(), d.session(), d.specialSession(), d.sessionStart(), d.sessionEnd()));
      }
      d.agendaItems().forEach(item -> integer(doc, Hrc.agendaItem, item));
      text(doc, Hrc.agendaItemTitle, d.agendaTitle());
      date(doc, Hrc.documentDate, d.documentDate());
      date(doc, Hrc.adoptionDate, d.adoptionDate());
      integer(doc, Hrc.meetingNumber, d.meetingNumber());
      vote(d.adoption());
      d.sponsors().forEach(this::sponsorship);
      Set<Node> cited = new LinkedHashSet<>();
      for (Paragraph p : d.paragraphs()) {
        paragraph(p, cited);
      }
      cited.forEach(c -> link(doc, Cito.cites, c));
    }

    /** "A/HRC/RES/45/32 : Titre" in French typography, "A/HRC/RES/45/32: Title" in the others. */
    private String label() {
      String name = d.symbol() != null ? d.symbol() : Labels.kind(d.kind(), d.language());
      return d.title() != null ? name + (d.language() == Language.FRENCH ? " : " : ": ") + d.title() : name;
    }

    private void paragraph(Paragraph p, Set<Node> cited) {
      Node para = uri(iris.paragraph(doc.getURI(), p.preambular(), p.ordinal()));
      link(doc, Hrc.hasParagraph, para);
      link(para, Hrc.paragraphOf, doc);
      type(para, p.preambular() ? Hrc.PreambularParagraph : Hrc.OperativeParagraph);
      integer(para, Hrc.ordinal, p.ordinal());
      for (Language ui : Labels.LANGUAGES) {
        quad(para, RDFS.label.asNode(), NodeFactory.createLiteralLang(Labels.paragraph(d.symbol(), p.preambular(), p.ordinal(), ui),
            ui.code()));
      }
      text(para, Hrc.text, p.text());
      text(para, Hrc.openingPhrase, p.openingPhrase());
      span(para, p.span());
      int k = 0;
      for (Citation c : p.citations()) {
        cited.add(citation(para, ++k, c));
      }
      k = 0;
      for (Mention m : p.mentions()) {
        mention(para, ++k, m);
      }
      k = 0;
      for (MandatedOutput o : p.outputs()) {
        output(para, ++k, o);
      }
    }

    private Node citation(Node para, int k, Citation c) {
      Node node = uri(iris.citation(para.getURI(), k));
      Node target = citedDocument(c.cited());
      type(node, Hrc.Citation);
      link(node, Hrc.citingParagraph, para);
      link(node, Hrc.citedDocument, target);
      date(node, Hrc.statedDate, c.statedDate());
      text(node, Hrc.pinpoint, c.pinpoint());
      link(node, Hrc.citationFunction, uri(Hrc.NS + c.function().concept()));
      link(node, Hrc.issuerBasis, uri(Hrc.NS + c.basis().concept()));
      typed(node, Hrc.inFootnote, String.valueOf(c.inFootnote()), XSDDatatype.XSDboolean);
      provenance(node, c.span(), c.phrase());
      return target;
    }

    private Node citedDocument(CitedDocument c) {
      Node node = uri(iris.document(c.symbol()));
      type(node, switch (c.kind()) {
        case RESOLUTION -> Hrc.Resolution;
        case DECISION -> Hrc.Decision;
        case DRAFT -> Hrc.DraftResolution;
        case DOCUMENT -> Hrc.Document;
      });
      literal(node, Hrc.symbol, c.symbol());
      plainLabel(node, c.symbol());
      if (c.issuer() != null) {
        link(node, Hrc.issuedBy, uri(iris.body(c.issuer().body())));
      }
      return node;
    }

    private void mention(Node para, int k, Mention m) {
      Node node = uri(iris.mention(para.getURI(), k));
      link(para, Hrc.hasMention, node);
      Node named;
      switch (m.kind()) {
        case FUND -> {
          type(node, Hrc.FundMention);
          named = uri(iris.fund(m.key()));
          link(para, Hrc.mentionsFund, named);
        }
        case STATE -> {
          type(node, Hrc.StateMention);
          named = uri(iris.state(m.key()));
          link(para, Hrc.mentionsState, named);
        }
        case SDG_GOAL -> {
          type(node, Hrc.SDGMention);
          named = uri(SDG + m.key());
          link(para, Hrc.mentionsSDG, named);
        }
        case SDG_TARGET -> {
          type(node, Hrc.SDGMention);
          named = uri(SDG + m.key());
          link(para, Hrc.mentionsSDGTarget, named);
        }
        default -> throw new IllegalStateException(m.kind().name());
      }
      link(node, Hrc.mentioned, named);
      provenance(node, m.span(), m.phrase());
    }

    private void output(Node para, int k, MandatedOutput o) {
      Node node = uri(iris.output(para.getURI(), k));
      link(para, Hrc.mandates, node);
      type(node, Hrc.MandatedOutput);
      type(node, ResourceFactory.createResource(Hrc.NS + o.kind().className()));
      if (o.dueSession() != null && d.issuer() != null) {
        link(node, Hrc.dueSession, session(d.issuer(), o.dueSession(), false, null, null));
      }
      if (o.actor() != null) {
        link(node, Hrc.responsibleActor, uri(iris.body(o.actor())));
      }
      text(node, Hrc.responsibleActorName, o.actorName());
      integer(node, Hrc.quantity, o.quantity());
      text(node, Hrc.theme, o.theme());
      provenance(node, o.span(), o.phrase());
    }

    private void sponsorship(Sponsorship s) {
      Node node = uri(iris.sponsorship(doc.getURI(), s.iso3()));
      link(doc, Hrc.sponsorship, node);
      type(node, Hrc.Sponsorship);
      link(node, Hrc.sponsor, uri(iris.state(s.iso3())));
      typed(node, Hrc.councilMember, String.valueOf(s.councilMember()), XSDDatatype.XSDboolean);
      provenance(node, s.span(), s.name());
    }

    private void vote(Vote v) {
      if (v == null) {
        return;
      }
      typed(doc, Hrc.adoptedWithoutVote, String.valueOf(v.withoutVote()), XSDDatatype.XSDboolean);
      integer(doc, Hrc.votesInFavour, v.inFavour());
      integer(doc, Hrc.votesAgainst, v.against());
      integer(doc, Hrc.abstentions, v.abstaining());
      for (Vote.VoteCast cast : v.casts()) {
        Node node = uri(iris.vote(doc.getURI(), cast.iso3()));
        link(doc, Hrc.voteCast, node);
        type(node, Hrc.VoteCast);
        link(node, Hrc.voter, uri(iris.state(cast.iso3())));
        link(node, Hrc.voteChoice, uri(Hrc.NS + cast.choice().concept()));
      }
    }

    private Node session(Issuer organ, int number, boolean special, LocalDate start, LocalDate end) {
      Node node = uri(iris.session(organ.body(), number, special));
      type(node, Hrc.Session);
      integer(node, Hrc.sessionNumber, number);
      link(node, Hrc.sessionOf, uri(iris.body(organ.body())));
      if (special) {
        typed(node, Hrc.specialSession, "true", XSDDatatype.XSDboolean);
      }
      date(node, Hrc.startDate, start);
      date(node, Hrc.endDate, end);
      for (Language ui : Labels.LANGUAGES) {
        quad(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(Labels.session(organ, number, special, ui), ui.code()));
      }
      return node;
    }

    private void span(Node node, SourceSpan span) {
      integer(node, Hrc.startOffset, span.start());
      integer(node, Hrc.endOffset, span.end());
    }

    private void provenance(Node node, SourceSpan span, String phrase) {
      span(node, span);
      text(node, Hrc.sourceText, phrase);
    }

    private void type(Node s, Resource type) {
      quad(s, RDF.type.asNode(), type.asNode());
    }

    private void link(Node s, Property p, Node o) {
      quad(s, p.asNode(), o);
    }

    private void literal(Node s, Property p, String value) {
      if (value != null) {
        quad(s, p.asNode(), NodeFactory.createLiteralString(value));
      }
    }

    private void plainLabel(Node s, String value) {
      quad(s, RDFS.label.asNode(), NodeFactory.createLiteralString(value));
    }

    /** A literal in the language of the text. */
    private void text(Node s, Property p, String value) {
      if (value != null && !value.isBlank()) {
        quad(s, p.asNode(), NodeFactory.createLiteralLang(value, d.language().code()));
      }
    }

    private void integer(Node s, Property p, Integer value) {
      if (value != null) {
        typed(s, p, String.valueOf(value), XSDDatatype.XSDinteger);
      }
    }

    private void date(Node s, Property p, LocalDate value) {
      if (value != null) {
        typed(s, p, value.toString(), XSDDatatype.XSDdate);
      }
    }

    private void typed(Node s, Property p, String lexical, XSDDatatype type) {
      quad(s, p.asNode(), NodeFactory.createLiteralDT(lexical, type));
    }

    private void quad(Node s, Node p, Node o) {
      out.quad(Quad.create(graph, s, p, o));
    }

    private Node uri(String iri) {
      return NodeFactory.createURI(iri);
    }
  }
}
