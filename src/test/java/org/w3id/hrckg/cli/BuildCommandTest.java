package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build} and {@code validate} as a user runs them: bad input is reported by file and line
 * while every other text is still built; data that does not conform, or a dump that cannot be
 * written, leaves the previous dump as it was; no exception trace for expected faults.
 */
class BuildCommandTest {

  private static final Path SAMPLES = Path.of("corpus/fr");
  private static final String NOT_A_RESOLUTION = "Liste de courses\n\nPain, lait, œufs.\nPommes de terre.\n";

  @TempDir
  Path dir;

  /** What a run printed, and its exit status. */
  record Run(int status, String out, String err) {
    void hasNoTrace() {
      assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "an exception trace:\n" + err);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = HrcKg.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void badTextsAreReportedByFileAndLineAndTheOthersAreBuilt() throws IOException {
    Path corpus = samplesWith(dir.resolve("corpus"));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
    Files.writeString(corpus.resolve("courses.md"), NOT_A_RESOLUTION);
    String draft = Files.readString(firstSample());
    Files.writeString(corpus.resolve("truncated.txt"), draft.substring(0, draft.indexOf("1.")));
    Files.write(corpus.resolve("latin.txt"), Files.readAllBytes(Path.of("src/test/resources/loader-cases/windows-1252/input.txt")));
    Path dump = dir.resolve("out.nq");

    Run run = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(HrcKg.DATA_PROBLEM, run.status());
    run.hasNoTrace();
    assertTrue(run.err().contains("empty.txt: error: the file is empty"), run.err());
    assertTrue(run.err().contains("binary.txt:2: error: binary file, not text (control byte 0x1A on line 2)"), run.err());
    assertTrue(run.err().contains("courses.md:1: error: not a resolution"), run.err());
    assertTrue(run.err().matches("(?s).*truncated\\.txt:\\d+: error: .*truncated.*"), run.err());
    assertFalse(run.err().contains("latin.txt:"), "a Windows-1252 text is decoded and built: " + run.err());
    DatasetGraph written = RDFDataMgr.loadDatasetGraph(dump.toString());
    assertEquals(Set.of("latin.txt", "000", "001", "002", "003", "004"), sourceFiles(written));
  }

  @Test
  void aCopyOfADocumentIsBuiltOnceAndReported() throws IOException {
    Path corpus = samplesWith(dir.resolve("corpus"));
    Files.copy(firstSample(), corpus.resolve("zz-copy.md"));
    Path dump = dir.resolve("out.nq");

    Run run = run("build", "--corpus", corpus.toString(), "--out", dump.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("zz-copy.md: warning: a copy of " + firstSample().getFileName() + " (byte for byte"), run.err());
    assertEquals(Set.of("000", "001", "002", "003", "004"), sourceFiles(RDFDataMgr.loadDatasetGraph(dump.toString())));
  }

  @Test
  void anotherTextUnderTheSameSymbolIsBuiltOnceAndTheSecondReported() throws IOException {
    Path corpus = samplesWith(dir.resolve("corpus"));
    String sample = Files.readString(firstSample());
    String changed = sample.replace("Charte des Nations Unies", "Charte de l'Organisation des Nations Unies");
    assertTrue(!changed.equals(sample), "a paragraph changed");
    Files.writeString(corpus.resolve("zz-other.md"), changed);
    Path dump = dir.resolve("out.nq");

    Run run = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(HrcKg.DATA_PROBLEM, run.status());
    assertTrue(run.err().contains("zz-other.md: error: the same document as " + firstSample().getFileName()), run.err());
    assertEquals(Set.of("000", "001", "002", "003", "004"), sourceFiles(RDFDataMgr.loadDatasetGraph(dump.toString())));
  }

  @Test
  void dataThatDoesNotConformLeavesThePreviousDumpUntouched() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String text = Files.readString(firstSample());
    Files.writeString(corpus.resolve("item-12.txt"), text.replaceFirst("Point \\d+ de l", "Point 12 de l"));
    Path dump = dir.resolve("out.nq");
    Files.writeString(dump, "previous dump\n");

