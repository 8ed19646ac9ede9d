package org.w3id.hrckg.read.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * The checks of a whole corpus of the UN's Akoma Ntoso files, shared by the Council's corpus (a
 * unit test) and the Assembly's (an integration test): no file gives an error; every name of a voters
 * list and of a draft's sponsor list is a State's, but for the misprints fixtures list with their reasons; paragraph counts and
 * each State's vote equal the markup's own, but for the files a fixture lists with its reason; the
 * language versions of a resolution have the same paragraphs and, paragraph by paragraph, cite the
 * same symbols in at least 98% of paragraphs (the others listed with their reasons); and the counts
 * of every file equal a committed baseline, exactly.
 */
final class AknCorpusChecks {

  private static final double AGREEMENT = 0.98;
  private static final Path FIXTURES = Path.of("src/test/resources/akn");

  private final AknCorpus corpus;
  private final String name;

  AknCorpusChecks(AknCorpus corpus, String name) {
    this.corpus = corpus;
    this.name = name;
  }

  void noFileGivesAnError() {
    assertEquals(List.of(), corpus.errors);
  }

  /** Operative paragraphs as the markup numbers them, preambular ones as its preamble's containers. */
  void paragraphCountsEqualTheMarkup() throws IOException {
    List<String> differ = new ArrayList<>();
    for (AknCorpus.Resolution r : corpus.resolutions) {
      ParsedDocument d = r.document();
      if (d.operative().size() != r.markedOperative() || d.preamble().size() != r.markedPreambular()) {
        differ.add(r.file() + "\t" + d.symbol() + "\t" + d.preamble().size() + "/" + r.markedPreambular() + "\t"
            + d.operative().size() + "/" + r.markedOperative());
      }
    }
    found("paragraphs", differ);
    assertEquals(listed("paragraphs"), keys(differ), String.join("\n", differ));
  }

  /** Every name of a voters list is a State's, but for the misprints a fixture lists with their reasons. */
  void everyVoterIsAState() throws IOException {
    found("unresolved", corpus.unresolved);
    assertEquals(listed2("unresolved"), keys2(corpus.unresolved), String.join("\n", corpus.unresolved));
  }

  /** Every name of a draft's sponsor lists is a State's, but for the misprints a fixture lists with their reasons. */
  void everySponsorIsAState() throws IOException {
    found("sponsors", corpus.unresolvedSponsors);
    assertEquals(listed2("sponsors"), keys2(corpus.unresolvedSponsors), String.join("\n", corpus.unresolvedSponsors));
  }

  void votesPerStateEqualTheMarkup() throws IOException {
    List<String> differ = new ArrayList<>();
    for (AknCorpus.Resolution r : corpus.resolutions) {
      List<Integer> found = AknCorpus.votes(r.document());
      if (!found.equals(r.markedVotes())) {
        differ.add(r.file() + " " + found + " " + r.markedVotes());
      }
    }
    found("votes", differ);
    assertEquals(List.of(), differ);
  }

  /** What a check found, written beside the build's output for whoever updates a fixture. */
  private void found(String what, List<String> lines) throws IOException {
    Path file = Path.of("target").resolve(what + "-" + name + ".tsv");
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The same counts of paragraphs in every language; in French and English, the same citations per paragraph. */
  void languageVersionsAgree() throws IOException {
    Map<String, Map<Language, AknCorpus.Resolution>> bySymbol = new LinkedHashMap<>();
    corpus.resolutions.forEach(r -> bySymbol.computeIfAbsent(r.document().symbol(), k -> new LinkedHashMap<>())
        .put(r.document().language(), r));
    List<String> counts = new ArrayList<>();
    List<String> citations = new ArrayList<>();
    int paragraphs = 0;
    for (var e : bySymbol.entrySet()) {
      Map<Language, AknCorpus.Resolution> versions = e.getValue();
      var shapes = new TreeSet<String>();
      versions.values().forEach(r -> shapes.add(r.document().preamble().size() + "+" + r.document().operative().size()));
      if (shapes.size() > 1) {
        counts.add(e.getKey() + "\t" + shapes);
      }
      AknCorpus.Resolution fr = versions.get(Language.FRENCH);
      AknCorpus.Resolution en = versions.get(Language.ENGLISH);
      if (fr == null || en == null || fr.document().paragraphs().size() != en.document().paragraphs().size()) {
        continue;
      }
      List<List<String>> a = AknCorpus.citedPerParagraph(fr.document());
      List<List<String>> b = AknCorpus.citedPerParagraph(en.document());
      for (int i = 0; i < a.size(); i++) {
        paragraphs++;
        if (!a.get(i).equals(b.get(i))) {
          citations.add(e.getKey() + "\t" + (i + 1) + "\tfr " + a.get(i) + " en " + b.get(i));
        }
      }
    }
    found("languages", counts);
    found("citations", citations);
    assertEquals(listed("languages"), keys(counts), String.join("\n", counts));
    assertEquals(listed("citations"), keys2(citations), String.join("\n", citations));
    assertTrue(citations.size() <= (1 - AGREEMENT) * paragraphs, citations.size() + " of " + paragraphs + " paragraphs differ");
  }

  void countsEqualTheBaseline() throws IOException {
    Path baseline = FIXTURES.resolve("baseline-" + name + ".tsv");
    String found = corpus.baseline();
    Path actual = Path.of("target").resolve("baseline-" + name + ".tsv");
    Files.createDirectories(actual.getParent());
    Files.writeString(actual, found, StandardCharsets.UTF_8);
    assertEquals(Files.readString(baseline, StandardCharsets.UTF_8), found, "counts differ from " + baseline + " (now in " + actual + ")");
  }

  /** The first column of each line of a fixture of exceptions ("# reason" lines and text after a tab are comments). */
  private List<String> listed(String what) throws IOException {
    Path file = FIXTURES.resolve(what + "-" + name + ".tsv");
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
        .sorted().toList();
  }

  /** The first two columns of each line of a fixture of exceptions, as one key. */
  private List<String> listed2(String what) throws IOException {
    Path file = FIXTURES.resolve(what + "-" + name + ".tsv");
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
        .map(c -> c[0] + " " + c[1]).sorted().toList();
  }

  private static List<String> keys(List<String> lines) {
    return lines.stream().map(l -> l.split("\t")[0]).sorted().toList();
  }

  /** Symbol and paragraph, as one key ("A/HRC/RES/54/2 12"). */
  private List<String> keys2(List<String> lines) {
    return lines.stream().map(l -> l.split("\t")[0] + " " + l.split("\t")[1]).sorted().toList();
  }
}
