package org.w3id.hrckg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed {@link WordLexicon} files are what their derivation gives: the words and hyphenated
 * compounds of the bundled Akoma Ntoso resolutions of the language ({@code corpus/akn/LANG/*.xml},
 * the text between the tags, entities decoded, U+2010 and U+2011 read as hyphens), lower-cased,
 * kept when at least {@value #RESOLUTIONS} resolutions write them, in code-point order. Run with
 * {@code -Dhrckg.lexicon.write=true} to write the files again (then check the change by hand).
 */
class WordLexiconTest {

  /** In how many resolutions a word must stand to be the language's usage, not one file's. */
  static final int RESOLUTIONS = 2;

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theCommittedListsAreTheirDerivation(String language) throws IOException {
    Map<String, Integer> compounds = new HashMap<>();
    Map<String, Integer> words = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("corpus/akn", language))) {
      for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        Set<String> seenCompounds = new HashSet<>();
        Set<String> seenWords = new HashSet<>();
        Matcher m = WORD.matcher(text(xml));
        while (m.find()) {
          String w = m.group().toLowerCase(Locale.ROOT);
          (w.contains("-") ? seenCompounds : seenWords).add(w);
        }
        seenCompounds.forEach(w -> compounds.merge(w, 1, Integer::sum));
        seenWords.forEach(w -> words.merge(w, 1, Integer::sum));
      }
    }
    Path folder = Path.of("src/main/resources/org/w3id/hrckg/lang", language);
    check(folder.resolve("hyphenated-compounds.txt"), compounds, "The compounds that the Council's resolutions in this language write with their hyphen");
    check(folder.resolve("words.txt"), words, "The words (letters only, no hyphen) that the Council's resolutions in this language write");
  }

  private static String text(Path xml) throws IOException {
    String t = TAG.matcher(Files.readString(xml, StandardCharsets.UTF_8)).replaceAll(" ");
    for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
      t = t.replace(e.getKey(), e.getValue());
    }
    return t.replace('\u2010', '-').replace('\u2011', '-');
  }

  private static void check(Path file, Map<String, Integer> counts, String what) throws IOException {
    List<String> expected = new ArrayList<>(List.of(
        "# " + what + " (" + file.getParent().getFileName() + "), lower case, one a line: written so by at least " + RESOLUTIONS,
        "# of the bundled Akoma Ntoso resolutions (corpus/akn/" + file.getParent().getFileName() + "). Derived, not edited: WordLexiconTest",
        "# derives it again and compares (-Dhrckg.lexicon.write=true writes it). Read by org.w3id.hrckg.lang.WordLexicon.",
        ""));
    counts.entrySet().stream().filter(e -> e.getValue() >= RESOLUTIONS).map(Map.Entry::getKey).sorted().forEach(expected::add);
    if (Boolean.getBoolean("hrckg.lexicon.write")) {
      Files.write(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readAllLines(file, StandardCharsets.UTF_8), file + " is not its derivation");
  }
}
