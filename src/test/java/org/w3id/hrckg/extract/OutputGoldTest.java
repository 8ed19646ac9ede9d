package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.akn.AknReader;
import org.w3id.hrckg.akn.AknResolution;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.DueSession;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.source.OffsetText;

/**
 * The outputs extractor measured on the hand-made outputs gold ({@code gold/outputs-akn.json}, its
 * conventions in {@code outputs-akn.md}): 39 resolutions of sessions 54 to 56 read in their Akoma
 * Ntoso XML, French and English. Each operative paragraph's text (its points joined, footnote calls
 * left out, non-breaking hyphens plain as the pipeline's cleanup makes them) goes through the
 * extractors as the pipeline would give it: the mandates of every paragraph first, then the outputs,
 * then the repeats of outputs across paragraphs joined. An output found is matched to
 * a gold output of the same paragraph and kind, in order; on matched pairs the attributes (actor,
 * due sessions, addressees, frequency) are compared. The figures are committed exactly: a change
 * that moves them must say so here and in BENCHMARKS.md.
 */
class OutputGoldTest {

  private static final Map<String, Score> SCORES = new TreeMap<>();
  private static final List<String> MISSES = new ArrayList<>();

  /** Counts of one measure in one language. */
  private static final class Score {
    int found;
    int expected;
    int matched;

