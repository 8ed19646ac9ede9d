package org.w3id.hrckg.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.w3id.hrckg.synth.SyntheticParagraph.Cited;

/**
 * Generates a corpus of resolution texts, deterministically from a seed: texts come in the order of
 * their sessions, adopted resolutions as Markdown conversions, drafts as PDF extractions with
 * their sponsor lists and page furniture. A text cites only resolutions adopted at earlier
 * sessions, chosen mostly in proportion to how often they are already cited, so that a few are
 * cited very often and most seldom, as in the real network. Every text has its gold facts.
 */
public final class SyntheticCorpus {

  /** One generated text: its file name, its content and its facts. */
  public record Text(String fileName, String content, GoldDocument gold) {}

  private static final int FIRST_SESSION = 10;
  private static final int LAST_SESSION = 60;
  /** One text in this many is a draft; the others are adopted resolutions. */
  private static final int DRAFT_EVERY = 4;
  /** How often a cited resolution is drawn by how cited it already is, rather than at random. */
  private static final double PREFERENTIAL = 0.7;

  /** States as the sponsor lists of the samples name them, with their ISO 3166-1 codes. */
  private static final List<String[]> STATES = List.of(
      new String[] {"Albanie", "ALB"}, new String[] {"Argentine", "ARG"}, new String[] {"Australie", "AUS"},
      new String[] {"Belgique", "BEL"}, new String[] {"Brésil", "BRA"}, new String[] {"Bulgarie", "BGR"},
      new String[] {"Canada", "CAN"}, new String[] {"Chili", "CHL"}, new String[] {"Chypre", "CYP"},
      new String[] {"Colombie", "COL"}, new String[] {"Croatie", "HRV"}, new String[] {"Équateur", "ECU"},
      new String[] {"Espagne", "ESP"}, new String[] {"Fidji", "FJI"}, new String[] {"Géorgie", "GEO"},
      new String[] {"Grèce", "GRC"}, new String[] {"Haïti", "HTI"}, new String[] {"Honduras", "HND"},
      new String[] {"Hongrie", "HUN"}, new String[] {"Indonésie", "IDN"}, new String[] {"Islande", "ISL"},
      new String[] {"Italie", "ITA"}, new String[] {"Luxembourg", "LUX"}, new String[] {"Malaisie", "MYS"},
      new String[] {"Maroc", "MAR"}, new String[] {"Mexique", "MEX"}, new String[] {"Monténégro", "MNE"},
      new String[] {"Népal", "NPL"}, new String[] {"Norvège", "NOR"}, new String[] {"Pakistan", "PAK"},
      new String[] {"Paraguay", "PRY"}, new String[] {"Pérou", "PER"}, new String[] {"Portugal", "PRT"},
      new String[] {"Qatar", "QAT"}, new String[] {"Roumanie", "ROU"}, new String[] {"Serbie", "SRB"},
      new String[] {"Singapour", "SGP"}, new String[] {"Somalie", "SOM"}, new String[] {"Thaïlande", "THA"},
      new String[] {"Tunisie", "TUN"}, new String[] {"Türkiye", "TUR"}, new String[] {"Ukraine", "UKR"},
      new String[] {"Uruguay", "URY"}, new String[] {"Yémen", "YEM"});

  private final int count;
  private final SplittableRandom random;
  /** Resolutions adopted at sessions before the current one, which texts may cite. */
  private final List<Cited> citable = new ArrayList<>();
  /** Resolutions adopted at the current session, citable from the next one. */
  private final List<Cited> adoptedNow = new ArrayList<>();
  /** One entry for every citation made of a citable resolution, for drawing by how cited it is. */
  private final List<Integer> citations = new ArrayList<>();
  private int session = FIRST_SESSION;
  private int numberInSession;
  private int produced;

  public SyntheticCorpus(int count, long seed) {
    this.count = count;
    this.random = new SplittableRandom(seed);
  }

