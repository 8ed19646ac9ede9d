package org.w3id.hrckg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.hrckg.model.Language;

/**
 * The committed {@link WordLexicon} files are what their derivation gives: the words and hyphenated
 * compounds of the UN's own Akoma Ntoso resolutions, the Council's ({@code ../shared/corpus/akn})
 * and the General Assembly's ({@code ../shared/corpus/akn-ga}), each file counted in the language
 * its text is in ({@link LanguageDetector}: a few files sit in the other language's folder). A
 * resolution's text is what stands between the tags, entities decoded, U+2010 and U+2011 read as
 * hyphens; its words are lower-cased. An entry is kept when at least {@value #RESOLUTIONS}
 * resolutions write it; a compound, only where more resolutions write it with its hyphen than
 * without ("co-operation" goes, "cooperation" stays). A word stays even where its hyphenated form is
 * written more: that it is written whole is what keeps a dropped hyphen from being put back
 * ("antidiscrimination", which the Council's French writes so). And a compound that one resolution
 * writes whole, too few to be a word of the language, is listed written so (the language writes it
 * both ways, "intercommunity" beside "inter-community"): its hyphen is put back only where the text
 * itself writes the compound with it, or where pdftotext's first join of a line says it was lost. In
 * code-point order.
 *
 * <p>To write the files again (then check the change by hand):
 * {@code mvn -B -o test -Dtest=WordLexiconTest -Dhrckg.lexicon.write=true}. The test is skipped
 * where {@code ../shared/corpus} is not at hand; the product reads only the committed files.
 */
class WordLexiconTest {

  /** In how many resolutions a word must stand to be the language's usage, not one file's. */
  static final int RESOLUTIONS = 2;

  /** The folders of resolutions read, whatever language each file turns out to be in. */
  static final List<Path> SOURCES = Stream.of("akn/en", "akn/fr", "akn-ga/en", "akn-ga/fr")
      .map(f -> Path.of("../shared/corpus", f)).toList();

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'");

  /** The General Assembly's resolutions alone: the evidence of the compound heads, which no Council fixture makes. */
  static final List<Path> ASSEMBLY = Stream.of("akn-ga/en", "akn-ga/fr").map(f -> Path.of("../shared/corpus", f)).toList();

  /** The shortest word after a head that makes a word written whole of it ("sub" + "topic"). */
  static final int SHORTEST_REST = 3;

  private static final Map<List<Path>, Map<Language, Map<String, Integer>>> COUNTS = new HashMap<>();

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH"})
  void theCommittedListsAreTheirDerivation(Language language) throws IOException {
    assumeTrue(SOURCES.stream().allMatch(Files::isDirectory), "the UN's resolutions are not at hand: " + SOURCES);
    Map<String, Integer> written = counts(SOURCES).getOrDefault(language, Map.of());
    List<String> compounds = new ArrayList<>();
    List<String> words = new ArrayList<>();
    written.forEach((w, n) -> {
      if (n < RESOLUTIONS) {
        return;
      }
      if (w.contains("-") && n > written.getOrDefault(w.replace("-", ""), 0)) {
        compounds.add(w);
      } else if (!w.contains("-")) {
        words.add(w);
      }
    });
    List<String> wholeOnce = compounds.stream().map(c -> c.replace("-", "")).filter(w -> written.getOrDefault(w, 0) == 1).toList();
    Path folder = Path.of("src/main/resources/org/w3id/hrckg/lang", language.code());
    check(folder.resolve("hyphenated-compounds.txt"), compounds, "The compounds that the UN's resolutions in this language write with their hyphen");
    check(folder.resolve("words.txt"), words, "The words (letters only, no hyphen) that the UN's resolutions in this language write");
    check(folder.resolve("compounds-written-whole-once.txt"), wholeOnce, "The compounds of hyphenated-compounds.txt written whole",
        "one of the UN's Akoma Ntoso\n# resolutions (../shared/corpus/akn and akn-ga) writes each so, where at least " + RESOLUTIONS
            + " write it hyphenated (\"intercommunity\").");
  }

