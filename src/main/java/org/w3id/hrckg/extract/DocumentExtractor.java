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
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.read.ResolutionHeader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.source.SourceText;

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

  public static Result extract(ResolutionText text) {
    SourceText source = text.source();
    ResolutionHeader header = text.header();
    List<Diagnostic> diagnostics = new ArrayList<>(text.diagnostics());
    Spans spans = new Spans(source.text());
    List<ParagraphText> blocks = text.paragraphs();
    String ownSymbol = header.symbol() != null ? header.symbol().toString() : null;

    CitationExtractor citations = new CitationExtractor(header.session(), ownSymbol, spans);
    List<List<Citation>> cited = citations.extract(blocks);
    MentionExtractor mentions = new MentionExtractor(FUNDS, STATES, spans);
    OutputExtractor outputs = new OutputExtractor(BODIES, spans, header.session());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ParagraphText b = blocks.get(i);
      WorkBudget.at(b.line());
      List<MandatedOutput> mandated = b.preambular() ? List.of() : outputs.extract(b.text());
      paragraphs.add(new Paragraph(b.preambular(), b.ordinal(), b.text().toString(), b.openingPhrase(), spans.of(b.text()),
          cited.get(i), mentions.extract(b.text()), mandated));
    }
    StateLists lists = new StateLists(STATES_IN_LISTS, spans, source.fileName(), diagnostics);
    List<Sponsorship> sponsors = new ArrayList<>();
    for (OffsetText list : header.sponsors()) {
      sponsors.addAll(lists.sponsors(list, source.lineOf(list.sourceStart())));
    }
    AdoptionText adoption = text.adoption();
    ParsedDocument doc = new ParsedDocument(
        new ParsedDocument.Source(source.fileName(), source.encoding(), source.sha256()), text.format(), text.language(),
        header.kind(), ownSymbol, header.issuer(), fingerprint(header, paragraphs), header.session(), header.specialSession(),
        header.sessionStart(), header.sessionEnd(), header.agendaItems(), text(header.agendaTitle()), text(header.title()),
        header.documentDate(), header.adoptionDate(), adoption != null ? adoption.meetingNumber() : null,
        vote(adoption, lists, source, diagnostics), List.copyOf(sponsors), List.copyOf(paragraphs));
    return new Result(doc, List.copyOf(diagnostics));
  }

  private static Vote vote(AdoptionText a, StateLists lists, SourceText source, List<Diagnostic> diagnostics) {
    if (a == null || a.withoutVote() == null) {
      return null;
    }
    List<Vote.VoteCast> casts = new ArrayList<>();
    casts.addAll(votes(a.votedFor(), Vote.Choice.IN_FAVOUR, lists, source));
    casts.addAll(votes(a.votedAgainst(), Vote.Choice.AGAINST, lists, source));
    casts.addAll(votes(a.abstained(), Vote.Choice.ABSTAINING, lists, source));
    Integer inFavour = a.inFavour();
    Integer against = a.against();
    Integer abstaining = a.abstaining();
    if (!casts.isEmpty()) {
      int listedFor = listed(casts, Vote.Choice.IN_FAVOUR);
      int listedAgainst = listed(casts, Vote.Choice.AGAINST);
      int listedAbstaining = listed(casts, Vote.Choice.ABSTAINING);
      int stated = (inFavour == null ? 0 : inFavour) + (against == null ? 0 : against) + (abstaining == null ? 0 : abstaining);
      if (stated != casts.size()) {
        int at = a.line();
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

  private static List<Vote.VoteCast> votes(List<OffsetText> list, Vote.Choice choice, StateLists lists, SourceText source) {
    List<Vote.VoteCast> casts = new ArrayList<>();
    for (OffsetText names : list) {
      casts.addAll(lists.votes(names, choice, source.lineOf(names.sourceStart())));
    }
    return casts;
  }

  private static String text(OffsetText t) {
    return t == null ? null : t.toString();
  }

  /** A digest of what the text gives, to name a document that prints no symbol. */
  private static String fingerprint(ResolutionHeader h, List<Paragraph> paragraphs) {
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
