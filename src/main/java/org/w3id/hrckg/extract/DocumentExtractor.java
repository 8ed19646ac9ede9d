package org.w3id.hrckg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.model.Annex;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.lang.AnyLanguageLists;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.ListVocabulary;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.read.AnnexText;
import org.w3id.hrckg.read.DraftRecord;
import org.w3id.hrckg.read.Link;
import org.w3id.hrckg.read.Subject;
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

  private DocumentExtractor() {}

  /**
   * Extracts the facts of a text. A text in a language without a profile keeps its structure, its
   * sponsors and its vote; its citations, mentions and outputs come from the versions of the same
   * resolution in the languages that have one.
   */
  public static Result extract(ResolutionText text) {
    SourceText source = text.source();
    ResolutionHeader header = text.header();
    Optional<LanguageProfile> profile = Profiles.of(text.language());
    List<Diagnostic> diagnostics = new ArrayList<>(text.diagnostics());
    Spans spans = new Spans(source.text());
    List<ParagraphText> blocks = new ArrayList<>(text.paragraphs());
    text.annexes().forEach(a -> blocks.addAll(a.paragraphs()));
    String ownSymbol = header.symbol() != null ? header.symbol().toString() : null;

    List<Paragraph> all = profile.isPresent()
        ? withFacts(text, blocks, profile.get(), spans, ownSymbol)
        : blocks.stream().map(b -> new Paragraph(b.preambular(), b.ordinal(), b.text().toString(), b.openingPhrase(),
            spans.of(b.text()), List.of(), List.of(), List.of(), List.of(), links(b))).toList();
    List<Paragraph> paragraphs = all.subList(0, text.paragraphs().size());
    List<Annex> annexes = annexes(text.annexes(), all.subList(paragraphs.size(), all.size()));
    ListVocabulary listWords = AnyLanguageLists.of(text.language());
    StateLists lists = new StateLists(Gazetteers.statesInLists(), listWords, spans, source.fileName(), diagnostics);
    List<Sponsorship> sponsors = new ArrayList<>();
    for (OffsetText list : header.sponsors()) {
      sponsors.addAll(lists.sponsors(list, source.lineOf(list.sourceStart()), true, false));
    }
    AdoptionText adoption = text.adoption();
    ParsedDocument doc = new ParsedDocument(
        new ParsedDocument.Source(source.fileName(), source.encoding(), source.sha256(),
            text.pages().stream().map(p -> source.text().codePointCount(0, p)).toList(), text.placement()), text.format(), text.language(),
        header.kind(), ownSymbol, header.issuer(), fingerprint(header, paragraphs), header.session(), header.specialSession(),
        header.sessionStart(), header.sessionEnd(), header.agendaItems(), text(header.agendaTitle()), text(header.title()),
        header.documentDate(), header.adoptionDate(), adoption != null ? adoption.meetingNumber() : null,
        vote(adoption, lists, source, diagnostics), List.copyOf(sponsors), List.copyOf(paragraphs),
        draft(text.draft(), new StateLists(Gazetteers.statesInLists(), AnyLanguageLists.LISTS, spans, source.fileName(), diagnostics),
            source), text.subjects().stream().map(Subject::iri).toList(),
        text.identification() != null ? text.identification().work() : null, annexes);
    return new Result(doc, List.copyOf(diagnostics));
  }

  /** The annexes read, with the facts found in their paragraphs (given in the annexes' order). */
  private static List<Annex> annexes(List<AnnexText> read, List<Paragraph> found) {
    List<Annex> annexes = new ArrayList<>();
    int next = 0;
    for (AnnexText a : read) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (ParagraphText b : a.paragraphs()) {
        paragraphs.add(found.get(next++).inAnnex(a.ordinal(), b.number()));
      }
      annexes.add(new Annex(a.ordinal(), text(a.title()), paragraphs));
    }
    return annexes;
  }

  /**
   * The draft the source records, its sponsors resolved to States (the UN's XML marks no non-member,
   * and its workflow names them in English whatever the language of the text: its lists are cut in any language).
   */
  private static ParsedDocument.Draft draft(DraftRecord draft, StateLists lists, SourceText source) {
    if (draft == null) {
      return null;
    }
    List<Sponsorship> sponsors = new ArrayList<>();
    for (OffsetText list : draft.sponsors()) {
      sponsors.addAll(lists.sponsors(list, source.lineOf(list.sourceStart()), false, false));
    }
    for (OffsetText list : draft.additionalSponsors()) {
      for (Sponsorship s : lists.sponsors(list, source.lineOf(list.sourceStart()), false, true)) {
        if (sponsors.stream().noneMatch(x -> x.iso3().equals(s.iso3()))) {
          sponsors.add(s);
        }
      }
    }
    return new ParsedDocument.Draft(draft.symbol().toString(), draft.date(), List.copyOf(sponsors),
        draft.submitter() == null ? null : draft.submitter().toString());
  }

  private static List<String> links(ParagraphText p) {
    return p.links().stream().map(Link::target).distinct().toList();
  }

  /** The paragraphs (the resolution's, then its annexes') with the citations, mentions and outputs found in them. */
  private static List<Paragraph> withFacts(ResolutionText text, List<ParagraphText> blocks, LanguageProfile profile, Spans spans,
      String ownSymbol) {
    ResolutionHeader header = text.header();
    CitationExtractor citations = new CitationExtractor(header.issuer(), header.session(), ownSymbol, spans, profile);
    List<List<Citation>> cited = citations.extract(blocks);
    Language language = profile.language();
    MentionExtractor mentions = new MentionExtractor(Gazetteers.funds(language), Gazetteers.states(language), spans, profile.sdg());
    MandateExtractor mandateFinder = new MandateExtractor(profile.outputs(), spans);
    List<List<Mandate>> mandates = blocks.stream().map(b -> b.preambular() ? List.<Mandate>of() : mandateFinder.extract(b.text())).toList();
    OutputExtractor outputs = new OutputExtractor(Gazetteers.bodies(language), spans, header.issuer(), header.session(), profile,
        mandates.stream().flatMap(List::stream).toList());
    List<List<MandatedOutput>> found = new ArrayList<>();
    for (ParagraphText b : blocks) {
      WorkBudget.at(b.line());
      found.add(b.preambular() ? List.of() : outputs.extract(b.text()));
    }
    List<List<MandatedOutput>> mandated = outputs.withoutRepeats(found);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ParagraphText b = blocks.get(i);
      WorkBudget.at(b.line());
      paragraphs.add(new Paragraph(b.preambular(), b.ordinal(), b.text().toString(), b.openingPhrase(), spans.of(b.text()),
          cited.get(i), mentions.extract(b.text()), mandated.get(i), mandates.get(i), links(b)));
    }
    return paragraphs;
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
}
