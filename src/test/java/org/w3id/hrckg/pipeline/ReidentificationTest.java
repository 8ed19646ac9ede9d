package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.vocab.Hrc;

/**
 * A file published under another resolution's symbol, through the whole build: the French file of
 * A/RES/78/4 bears A/RES/78/3 on its cover (fixtures under {@code reidentify/}, from the UN's
 * XML). Its draft, A/78/L.3, is the one the English version of A/RES/78/4 names, and A/RES/78/4 has
 * no French version: it is read as A/RES/78/4, with a warning. Where the evidence settles nothing,
 * it stays what it was, the second file of A/RES/78/3's French version, left out with an error;
 * and a copy stays a copy.
 */
class ReidentificationTest {

  private static final IriMinter IRIS = new IriMinter("http://kg.example.org/");
  private static final Path FIXTURES = Path.of("src/test/resources/reidentify");
  private static final String FR_3 = "78-3.fr.xml";
  private static final String BEARING = "78-4-bearing-78-3.fr.xml";
  private static final String EN_3 = "78-3.en.xml";
  private static final String EN_4 = "78-4.en.xml";
  private static final Pattern MANIFESTATION = Pattern.compile(
      "^<http://kg\\.example\\.org/id/doc/(.+)/(\\w\\w)/xml> <https://w3id\\.org/hrc-kg/ontology#sourceFileName> \"([^\"]+)\"");
  /** A statement of a quality finding: its node, the property, an IRI or a literal. */
  private static final Pattern FINDING = Pattern.compile("^<([^>]+/finding/[^>]+)> <([^>]+)> (?:<([^>]+)>|\"([^\"]*)\")");
  private static final String REIDENTIFIED = "warning: " + BEARING + ": bears the symbol A/RES/78/3, as " + FR_3 + " does with"
      + " another draft; its draft A/78/L.3 is the one the other languages give for A/RES/78/4, which has no version in this"
      + " language: re-identified as A/RES/78/4";
  private static final String LEFT_OUT = "error: " + BEARING + ": the same document as " + FR_3 + " (symbol A/RES/78/3), in the"
      + " same language and format; left out, as a corpus holds each language version of a document once per format";

  /** A fixture file, under its own name or another, its text changed. */
  private record File(String name, String fixture, UnaryOperator<String> change) {

    static File of(String fixture) {
      return new File(fixture, fixture, UnaryOperator.identity());
    }

    SourceFile source() throws IOException {
      return SourceFile.of(name, change.apply(Files.readString(FIXTURES.resolve(fixture))).getBytes(StandardCharsets.UTF_8));
    }
  }

