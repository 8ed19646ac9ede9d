package org.w3id.hrckg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The named query {@code mandate-timeline} over Akoma Ntoso texts that renew mandates (the sample
 * corpus renews none): A/HRC/RES/54/10 (English and French), 55/19 (English and French) and 55/25
 * (English). Each row was read in the texts: the operative paragraph that decides to extend the
 * mandate, and the date of adoption of the markup's {@code FRBRdate name="adoption"}.
 */
class MandateTimelineTest {

  private static DatasetGraph dataset;

  @BeforeAll
  static void build() {
    List<SourceFile> files = new ArrayList<>();
    for (String name : List.of("en/A_HRC_RES_54_10E", "fr/A_HRC_RES_54_10F", "en/A_HRC_RES_55_19E", "fr/A_HRC_RES_55_19F",
        "en/A_HRC_RES_55_25E")) {
      try {
        files.add(SourceFile.of(SharedFolder.path().resolve(Path.of("corpus/akn", name + ".xml"))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    dataset = UnionDefaultGraph.of(DatasetBuilder.build(files, new IriMinter("http://kg.example.org/"), f -> { }).dataset());
  }

  @Test
  void listsEachMandateWithTheResolutionsThatRenewedItInOrder() {
    assertEquals(List.of(
        // 55/25, OP 23: "Decides to extend the mandate of Independent Expert on the situation of human rights in Mali"
        "independent-expert-on-the-situation-of-human-rights-in-mali | independent-expert | renewed | A/HRC/RES/55/25 | 2024-04-04"
            + " | A/HRC/RES/55/25, operative paragraph 23",
        // 55/19, OP 2: "Also decides to extend the mandate of the independent international fact-finding mission ..."
        "independent-international-fact-finding-mission-on-the-islamic-republic-of-iran | fact-finding-mission | renewed"
            + " | A/HRC/RES/55/19 | 2024-04-04 | A/HRC/RES/55/19, operative paragraph 2",
        // 54/10, OP 2: "Decides to extend the mandate of Special Rapporteur on the implications for human rights of ..."
        "special-rapporteur-on-the-implications-for-human-rights-of-the-environmentally-sound-management-and-disposal-of-hazardous"
            + "-substances-and-wastes | special-rapporteur | renewed | A/HRC/RES/54/10 | 2023-10-11 | A/HRC/RES/54/10, operative paragraph 2",
        // 55/19, OP 1: "Decides to extend the mandate of Special Rapporteur on the situation of human rights in the Islamic Republic of Iran"
        "special-rapporteur-on-the-situation-of-human-rights-in-the-islamic-republic-of-iran | special-rapporteur | renewed"
            + " | A/HRC/RES/55/19 | 2024-04-04 | A/HRC/RES/55/19, operative paragraph 1"),
        rows(Map.of()));
  }

  @Test
  void aMandateByItsNotation() {
    assertEquals(List.of("independent-expert-on-the-situation-of-human-rights-in-mali | independent-expert | renewed | A/HRC/RES/55/25"
        + " | 2024-04-04 | A/HRC/RES/55/25, operative paragraph 23"),
        rows(Map.of("mandate", "independent-expert-on-the-situation-of-human-rights-in-mali")));
  }

  private static List<String> rows(Map<String, String> params) {
    NamedQuery query = QueryCatalogue.all().stream().filter(q -> q.name().equals("mandate-timeline")).findFirst().orElseThrow();
    return Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query.bind(params)).build()) {
        ResultSet rs = ResultSet.adapt(exec.select());
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          rows.add(String.join(" | ", rs.getResultVars().stream().map(v -> s.get(v) == null ? "" : s.get(v).isLiteral()
              ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()).toList()));
        }
        return rows;
      }
    });
  }
}