  /** Writes the texts into a folder, with their gold facts in {@code gold.json} beside them. */
  public static void write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    SyntheticCorpus corpus = new SyntheticCorpus(count, seed);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream out = Files.newOutputStream(dir.resolve("gold.json"));
         JsonGenerator gold = json.getFactory().createGenerator(out)) {
      gold.useDefaultPrettyPrinter();
      gold.writeStartObject();
      gold.writeStringField("about", "Gold facts of a synthetic corpus (hrc-kg synth --count " + count + " --seed " + seed
          + "), in the format of ../shared/gold/seeds.json.");
      gold.writeArrayFieldStart("documents");
      while (corpus.hasNext()) {
        Text t = corpus.next();
        Files.writeString(dir.resolve(t.fileName()), t.content(), StandardCharsets.UTF_8);
        json.writeValue(gold, t.gold());
      }
      gold.writeEndArray();
      gold.writeEndObject();
    }
  }

  public boolean hasNext() {
    return produced < count;
  }

  /** The next text, in the order of sessions. */
  public Text next() {
    int due = FIRST_SESSION + (int) ((long) produced * (LAST_SESSION - FIRST_SESSION + 1) / count);
    while (session < due) {
      session++;
      numberInSession = 0;
      citable.addAll(adoptedNow);
      adoptedNow.clear();
    }
    numberInSession++;
    String fileName = String.format(Locale.ROOT, "syn-%06d.txt", produced);
    boolean draft = produced % DRAFT_EVERY == DRAFT_EVERY - 1;
    produced++;
    return draft ? draft(fileName) : resolution(fileName);
  }

  private Text resolution(String fileName) {
    SessionDates dates = SessionDates.of(session);
    LocalDate adopted = dates.end().minusDays(random.nextInt(0, 5));
    String symbol = "A/HRC/RES/" + session + "/" + numberInSession;
    String title = SynthPhrases.TITLES.get(random.nextInt(SynthPhrases.TITLES.size()));
    Body body = body();
    int meeting = 30 + random.nextInt(0, 30);
    StringBuilder s = new StringBuilder("\n\n");
    s.append("**Conseil des droits de l'homme****").append(SynthPhrases.capitalized(SynthPhrases.ordinal(session)))
        .append(" session**\n\n").append(dates.header()).append("\n\nPoint 10 de l'ordre du jour\n\n")
        .append("**Assistance technique et renforcement des capacités****Résolution adoptée par le Conseil des droits de")
        .append(" l'homme le ").append(SynthPhrases.date(adopted)).append("****").append(session).append('/')
        .append(numberInSession).append(". ").append(straight(title)).append("***Le Conseil des droits de l'homme,*\n\n");
    for (int i = 0; i < body.paragraphs().size(); i++) {
      SyntheticParagraph p = body.paragraphs().get(i);
      if (i >= body.preambular()) {
        s.append(i - body.preambular() + 1).append(". ");
      }
      s.append('*').append(straight(p.opener())).append("* ").append(straight(p.rest())).append("\n\n");
    }
    s.append('*').append(meeting).append("<sup>e</sup> séance  \n").append(SynthPhrases.date(adopted)).append("*\n\n")
        .append("[Adoptée sans vote.]\n");
    citable(symbol, adopted);
    GoldDocument gold = new GoldDocument(fileName, "Resolution", symbol, session, dates.start().toString(),
        dates.end().toString(), 10, straight(title), null, adopted.toString(), meeting, true, body.preambular(),
        body.paragraphs().size() - body.preambular(), List.of(), body.citations(), body.funds(), body.outputs(), body.sdgs());
    return new Text(fileName, s.toString(), gold);
  }

  private Text draft(String fileName) {
    SessionDates dates = SessionDates.of(session);
    LocalDate issued = dates.end().minusDays(random.nextInt(3, 10));
    String symbol = "A/HRC/" + session + "/L." + numberInSession;
    String title = SynthPhrases.TITLES.get(random.nextInt(SynthPhrases.TITLES.size()));
    List<GoldDocument.Sponsor> sponsors = sponsors();
    Body body = body();
    StringBuilder s = new StringBuilder(" Conseil des droits de l’homme \n")
        .append(SynthPhrases.capitalized(SynthPhrases.ordinal(session))).append(" session \n\n").append(dates.header())
        .append(" \n\nPoint 10 de l’ordre du jour \n\nAssistance technique et renforcement des capacités \n\n  ");
    s.append(wrap(sponsorList(sponsors) + " :  projet de résolution"));
    s.append(session).append("/… ").append(wrap(title)).append("Le Conseil des droits de l’homme, \n\n");
    int pageBreak = Math.min(3, body.preambular());
    for (int i = 0; i < body.paragraphs().size(); i++) {
      SyntheticParagraph p = body.paragraphs().get(i);
      String number = i >= body.preambular() ? (i - body.preambular() + 1) + ". " : "";
      s.append(wrap(number + p.opener() + " " + p.rest()));
      if (i == pageBreak - 1) {
        s.append("  \n\n * État non membre du Conseil des droits de l’homme. \n\n \n\nNations Unies ").append(symbol)
            .append(" \n\n \n\nAssemblée générale Distr. limitée \n\n").append(SynthPhrases.date(issued))
            .append(" \n\nFrançais \n\nOriginal : anglais \n\n\n\n").append(symbol).append(" \n\n2 GE.")
            .append(String.format(Locale.ROOT, "%02d-%05d", issued.getYear() % 100, 10000 + numberInSession))
            .append(" \n\n");
      }
    }
    GoldDocument gold = new GoldDocument(fileName, "DraftResolution", symbol, session, dates.start().toString(),
        dates.end().toString(), 10, title, issued.toString(), null, null, null, body.preambular(),
        body.paragraphs().size() - body.preambular(), sponsors, body.citations(), body.funds(), body.outputs(), body.sdgs());
    return new Text(fileName, s.toString(), gold);
  }

  /** The paragraphs of a text and the facts they state. */
  private record Body(List<SyntheticParagraph> paragraphs, int preambular, List<GoldDocument.Citation> citations,
      List<GoldDocument.Fund> funds, List<GoldDocument.Output> outputs, List<GoldDocument.Sdg> sdgs) {}

  private Body body() {
    SynthPhrases.Draw draw = new SynthPhrases.Draw() {
      @Override
      public int session() {
        return session;
      }

      @Override
      public List<Cited> earlier(int atMost) {
        return earlierResolutions(atMost);
      }

      @Override
      public int between(int low, int high) {
        return random.nextInt(low, high + 1);
      }
    };
    List<SyntheticParagraph> paragraphs = new ArrayList<>();
    paragraphs.add(SynthPhrases.guided());
    int preambular = 1 + random.nextInt(4, 14);
    paragraphs.addAll(pick(SynthPhrases.preambular(), preambular - 1, draw));
    int operative = random.nextInt(3, 16);
    paragraphs.addAll(pick(SynthPhrases.operative(), operative - 1, draw));
    paragraphs.add(SynthPhrases.seized());
    List<GoldDocument.Citation> citations = new ArrayList<>();
    List<GoldDocument.Fund> funds = new ArrayList<>();
    List<GoldDocument.Output> outputs = new ArrayList<>();
    List<GoldDocument.Sdg> sdgs = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String id = i < preambular ? "PP" + (i + 1) : "OP" + (i - preambular + 1);
      SyntheticParagraph p = paragraphs.get(i);
      p.citations().forEach(c -> citations.add(new GoldDocument.Citation(id, c.symbol(),
          c.date() == null ? null : c.date().toString())));
      new LinkedHashSet<>(p.funds()).forEach(f -> funds.add(new GoldDocument.Fund(id, f)));
      p.outputs().forEach(o -> outputs.add(new GoldDocument.Output(id, o.type(), o.session(), o.actor())));
      p.sdgs().forEach(g -> sdgs.add(new GoldDocument.Sdg(id, g)));
    }
    return new Body(paragraphs, preambular, citations, funds, outputs, sdgs);
  }

  private List<SyntheticParagraph> pick(List<Function<SynthPhrases.Draw, SyntheticParagraph>> patterns, int n,
      SynthPhrases.Draw draw) {
    List<SyntheticParagraph> picked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      picked.add(patterns.get(random.nextInt(patterns.size())).apply(draw));
    }
    return picked;
  }

  /** Distinct earlier resolutions, mostly the already well cited, in the order of their numbers. */
  private List<Cited> earlierResolutions(int atMost) {
    if (citable.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
    for (int i = 0; i < atMost; i++) {
      boolean preferential = !citations.isEmpty() && random.nextDouble() < PREFERENTIAL;
      chosen.add(preferential ? citations.get(random.nextInt(citations.size())) : random.nextInt(citable.size()));
    }
    chosen.forEach(citations::add);
    return chosen.stream().sorted().map(citable::get).toList();
  }

  private void citable(String symbol, LocalDate adopted) {
    adoptedNow.add(new Cited(symbol, adopted));
  }

  private List<GoldDocument.Sponsor> sponsors() {
    int n = random.nextInt(3, 25);
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < STATES.size(); i++) {
      indices.add(i);
    }
    Collections.shuffle(indices, new Random(random.nextLong()));
    return indices.subList(0, n).stream().sorted()
        .map(i -> new GoldDocument.Sponsor(STATES.get(i)[1], random.nextInt(3) == 0)).toList();
  }

  private static String sponsorList(List<GoldDocument.Sponsor> sponsors) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < sponsors.size(); i++) {
      GoldDocument.Sponsor sp = sponsors.get(i);
      String name = STATES.stream().filter(st -> st[1].equals(sp.state())).findFirst().orElseThrow()[0];
      s.append(i == 0 ? "" : i == sponsors.size() - 1 ? " et " : ", ").append(name).append(sp.councilMember() ? "" : "*");
    }
    return s.toString();
  }

  /**
   * A paragraph as a PDF extraction gives it: lines of about 90 characters, each ending in a
   * space and followed by an empty line; a line never starts with a number and a full stop.
   */
  private static String wrap(String paragraph) {
    StringBuilder s = new StringBuilder();
    String[] words = paragraph.split(" ");
    StringBuilder line = new StringBuilder();
    for (String w : words) {
      if (line.length() + w.length() > 88 && line.length() > 0 && !w.matches("\\d+\\..*")) {
        s.append(line).append(" \n\n");
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(w);
    }
    s.append(line).append(" \n\n");
    return s.toString();
  }

  private static String straight(String s) {
    return s.replace('’', '\'');
  }
}