    Run run = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(HrcKg.DATA_PROBLEM, run.status());
    assertTrue(run.out().contains("violation: item-12.txt: "), run.out());
    assertTrue(run.out().contains("An agenda item of the Council is one of the ten items of its agenda"), run.out());
    assertTrue(run.err().contains("was not written (a previous dump is untouched)"), run.err());
    assertEquals("previous dump\n", Files.readString(dump));
    assertEquals(List.of("out.nq"), listing(dir).stream().filter(n -> !n.equals("corpus")).toList(), "no temporary file left");
  }

  @Test
  void aBuildInWhichEveryTextFailsLeavesThePreviousDumpByteForByte() throws IOException {
    Path dump = dir.resolve("out.nq");
    assertEquals(0, run("build", "--corpus", SAMPLES.toString(), "--out", dump.toString(), "--quiet").status());
    byte[] before = Files.readAllBytes(dump);
    byte[] record = Files.readAllBytes(dir.resolve("out.nq.build.json"));
    Path corpus = Files.createDirectories(dir.resolve("bad"));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.writeString(corpus.resolve("courses.md"), NOT_A_RESOLUTION);

    Run run = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(HrcKg.DATA_PROBLEM, run.status());
    run.hasNoTrace();
    assertTrue(run.err().contains("build: 0 document(s) built, fewer than the 1 required (--min-documents); "
        + dump + " was not written (a previous dump is untouched)"), run.err());
    assertArrayEquals(before, Files.readAllBytes(dump));
    assertArrayEquals(record, Files.readAllBytes(dir.resolve("out.nq.build.json")));
  }

