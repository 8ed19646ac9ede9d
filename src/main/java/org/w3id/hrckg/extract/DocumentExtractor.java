package org.w3id.hrckg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.reference.Gazetteer;
import org.w3id.hrckg.reference.NamedThing;
import org.w3id.hrckg.reference.ReferenceData;
import org.w3id.hrckg.reference.StateRecord;
import org.w3id.hrckg.structure.AdoptionRecord;
import org.w3id.hrckg.structure.DocumentHeader;
import org.w3id.hrckg.structure.DocumentStructure;
import org.w3id.hrckg.structure.ParagraphBlock;
import org.w3id.hrckg.text.OffsetText;
import org.w3id.hrckg.text.SourceDocument;

/**
 * The fact-extraction stage: from a segmented resolution to the document model, with its
 * citations, sponsors, vote, funds, States, Sustainable Development Goals and mandated outputs.
 */
public final class DocumentExtractor {

  /** What extraction gives: the document and what it noticed. */
  public record Result(ParsedDocument document, List<Diagnostic> diagnostics) {}

  /** The Human Rights Council has 47 members: no recorded vote counts more. */
  private static final int COUNCIL_SEATS = 47;

  static final Gazetteer<String> FUNDS = gazetteer(ReferenceData.get().funds(), true);
  static final Gazetteer<String> BODIES = gazetteer(ReferenceData.get().bodies(), true);
  static final Gazetteer<String> STATES = states(false, false);
  /**
   * Lists of sponsors and votes hold only names: there, case does not matter, and an English name
   * left in a French list ("Japan") is still a State.
   */
  static final Gazetteer<String> STATES_IN_LISTS = states(true, true);

  private DocumentExtractor() {}

  public static Result extract(DocumentStructure structure) {
    SourceDocument source = structure.text().source();
    DocumentHeader header = structure.header();
    List<Diagnostic> diagnostics = new ArrayList<>(structure.diagnostics());
    Spans spans = new Spans(source.text());
    List<ParagraphBlock> blocks = new ArrayList<>(structure.preamble());
    blocks.addAll(structure.operative());

    CitationExtractor citations = new CitationExtractor(header.session(), header.symbol(), spans, structure.text().markers());
    List<List<Citation>> cited = citations.extract(blocks);
    MentionExtractor mentions = new MentionExtractor(FUNDS, STATES, spans);
    OutputExtractor outputs = new OutputExtractor(BODIES, spans, header.session());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ParagraphBlock b = blocks.get(i);
      WorkBudget.at(b.line());
      List<MandatedOutput> mandated = b.preambular() ? List.of() : outputs.extract(b.text());
      paragraphs.add(new Paragraph(b.preambular(), b.ordinal(), b.text().toString(), b.openingPhrase(), spans.of(b.text()),
          cited.get(i), mentions.extract(b.text()), mandated));
    }
    StateLists lists = new StateLists(STATES_IN_LISTS, spans, source.fileName(), diagnostics);
    List<Sponsorship> sponsors = header.sponsors() != null
        ? lists.sponsors(header.sponsors(), source.lineOf(header.sponsors().sourceStart())) : List.of();
    AdoptionRecord adoption = structure.adoption();
    ParsedDocument doc = new ParsedDocument(
        new ParsedDocument.Source(source.fileName(), source.encoding(), source.sha256()),
        header.kind(), header.symbol(), fingerprint(header, paragraphs), header.session(), header.specialSession(),
        header.sessionStart(), header.sessionEnd(), header.agendaItems(), text(header.agendaTitle()), text(header.title()),
        header.documentDate(), header.adoptionDate(), adoption != null ? adoption.meetingNumber() : null,
        vote(adoption, lists, source, diagnostics), sponsors, List.copyOf(paragraphs));
    return new Result(doc, List.copyOf(diagnostics));
  }

  private static Vote vote(AdoptionRecord a, StateLists lists, SourceDocument source, List<Diagnostic> diagnostics) {
    if (a == null || a.withoutVote() == null) {
      return null;
    }
    List<Vote.VoteCast> casts = new ArrayList<>();
    casts.addAll(lists.votes(a.votedFor(), Vote.Choice.IN_FAVOUR, line(a.votedFor(), source)));
    casts.addAll(lists.votes(a.votedAgainst(), Vote.Choice.AGAINST, line(a.votedAgainst(), source)));
    casts.addAll(lists.votes(a.abstained(), Vote.Choice.ABSTAINING, line(a.abstained(), source)));
    Integer inFavour = a.inFavour();
    Integer against = a.against();
    Integer abstaining = a.abstaining();
    if (!casts.isEmpty()) {
      int listedFor = listed(casts, Vote.Choice.IN_FAVOUR);
      int listedAgainst = listed(casts, Vote.Choice.AGAINST);
      int listedAbstaining = listed(casts, Vote.Choice.ABSTAINING);
      int stated = (inFavour == null ? 0 : inFavour) + (against == null ? 0 : against) + (abstaining == null ? 0 : abstaining);
      if (stated != casts.size()) {
        int at = line(a.votedFor(), source);
        diagnostics.add(Diagnostic.warning(source.fileName(), at, String.format(
            "the recorded vote counts %s, %s, %s but lists %d, %d, %d States", inFavour, against, abstaining,
            listedFor, listedAgainst, listedAbstaining)));
        if (stated > COUNCIL_SEATS && casts.size() <= COUNCIL_SEATS) {
          inFavour = listedFor;
          against = listedAgainst;
          abstaining = listedAbstaining;
        }
      }
    }
    return new Vote(a.withoutVote(), inFavour, against, abstaining, List.copyOf(casts));
  }

  private static int listed(List<Vote.VoteCast> casts, Vote.Choice choice) {
    return (int) casts.stream().filter(c -> c.choice() == choice).count();
  }

  private static int line(OffsetText t, SourceDocument source) {
    return t == null ? 0 : source.lineOf(t.sourceStart());
  }

  private static String text(OffsetText t) {
    return t == null ? null : t.toString();
  }

  /** A digest of what the text gives, to name a document that prints no symbol. */
  private static String fingerprint(DocumentHeader h, List<Paragraph> paragraphs) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((h.kind() + "|" + h.session() + "|" + h.title() + "|").getBytes(StandardCharsets.UTF_8));
      for (Paragraph p : paragraphs) {
        sha.update(p.text().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Gazetteer<String> gazetteer(List<NamedThing> things, boolean ignoreCase) {
    Gazetteer<String> g = new Gazetteer<>(ignoreCase);
    for (NamedThing t : things) {
      t.frenchNames().forEach(name -> g.add(name, t.notation()));
    }
    return g;
  }

  private static Gazetteer<String> states(boolean ignoreCase, boolean withEnglish) {
    Gazetteer<String> g = new Gazetteer<>(ignoreCase);
    for (StateRecord s : ReferenceData.get().states()) {
      s.frenchNames().forEach(name -> g.add(name, s.iso3()));
      if (withEnglish) {
        s.englishNames().forEach(name -> g.add(name, s.iso3()));
      }
    }
    return g;
  }
}
