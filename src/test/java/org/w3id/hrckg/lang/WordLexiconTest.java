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
 * both ways, "intercommunity" beside "inter-community"): its hyphen is put back only where the
 * evidence of a line join says it was lost. In code-point order.
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

  private static Map<Language, Map<String, Integer>> counts;

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH"})
  void theCommittedListsAreTheirDerivation(Language language) throws IOException {
    assumeTrue(SOURCES.stream().allMatch(Files::isDirectory), "the UN's resolutions are not at hand: " + SOURCES);
    Map<String, Integer> written = counts().getOrDefault(language, Map.of());
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

  /** In how many resolutions of each language each word and compound stands. */
  private static synchronized Map<Language, Map<String, Integer>> counts() throws IOException {
    if (counts != null) {
      return counts;
    }
    counts = new HashMap<>();
    for (Path folder : SOURCES) {
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
