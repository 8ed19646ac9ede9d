package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.source.OffsetText;

/**
 * The outputs extractor measured on the hand-made outputs gold ({@code gold/outputs-akn.json}, its
 * conventions in {@code outputs-akn.md}): 39 resolutions of sessions 54 to 56 read in their Akoma
 * Ntoso XML, French and English. Each operative paragraph's text (its points joined, footnote calls
 * left out) goes through the extractor as the pipeline would give it. An output found is matched to
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
  private record Gold(String kind, String actor, List<Integer> council) {}

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
    List<AknResolution.Paragraph> paragraphs = r.numbered();
    for (int i = 0; i < paragraphs.size(); i++) {
      String id = "OP" + (i + 1);
      String text = text(paragraphs.get(i));
      List<MandatedOutput> found = new OutputExtractor(Gazetteers.bodies(language), new Spans(text), r.session(), profile)
          .extract(OffsetText.of(text));
      match(r.file() + " " + id, language.code(), expected.getOrDefault(id, List.of()), found);
    }
  }

  private static Gold gold(JsonNode o) {
    JsonNode actor = o.get("actor");
    List<Integer> council = new ArrayList<>();
    for (JsonNode s : o.get("dueSessions")) {
      if (s.get("body").asText().equals("hrc")) {
        council.add(s.get("session").asInt());
      }
    }
    return new Gold(snake(o.get("kind").asText()), actor.isNull() || actor.get("body").isNull() ? null : actor.get("body").asText(),
        council);
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
      attribute(where, lang, "council session", g.council.isEmpty() ? null : g.council.get(0), o.dueSession());
    }
    left.forEach(g -> MISSES.add("OUTPUTS missed " + where + " " + g.kind));
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

  /** The paragraph's words as a reader gives them: its points after it, footnote calls left out. */
  private static String text(AknResolution.Paragraph p) {
    return p.blocks().stream()
        .map(b -> b.stream().filter(x -> !x.isNote()).map(AknResolution.Piece::text).collect(Collectors.joining()))
        .map(s -> s.replaceAll("\\s+", " ").strip())
        .collect(Collectors.joining(" "));
  }

  @Test
  void figures() {
    Map<String, String> figures = new TreeMap<>();
    SCORES.forEach((k, v) -> figures.put(k, v.matched + "/" + v.found + "/" + v.expected));
    assertEquals(new TreeMap<>(Map.of(
        "en outputs", "43/52/87", "en actor", "37/43/43", "en council session", "41/43/43",
        "fr outputs", "50/60/87", "fr actor", "42/50/50", "fr council session", "40/50/50")), figures,
        "matched/found/expected per measure; on matched outputs only for attributes");
  }
}
