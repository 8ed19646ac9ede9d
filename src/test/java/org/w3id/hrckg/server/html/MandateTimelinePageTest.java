package org.w3id.hrckg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.server.linkeddata.ResourceDescriber;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.store.DatasetBuilder;

/**
 * A mandate's page shows its timeline from the description its data URL serves: A/HRC/RES/55/19
 * (English and French) renews two mandates, each in one operative paragraph, adopted on 4 April
 * 2024 (the markup's date of adoption).
 */
class MandateTimelinePageTest {

  private static final String BASE = "http://kg.example.org/";

  @Test
  void theSpecialRapporteursPageListsTheResolutionThatRenewedIt() throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (String name : List.of("en/A_HRC_RES_55_19E", "fr/A_HRC_RES_55_19F")) {
      files.add(SourceFile.of(SharedFolder.path().resolve(Path.of("corpus/akn", name + ".xml"))));
    }
    IriMinter iris = new IriMinter(BASE);
    DatasetGraph dataset = DatasetBuilder.build(files, iris, f -> { }).dataset();
    String mandate = iris.mandate("special-rapporteur-on-the-situation-of-human-rights-in-the-islamic-republic-of-iran");
    List<String> timeline = Txn.calculateRead(dataset, () -> {
      Graph g = new ResourceDescriber(dataset).describe(mandate).orElseThrow();
      Description d = new Description(g, new ResourcePaths(iris), "en", TermLabels.of(dataset, iris));
      return ThingPage.timeline(d, d.resource(mandate)).stream()
          .map(m -> m.adopted() + " " + m.event() + ": " + m.paragraph().label()).toList();
    });
    assertEquals(List.of("2024-04-04 extends mandate: A/HRC/RES/55/19, operative paragraph 1"), timeline);
  }
}