  static Stream<Arguments> corpora() {
    return Stream.of(
        Arguments.of("re-identified by its draft", List.of(File.of(FR_3), File.of(BEARING), File.of(EN_3), File.of(EN_4)),
            List.of(REIDENTIFIED),
            List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4, "A/RES/78/4 fr " + BEARING)),
        Arguments.of("under a name that says nothing: the rule reads no file name", List.of(File.of(FR_3),
            new File("x.xml", BEARING, UnaryOperator.identity()), File.of(EN_3), File.of(EN_4)),
            List.of(REIDENTIFIED.replace(BEARING, "x.xml")),
            List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4, "A/RES/78/4 fr x.xml")),
        Arguments.of("not conclusive: no draft", List.of(File.of(FR_3),
            new File(BEARING, BEARING, t -> t.replace(" as=\"A/78/L.3\"", "")), File.of(EN_3), File.of(EN_4)),
            List.of(LEFT_OUT), List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4)),
        Arguments.of("not conclusive: no other language names the draft", List.of(File.of(FR_3), File.of(BEARING), File.of(EN_3)),
            List.of(LEFT_OUT), List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3)),
        Arguments.of("not conclusive: the other languages name the draft for two resolutions", List.of(File.of(FR_3),
            File.of(BEARING), new File(EN_3, EN_3, t -> t.replace("\"A/78/L.2\"", "\"A/78/L.3\"")), File.of(EN_4)),
            List.of(LEFT_OUT), List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4)),
        Arguments.of("not conclusive: the resolution has its French version", List.of(File.of(FR_3), File.of(BEARING),
            new File("78-4.fr.xml", BEARING, t -> t.replace(">A/RES/78/3</docNumber>", ">A/RES/78/4</docNumber>")),
            File.of(EN_3), File.of(EN_4)),
            List.of(LEFT_OUT),
            List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4, "A/RES/78/4 fr 78-4.fr.xml")),
        Arguments.of("a copy with the same draft stays a copy", List.of(File.of(FR_3), new File("copy.xml", FR_3, t -> t + "\n"),
            File.of(EN_3), File.of(EN_4)),
            List.of("warning: copy.xml: a copy of " + FR_3 + " (the same text, symbol A/RES/78/3); read once"),
            List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4)),
        Arguments.of("a copy of the file re-identified is re-identified too, and read once", List.of(File.of(FR_3), File.of(BEARING),
            new File("copy.xml", BEARING, t -> t + "\n"), File.of(EN_3), File.of(EN_4)),
            List.of(REIDENTIFIED, REIDENTIFIED.replace(BEARING, "copy.xml"),
                "warning: copy.xml: a copy of " + BEARING + " (the same text, symbol A/RES/78/4); read once"),
            List.of("A/RES/78/3 en " + EN_3, "A/RES/78/3 fr " + FR_3, "A/RES/78/4 en " + EN_4, "A/RES/78/4 fr " + BEARING)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void aFileUnderAnotherResolutionsSymbol(String what, List<File> files, List<String> diagnostics, List<String> manifestations)
      throws IOException {
    List<SourceFile> corpus = new ArrayList<>();
    for (File f : files) {
      corpus.add(f.source());
    }
    Streamed built = build(corpus, 2, null);
    assertEquals(diagnostics, built.report().diagnostics().stream().filter(ReidentificationTest::assembles)
        .map(ReidentificationTest::render).toList());
    assertEquals(manifestations, manifestations(built.bytes()));
    assertEquals(diagnostics.stream().filter(d -> d.contains("re-identified as A/RES/78/4")).map(d -> d.replace("warning: ", "")
        + " (concerns http://kg.example.org/id/doc/A/RES/78/4)").toList(), reidentifiedByDraft(built.bytes()));
  }

  @TempDir
  Path dir;

  @Test
  void theSameBytesFromOneThreadAndThreeAndFromAnIncrementalBuild() throws IOException {
    List<SourceFile> corpus = new ArrayList<>();
    for (String f : List.of(FR_3, BEARING, EN_3)) {
      corpus.add(File.of(f).source());
    }
    try (DocumentSpill spill = DocumentSpill.in(dir.resolve("parsed"))) {
      build(corpus, 2, spill);
      corpus.add(File.of(EN_4).source());
      Streamed incremental = build(corpus, 2, spill);
      assertEquals(1, incremental.report().parsed(), "only the English version of A/RES/78/4, which settles the French file");
      byte[] one = build(corpus, 1, null).bytes();
      assertArrayEquals(one, build(corpus, 3, null).bytes());
      assertEquals(new String(one, StandardCharsets.UTF_8), new String(incremental.bytes(), StandardCharsets.UTF_8));
    }
  }

  private static Streamed build(List<SourceFile> corpus, int threads, DocumentSpill spill) throws IOException {
    return Streamed.build(IRIS, corpus, threads, spill);
  }

  /** The diagnostics of the assembly: copies, second files left out, re-identifications. */
  private static boolean assembles(Diagnostic d) {
    return d.message().startsWith("a copy of ") || d.message().startsWith("the same document as ")
        || d.message().contains("re-identified as");
  }

  private static String render(Diagnostic d) {
    return d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.file() + ": " + d.message();
  }

  /** "file: message (concerns IRI)" for every quality finding of a re-identification, sorted. */
  private static List<String> reidentifiedByDraft(byte[] nquads) {
    Map<String, Map<String, String>> findings = new TreeMap<>();
    for (String line : new String(nquads, StandardCharsets.UTF_8).split("\n")) {
      Matcher m = FINDING.matcher(line);
      if (m.find()) {
        findings.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), m.group(3) != null ? m.group(3) : m.group(4));
      }
    }
    TreeSet<String> found = new TreeSet<>();
    findings.values().stream().filter(f -> (Hrc.NS + "reidentifiedByDraft").equals(f.get(Hrc.findingKind.getURI())))
        .forEach(f -> found.add(f.get(Hrc.sourceFileName.getURI()) + ": " + f.get(RDFS.comment.getURI()) + " (concerns "
            + f.get(Hrc.concerns.getURI()) + ")"));
    return List.copyOf(found);
  }

  /** "symbol language file" for every file read as the XML of an expression, sorted. */
  private static List<String> manifestations(byte[] nquads) {
    TreeSet<String> found = new TreeSet<>();
    for (String line : new String(nquads, StandardCharsets.UTF_8).split("\n")) {
      Matcher m = MANIFESTATION.matcher(line);
      if (m.find()) {
        found.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
      }
    }
    return List.copyOf(found);
  }
}
