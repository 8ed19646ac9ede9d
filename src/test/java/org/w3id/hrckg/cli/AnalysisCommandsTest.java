package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.analysis.NetworkExport;

/** {@code query}, {@code analyze} and {@code report} as a user runs them, on the samples and on a dump. */
class AnalysisCommandsTest {

  @TempDir
  Path dir;

  @Test
  void queryRunsANamedQueryWithAParameterInEveryFormat() {
    BuildCommandTest.Run csv = BuildCommandTest.run("query", "--corpus", "corpus/fr", "who-cites", "--param", "symbol=A/RES/48/141", "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    List<String> lines = csv.out().strip().lines().toList();
    assertEquals("symbol,citing,paragraph,function,statedDate,citation", lines.get(0));
    assertEquals(3, lines.size(), "a header and the two texts that cite GA 48/141");
    BuildCommandTest.Run table = BuildCommandTest.run("query", "--corpus", "corpus/fr", "paragraph-counts");
    assertTrue(table.out().contains("| \"A/HRC/RES/28/2\"") && table.out().contains("| 17         | 27        |"), table.out());
    BuildCommandTest.Run json = BuildCommandTest.run("query", "--corpus", "corpus/fr", "stated-date-conflicts", "-f", "json");
    assertTrue(json.out().contains("\"bindings\""), json.out());
  }

  @Test
  void queryReadsAFileAndListsTheCatalogue() throws IOException {
    Path rq = Files.writeString(dir.resolve("mine.rq"), "ASK { ?d <https://w3id.org/hrc-kg/ontology#symbol> \"A/HRC/RES/45/32\" }");
    BuildCommandTest.Run ask = BuildCommandTest.run("query", "--corpus", "corpus/fr", rq.toString());
    assertEquals("true", ask.out().strip());
    BuildCommandTest.Run list = BuildCommandTest.run("query", "--corpus", "corpus/fr", "--list");
    assertTrue(list.out().contains("most-cited") && list.out().contains("--param symbol=..."), list.out());
  }

  @Test
  void queryRefusesWhatItCannotRun() {
    BuildCommandTest.Run unknown = BuildCommandTest.run("query", "--corpus", "corpus/fr", "no-such-query");
    assertEquals(HrcKg.USAGE, unknown.status());
    assertTrue(unknown.err().contains("the named queries are: citation-age"), unknown.err());
    BuildCommandTest.Run badParameter = BuildCommandTest.run("query", "--corpus", "corpus/fr", "most-cited", "--param", "colour=blue");
    assertEquals(HrcKg.USAGE, badParameter.status());
    assertTrue(badParameter.err().contains("most-cited has no parameter colour; it takes issuer"), badParameter.err());
    BuildCommandTest.Run badValue = BuildCommandTest.run("query", "--corpus", "corpus/fr", "funds-per-session", "--param", "session=fifty");
    assertTrue(badValue.err().contains("takes an integer, not \"fifty\""), badValue.err());
  }

  @Test
  void analyzeWritesEveryExportAndPrintsATopList() throws IOException {
    Path out = dir.resolve("analysis");
    BuildCommandTest.Run run = BuildCommandTest.run("analyze", "--corpus", "corpus/fr", "--out", out.toString(), "--svg", "--top", "3");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Citation network: 28 documents (5 texts of the corpus, 23 only cited), 38 citation edges"), run.out());
    assertTrue(run.out().contains("   1  A/RES/60/251"), run.out());
    for (String file : NetworkExport.FILES) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
    assertTrue(Files.exists(out.resolve("network.svg")));
    assertTrue(run.out().contains("cocitation.csv   100 of the 100 pairs, those that share at least 1"), run.out());
    assertTrue(run.out().contains("coupling.csv     10 of the 10 pairs, those that share at least 1"), run.out());
  }

  /** From the gold file: three pairs of documents are cited together by four texts, none by five; four pairs of texts share four documents or more. */
  @Test
  void analyzeWritesThePairsThatShareAtLeastTheCountAsked() throws IOException {
    Path out = dir.resolve("analysis");
    BuildCommandTest.Run run = BuildCommandTest.run("analyze", "--corpus", "corpus/fr", "--out", out.toString(), "--min-shared", "4");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("cocitation.csv   3 of the 100 pairs, those that share at least 4"), run.out());
    assertTrue(run.out().contains("coupling.csv     4 of the 10 pairs, those that share at least 4"), run.out());
    assertEquals(4, Files.readAllLines(out.resolve("cocitation.csv")).size(), "a header and three pairs");
    assertEquals(5, Files.readAllLines(out.resolve("coupling.csv")).size(), "a header and four pairs");
  }

  @Test
  void reportFindsTheTwoDateConflictsOfTheSamplesFromADump() throws IOException {
    Path dump = dir.resolve("samples.nq");
    assertEquals(0, BuildCommandTest.run("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet").status());
    BuildCommandTest.Run text = BuildCommandTest.run("report", "--data", dump.toString());
    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().contains("Cited documents dated differently by citing texts (2)"), text.out());
    assertTrue(text.out().contains("A/RES/70/1: dated 2015-09-25 by A/HRC/51/L.15/Rev.1, 2015-09-27 by A/HRC/RES/45/32"), text.out());
    assertTrue(text.out().contains("Mandated outputs without a due session (1)"), text.out());
    JsonNode json = new ObjectMapper().readTree(BuildCommandTest.run("report", "--data", dump.toString(), "-f", "json").out());
    assertEquals("stated-date-conflicts", json.get("sections").get(0).get("key").asText());
    assertEquals(2, json.get("sections").get(0).get("findings").size());
    BuildCommandTest.Run ttl = BuildCommandTest.run("report", "--data", dump.toString(), "-f", "ttl");
    assertTrue(ttl.out().contains("sh:ValidationReport"), ttl.out());
  }

  /** The report is the same, byte for byte, from the corpus, its dump and its store, and from run to run. */
  @Test
  void theReportIsTheSameFromTheCorpusItsDumpAndItsStore() throws IOException {
    Path dump = dir.resolve("same.nq");
    assertEquals(0, BuildCommandTest.run("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet").status());
    // One store read three times in this process: each command releases it (its text index) when done.
    Path store = dir.resolve("same-store");
    assertEquals(0, BuildCommandTest.run("build", "--corpus", "corpus/fr", "--store", store.toString(), "--quiet").status());
    for (String format : List.of("text", "json", "ttl")) {
      String fromCorpus = BuildCommandTest.run("report", "--corpus", "corpus/fr", "-f", format).out();
      assertEquals(fromCorpus, BuildCommandTest.run("report", "--corpus", "corpus/fr", "-f", format).out(), format + ", run again");
      assertEquals(fromCorpus, BuildCommandTest.run("report", "--data", dump.toString(), "-f", format).out(), format + " from the dump");
      BuildCommandTest.Run fromStore = BuildCommandTest.run("report", "--store", store.toString(), "-f", format);
      assertEquals(0, fromStore.status(), fromStore.err());
      assertEquals(fromCorpus, fromStore.out(), format + " from the store");
    }
  }
}