  @Test
  void aBuildThatLosesMoreThanTheAllowedShareReplacesTheDumpOnlyWhenForced() throws IOException {
    Path dump = dir.resolve("out.nq");
    assertEquals(0, run("build", "--corpus", SAMPLES.toString(), "--out", dump.toString(), "--quiet").status());
    byte[] before = Files.readAllBytes(dump);
    Path corpus = Files.createDirectories(dir.resolve("three"));
    for (String name : listing(SAMPLES).subList(0, 3)) {
      Files.copy(SAMPLES.resolve(name), corpus.resolve(name));
    }

    Run refused = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");
    assertEquals(HrcKg.DATA_PROBLEM, refused.status());
    assertTrue(refused.err().contains("3 document(s) built where the previous build has 5: 40% lost, more than the 10% allowed (--max-loss)"),
        refused.err());
    assertArrayEquals(before, Files.readAllBytes(dump));

    assertEquals(0, run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet", "--max-loss", "50%").status());
    assertEquals(3, sourceFiles(RDFDataMgr.loadDatasetGraph(dump.toString())).size());
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.copy(firstSample(), one.resolve(firstSample().getFileName()));
    assertEquals(HrcKg.DATA_PROBLEM, run("build", "--corpus", one.toString(), "--out", dump.toString(), "--quiet").status());
    assertEquals(0, run("build", "--corpus", one.toString(), "--out", dump.toString(), "--quiet", "--force").status());
    assertEquals(1, sourceFiles(RDFDataMgr.loadDatasetGraph(dump.toString())).size());
  }

  @Test
  void aPreviousDumpWithoutItsRecordIsCountedInTheDump() throws IOException {
    Path dump = dir.resolve("out.nq");
    assertEquals(0, run("build", "--corpus", SAMPLES.toString(), "--out", dump.toString(), "--quiet").status());
    Files.delete(dir.resolve("out.nq.build.json"));
    Path corpus = Files.createDirectories(dir.resolve("one"));
    Files.copy(firstSample(), corpus.resolve(firstSample().getFileName()));

    Run refused = run("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(HrcKg.DATA_PROBLEM, refused.status());
    assertTrue(refused.err().contains("1 document(s) built where the previous build has 5: 80% lost"), refused.err());
  }

  @Test
  void aDumpThatCannotBeWrittenIsReportedAndNothingIsReplaced() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Run run = run("build", "--out", notAFolder.resolve("out.nq").toString(), "--quiet");
    assertEquals(HrcKg.USAGE, run.status(), "checked before the build (issue 11)");
    run.hasNoTrace();
    assertTrue(run.err().contains("build: cannot write " + notAFolder.resolve("out.nq")), run.err());
    assertEquals("x", Files.readString(notAFolder));
  }

  @Test
  void optionsThatCannotBeObeyedExitWithTwo() {
    Run format = run("build", "--out", dir.resolve("out.xyz").toString());
    assertEquals(HrcKg.USAGE, format.status());
    assertTrue(format.err().contains("cannot tell the format of"), format.err());

    Run missing = run("build", "--corpus", dir.resolve("nowhere").toString(), "--out", dir.resolve("o.nq").toString());
    assertEquals(HrcKg.USAGE, missing.status());
    assertTrue(missing.err().contains("no such file or folder: " + dir.resolve("nowhere")), missing.err());

    Run base = run("build", "--base-uri", "ftp://example.org/", "--out", dir.resolve("o.nq").toString());
    assertEquals(HrcKg.USAGE, base.status());
    assertTrue(base.err().contains("the base URI must be an absolute http(s) URI"), base.err());
  }

  @Test
  void theBundledCorpusBuildsCleanAndValidates() throws IOException {
    Path dump = dir.resolve("hrc.trig");
    Run build = run("build", "--out", dump.toString());
    assertEquals(0, build.status(), build.err());
    assertTrue(build.out().matches("(?s).*531 document\\(s\\) built, 0 failed; \\d+ triples in 95 graphs.*"), build.out());

    Run validate = run("validate", dump.toString());
    assertEquals(0, validate.status(), validate.out() + validate.err());
    assertTrue(validate.out().contains("0 violation(s), 63 warning(s)"), validate.out());
  }

  @Test
  void validateReportsViolationsAndUnreadableFiles() throws IOException {
    Path invalid = Path.of("src/test/resources/shapes-cases/CitationShape/invalid/case.ttl");
    Run violations = run("validate", invalid.toString());
    assertEquals(HrcKg.DATA_PROBLEM, violations.status());
    assertTrue(violations.out().contains("7 violation(s)"), violations.out());

    Path broken = Files.writeString(dir.resolve("broken.ttl"), "<a> <b> .\n");
    Run unreadable = run("validate", broken.toString());
    assertEquals(HrcKg.DATA_PROBLEM, unreadable.status(), "RDF that does not parse is a data problem (issue 7)");
    unreadable.hasNoTrace();
    assertTrue(unreadable.err().contains("validate: " + broken + ":1:9: not valid Turtle: "), unreadable.err());
  }

  @Test
  void aStoreRebuiltAfterOneTextChangedParsesThatTextAlone() throws IOException {
    Path corpus = samplesWith(dir.resolve("corpus"));
    Path store = dir.resolve("store");
    Run first = run("build", "--corpus", corpus.toString(), "--store", store.toString(), "--quiet");
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("5 document(s) built, 0 failed; 5 file(s) parsed"), first.out());
    Path changed = firstSample();
    Files.writeString(corpus.resolve(changed.getFileName()), Files.readString(changed).replace("Charte des Nations Unies", "Charte des  Nations Unies"));

    Run again = run("build", "--corpus", corpus.toString(), "--store", store.toString(), "--quiet");

    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().contains("5 document(s) built, 0 failed; 1 file(s) parsed, the others as the store remembers them"),
        again.out());
  }

  private static Path firstSample() throws IOException {
    return listing(SAMPLES).stream().map(SAMPLES::resolve).findFirst().orElseThrow();
  }

  private static Path samplesWith(Path corpus) throws IOException {
    Files.createDirectories(corpus);
    for (String name : listing(SAMPLES)) {
      Files.copy(SAMPLES.resolve(name), corpus.resolve(name));
    }
    return corpus;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The source files of the documents of a dump, samples by their three-digit prefix. */
  /** The files the documents were read from (the quality graph names the others too, in its classes of warnings). */
  private static Set<String> sourceFiles(DatasetGraph dataset) {
    return dataset.stream().filter(q -> q.getPredicate().getURI().endsWith("#sourceFileName"))
        .filter(q -> !q.getGraph().getURI().endsWith("/id/graph/quality"))
        .map(q -> q.getObject().getLiteralLexicalForm())
        .map(name -> name.matches("\\d{3}_.*") ? name.substring(0, 3) : name)
        .collect(Collectors.toSet());
  }
}