    @Override
    public String toString() {
      double p = found == 0 ? 1 : (double) matched / found;
      double r = expected == 0 ? 1 : (double) matched / expected;
      return String.format("%d/%d/%d P %.3f R %.3f F1 %.3f", matched, found, expected, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** One gold output, as the comparison needs it. */
  private record Gold(String kind, String actor, boolean ofMandate, List<String> due, List<String> addressees,
      String frequency, String from) {}

  @BeforeAll
  static void measure() throws IOException {
    JsonNode gold;
    try (InputStream in = OutputGoldTest.class.getResourceAsStream("/gold/outputs-akn.json")) {
      gold = new ObjectMapper().readTree(in);
    }
    for (JsonNode doc : gold.get("documents")) {
      for (JsonNode file : doc.get("files")) {
        String name = file.asText();
        Language language = name.endsWith("F.xml") ? Language.FRENCH : Language.ENGLISH;
        String folder = language == Language.FRENCH ? "fr" : "en";
        AknResolution r = AknReader.read(SharedFolder.path().resolve("corpus/akn").resolve(folder).resolve(name));
        compare(doc, r, language);
      }
    }
    MISSES.forEach(System.out::println);
    SCORES.forEach((k, v) -> System.out.printf("OUTPUTS %-28s %s%n", k, v));
  }

  private static void compare(JsonNode doc, AknResolution r, Language language) {
    LanguageProfile profile = language == Language.FRENCH ? FrenchProfile.INSTANCE : EnglishProfile.INSTANCE;
    Map<String, List<Gold>> expected = new LinkedHashMap<>();
    for (JsonNode o : doc.get("outputs")) {
      expected.computeIfAbsent(o.get("paragraph").asText(), k -> new ArrayList<>()).add(gold(o));
    }
    Map<String, List<String>> expectedMandates = new LinkedHashMap<>();
    for (JsonNode m : doc.get("mandates")) {
      expectedMandates.computeIfAbsent(m.get("paragraph").asText(), k -> new ArrayList<>())
          .add(m.get("action").asText() + " " + m.get("holder").asText().toUpperCase(Locale.ROOT).replaceAll("[ -]", "_"));
    }
    List<String> texts = operative(r);
    List<List<Mandate>> mandates = new ArrayList<>();
    for (String text : texts) {
      mandates.add(new MandateExtractor(profile.outputs(), new Spans(text)).extract(OffsetText.of(text)));
    }
    List<Mandate> all = mandates.stream().flatMap(List::stream).toList();
    List<List<MandatedOutput>> perParagraph = new ArrayList<>();
    OutputExtractor extractor = null;
    for (String text : texts) {
      extractor = new OutputExtractor(Gazetteers.bodies(language), new Spans(text), Issuer.HUMAN_RIGHTS_COUNCIL, r.session(), profile, all);
      perParagraph.add(extractor.extract(OffsetText.of(text)));
    }
    List<List<MandatedOutput>> outputs = extractor == null ? perParagraph : extractor.withoutRepeats(perParagraph);
    for (int i = 0; i < texts.size(); i++) {
      String id = "OP" + (i + 1);
      List<MandatedOutput> found = outputs.get(i);
      match(r.file() + " " + id, language.code(), expected.getOrDefault(id, List.of()), found);
      List<String> foundMandates = mandates.get(i).stream().map(m -> (m.extension() ? "extend " : "establish ") + m.holder()).toList();
      compareMandates(r.file() + " " + id, language.code(), expectedMandates.getOrDefault(id, List.of()), foundMandates);
    }
  }

  private static void compareMandates(String where, String lang, List<String> expected, List<String> found) {
    Score s = score(lang, "mandates");
    s.expected += expected.size();
    s.found += found.size();
    List<String> left = new ArrayList<>(expected);
    for (String f : found) {
      if (left.remove(f)) {
        s.matched++;
      } else {
        MISSES.add("MANDATES extra " + where + " " + f);
      }
    }
    left.forEach(m -> MISSES.add("MANDATES missed " + where + " " + m));
  }

  private static Gold gold(JsonNode o) {
    JsonNode actor = o.get("actor");
    List<String> due = new ArrayList<>();
    o.get("dueSessions").forEach(x -> due.add(x.get("body").asText() + " " + x.get("session").asInt()));
    List<String> addressees = new ArrayList<>();
    o.get("addressees").forEach(x -> addressees.add(x.asText()));
    JsonNode from = o.get("fromSession");
    return new Gold(snake(o.get("kind").asText()), actor.isNull() || actor.get("body").isNull() ? null : actor.get("body").asText(),
        !actor.isNull() && actor.has("mandate"), due, addressees, o.get("frequency").asText(),
        from.isNull() ? null : from.get("body").asText() + " " + from.get("session").asInt());
  }

  private static String snake(String camel) {
    return camel.replaceAll("(?<=[a-z])(?=[A-Z])", "_").toUpperCase();
  }

  private static void match(String where, String lang, List<Gold> expected, List<MandatedOutput> found) {
    List<Gold> left = new ArrayList<>(expected);
    score(lang, "outputs").expected += expected.size();
    score(lang, "outputs").found += found.size();
    for (MandatedOutput o : found) {
      Gold g = left.stream().filter(x -> x.kind.equals(o.kind().name())).findFirst().orElse(null);
      if (g == null) {
        MISSES.add("OUTPUTS extra " + where + " " + o.kind() + " «" + o.phrase() + "»");
        continue;
      }
      left.remove(g);
      score(lang, "outputs").matched++;
      attribute(where, lang, "actor", g.actor, o.actor());
      attribute(where, lang, "actor's mandate", g.ofMandate, o.mandate() != null);
      attribute(where, lang, "due sessions", g.due, o.dueSessions().stream().map(OutputGoldTest::session).toList());
      attribute(where, lang, "addressees", g.addressees, o.addressees().stream().map(Issuer::body).toList());
      attribute(where, lang, "frequency", g.frequency, o.frequency().notation());
      attribute(where, lang, "from session", g.from, o.fromSession() == null ? null : session(o.fromSession()));
    }
    left.forEach(g -> MISSES.add("OUTPUTS missed " + where + " " + g.kind));
  }

  private static String session(DueSession s) {
    return s.organ().body() + " " + s.number();
  }

  private static void attribute(String where, String lang, String name, Object expected, Object found) {
    Score s = score(lang, name);
    s.expected++;
    s.found++;
    if (Objects.equals(expected, found)) {
      s.matched++;
    } else {
      MISSES.add("OUTPUTS " + name + " " + where + ": expected " + expected + ", found " + found);
    }
  }

  private static Score score(String lang, String measure) {
    return SCORES.computeIfAbsent(lang + " " + measure, k -> new Score());
  }

  /**
   * The operative paragraphs as the gold numbers them: by the markup's numbers, an empty numbered
   * paragraph followed by an unnumbered one being one paragraph (the English 54/35).
   */
  private static List<String> operative(AknResolution r) {
    List<String> texts = new ArrayList<>();
    List<AknResolution.Paragraph> numbered = r.numbered();
    for (int i = 0; i < numbered.size(); i++) {
      String text = text(numbered.get(i));
      boolean empty = numbered.get(i).number() != null && text.isBlank();
      if (empty && i + 1 < numbered.size() && numbered.get(i + 1).number() == null) {
        text = text(numbered.get(++i));
      }
      texts.add(text);
    }
    return texts;
  }

  /** The paragraph's words as a reader gives them: its points after it, footnote calls left out. */
  private static String text(AknResolution.Paragraph p) {
    return p.blocks().stream()
        .map(b -> b.stream().filter(x -> !x.isNote()).map(AknResolution.Piece::text).collect(Collectors.joining()))
        .map(s -> s.replaceAll("\\s+", " ").replaceAll("[\u2010\u2011]", "-").strip())
        .collect(Collectors.joining(" "));
  }

  /**
   * The gold is checked against the text: every phrase it quotes for an output, a mandate or a
   * phrase that is not an output is in the paragraph it names, in the language it is quoted in
   * (white space, apostrophes and hyphens made plain).
   */
  @Test
  void everyQuotedPhraseIsInItsParagraph() throws IOException {
    JsonNode gold;
    try (InputStream in = OutputGoldTest.class.getResourceAsStream("/gold/outputs-akn.json")) {
      gold = new ObjectMapper().readTree(in);
    }
    List<String> absent = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      for (JsonNode file : doc.get("files")) {
        String name = file.asText();
        String lang = name.endsWith("F.xml") ? "fr" : "en";
        List<String> texts = operative(AknReader.read(SharedFolder.path().resolve("corpus/akn").resolve(lang).resolve(name)));
        for (String list : List.of("outputs", "mandates", "notOutputs")) {
          for (JsonNode entry : doc.get(list)) {
            int n = Integer.parseInt(entry.get("paragraph").asText().substring(2));
            if (entry.has(lang) && !plain(texts.get(n - 1)).contains(plain(entry.get(lang).asText()))) {
              absent.add(name + " " + entry.get("paragraph").asText() + " " + list + ": " + entry.get(lang).asText());
            }
          }
        }
      }
    }
    assertEquals(List.of(), absent);
  }

  private static String plain(String s) {
    return s.replace('’', '\'').replaceAll("[\u2010\u2011]", "-").replaceAll("[\\s\u00a0\u202f]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  @Test
  void figures() {
    Map<String, String> figures = new TreeMap<>();
    SCORES.forEach((k, v) -> figures.put(k, v.matched + "/" + v.found + "/" + v.expected));
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("en actor", "75/78/78"), Map.entry("en actor's mandate", "77/78/78"), Map.entry("en addressees", "72/78/78"),
        Map.entry("en due sessions", "73/78/78"), Map.entry("en frequency", "74/78/78"), Map.entry("en from session", "78/78/78"),
        Map.entry("en mandates", "18/18/18"), Map.entry("en outputs", "78/78/87"), Map.entry("fr actor", "76/80/80"),
        Map.entry("fr actor's mandate", "79/80/80"), Map.entry("fr addressees", "77/80/80"), Map.entry("fr due sessions", "74/80/80"),
        Map.entry("fr frequency", "79/80/80"), Map.entry("fr from session", "80/80/80"), Map.entry("fr mandates", "18/18/18"),
        Map.entry("fr outputs", "80/83/87"))), figures,
        "matched/found/expected per measure; on matched outputs only for attributes");
  }
}