  /**
   * The heads of compounds that the General Assembly's resolutions hyphenate and never write whole:
   * a first part that at least {@value #RESOLUTIONS} hyphenated compounds share ("ever-increasing",
   * "ever-widening") and no word that they write whole opens with before a word of theirs of
   * {@value #SHORTEST_REST} letters or more ("sub" goes: "subregions", "subtopic"; so does "re"). Each
   * with the number of its compounds.
   */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH"})
  void theCompoundHeadsAreTheirDerivation(Language language) throws IOException {
    assumeTrue(ASSEMBLY.stream().allMatch(Files::isDirectory), "the Assembly's resolutions are not at hand: " + ASSEMBLY);
    Map<String, Integer> written = counts(ASSEMBLY).getOrDefault(language, Map.of());
    Set<String> words = new HashSet<>();
    Map<String, Integer> compounds = new HashMap<>();
    written.forEach((w, n) -> {
      String[] parts = w.split("-");
      if (parts.length == 1 && n >= RESOLUTIONS) {
        words.add(w);
      } else if (parts.length == 2 && parts[0].length() >= 2 && parts[1].length() >= 2) {
        compounds.merge(parts[0], 1, Integer::sum);
      }
    });
    Set<String> wholeHeads = new HashSet<>();
    for (String w : words) {
      for (int k = 2; k <= w.length() - SHORTEST_REST; k++) {
        if (words.contains(w.substring(k))) {
          wholeHeads.add(w.substring(0, k));
        }
      }
    }
    List<String> heads = compounds.entrySet().stream().filter(e -> e.getValue() >= RESOLUTIONS && !wholeHeads.contains(e.getKey()))
        .map(e -> e.getKey() + "\t" + e.getValue()).toList();
    check(Path.of("src/main/resources/org/w3id/hrckg/lang", language.code(), "compound-heads.txt"), heads,
        "The heads of compounds, each with the number of compounds it heads", "at least " + RESOLUTIONS
            + " compounds that the General\n# Assembly's Akoma Ntoso resolutions (../shared/corpus/akn-ga) write hyphenated share it, and no word they"
            + " write\n# whole (at least " + RESOLUTIONS + " of them) opens with it before another of theirs.");
  }

  /** In how many resolutions of each language each word and compound stands, in the resolutions of some folders. */
  private static synchronized Map<Language, Map<String, Integer>> counts(List<Path> sources) throws IOException {
    if (COUNTS.containsKey(sources)) {
      return COUNTS.get(sources);
    }
    Map<Language, Map<String, Integer>> counts = new HashMap<>();
    COUNTS.put(sources, counts);
    for (Path folder : sources) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
          String text = text(xml);
          Optional<Language> language = LanguageDetector.detect(text);
          if (language.isEmpty()) {
            continue;
          }
          Set<String> seen = new HashSet<>();
          Matcher m = WORD.matcher(text);
          while (m.find()) {
            seen.add(m.group().toLowerCase(Locale.ROOT));
          }
          Map<String, Integer> of = counts.computeIfAbsent(language.get(), l -> new HashMap<>());
          seen.forEach(w -> of.merge(w, 1, Integer::sum));
        }
      }
    }
    return counts;
  }

  private static String text(Path xml) throws IOException {
    String t = TAG.matcher(Files.readString(xml, StandardCharsets.UTF_8)).replaceAll(" ");
    for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
      t = t.replace(e.getKey(), e.getValue());
    }
    return t.replace('\u2010', '-').replace('\u2011', '-');
  }

  private static final String USAGE = "written so by at least " + RESOLUTIONS + " of the UN's Akoma\n"
      + "# Ntoso resolutions (Council and General Assembly, ../shared/corpus/akn and akn-ga); a compound, by more of them\n"
      + "# than write it whole.";

  private static void check(Path file, List<String> entries, String what) throws IOException {
    check(file, entries, what, USAGE);
  }

  private static void check(Path file, List<String> entries, String what, String rule) throws IOException {
    String language = file.getParent().getFileName().toString();
    List<String> expected = new ArrayList<>();
    String header = "# " + what + " (" + language + "), lower case, one a line: " + rule
        + " Derived, not edited: WordLexiconTest derives it again and compares";
    expected.addAll(List.of(header.split("\n")));
    expected.addAll(List.of(
        "# (mvn -B -o test -Dtest=WordLexiconTest -Dhrckg.lexicon.write=true writes it). Read by org.w3id.hrckg.lang.WordLexicon.",
        ""));
    entries.stream().sorted().forEach(expected::add);
    if (Boolean.getBoolean("hrckg.lexicon.write")) {
      Files.write(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readAllLines(file, StandardCharsets.UTF_8), file + " is not its derivation");
  }
}
