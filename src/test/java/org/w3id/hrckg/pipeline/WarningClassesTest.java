package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.WarningClass;

/**
 * The warnings of a build in its quality graph, by class: real warnings of the UN's XML, one row
 * each, with the class they fall in; and a build of three files whose quality graph counts each
 * class's warnings and names its files as the build's own diagnostics do.
 */
class WarningClassesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("the workflow step \"draftResolutionAdditionalSponsors\" is dated 0001-01-01, the markup's placeholder for no date;"
            + " no date is kept", "the workflow step \"…\" is dated n, the markup's placeholder for no date; no date is kept"),
        Arguments.of("the workflow dates the adoption 2023-10-13, the date of issue, the conclusions 2023-10-11; the conclusions' date is kept",
            "the workflow dates the adoption n, the date of issue, the conclusions n; the conclusions' date is kept"),
        Arguments.of("the preface numbers the resolution \"54/.\" but its cover gives the symbol A/HRC/RES/54/5; the cover's symbol is kept",
            "the preface numbers the resolution \"…\" but its cover gives the symbol n; the cover's symbol is kept"),
        Arguments.of("a copy of A_HRC_RES_55_15F.xml (byte for byte, symbol A/HRC/RES/55/15); read once",
            "a copy of n (byte for byte, symbol n); read once"),
        Arguments.of("the recorded vote counts 32, 13, 1 but lists 32, 13, 2 States", "the recorded vote counts n, n, n but lists n, n, n States"),
        Arguments.of("a paragraph of the main body opens as preambular paragraphs do (\"وإذ يشدّد على أهمية…\"); read as preambular",
            "a paragraph of the main body opens as preambular paragraphs do (\"…\"); read as preambular"),
        Arguments.of("not the name of a State in the list of the recorded vote: \"Cameron\"",
            "not the name of a State in the list of the recorded vote: \"…\""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rows")
  void aWarningFallsInTheClassOfItsMessage(String message, String pattern) {
    assertEquals(pattern, WarningClass.patternOf(message));
  }

  @Test
  void theQualityGraphCountsTheWarningsOfEachClassAndNamesTheirFiles() throws IOException {
    Path akn = SharedFolder.path().resolve("corpus/akn");
    List<SourceFile> corpus = new ArrayList<>();
    for (String file : List.of("fr/A_HRC_RES_54_10F.xml", "en/A_HRC_RES_54_10E.xml", "ru/A_HRC_RES_54_5R.xml")) {
      corpus.add(SourceFile.of(akn.resolve(file)));
    }
    Dataset dataset = DatasetFactory.createTxnMem();
    IriMinter iris = new IriMinter("http://kg.example.org/");
    CorpusPipeline.Report report = new CorpusPipeline(iris, DocumentLimits.DEFAULT, 1)
        .run(corpus, StreamRDFLib.dataset(dataset.asDatasetGraph()), f -> { });

    Map<String, String> expected = new TreeMap<>();
    Map<String, List<Diagnostic>> byClass = new TreeMap<>();
    report.diagnostics().stream().filter(d -> !d.isError())
        .forEach(d -> byClass.computeIfAbsent(WarningClass.patternOf(d.message()), k -> new ArrayList<>()).add(d));
    byClass.forEach((pattern, these) -> expected.put(pattern, these.size() + " " + new TreeSet<>(these.stream().map(Diagnostic::file).toList())));

    Map<String, String> found = new TreeMap<>();
    String query = """
        PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?pattern ?n (GROUP_CONCAT(?file; separator=", ") AS ?files) WHERE {
          GRAPH <%s> { ?w a hrc:WarningClass ; rdfs:label ?pattern ; hrc:occurrences ?n ; hrc:sourceFileName ?file }
        } GROUP BY ?pattern ?n""".formatted(iris.qualityGraph());
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
      qe.execSelect().forEachRemaining(r -> found.put(r.getLiteral("pattern").getString(), r.getLiteral("n").getInt() + " "
          + new TreeSet<>(List.of(r.getLiteral("files").getString().split(", ")))));
    }
    assertEquals(expected, found);
    assertEquals("3 [A_HRC_RES_54_10E.xml, A_HRC_RES_54_10F.xml, A_HRC_RES_54_5R.xml]",
        found.get("the workflow step \"…\" is dated n, the markup's placeholder for no date; no date is kept"));
    assertEquals("1 [A_HRC_RES_54_5R.xml]", found.get("the preface numbers the resolution \"…\" but its cover gives the symbol n;"
        + " the cover's symbol is kept"));
  }
}
