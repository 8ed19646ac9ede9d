package org.w3id.hrckg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.synth.SyntheticCorpus;

/**
 * Extraction against ground truth, category by category, every category at F1 = 1: the bundled
 * sample corpus against its hand-made gold ({@code gold/seeds.json}, a copy of
 * {@code ../shared/gold/seeds.json}), and a few hundred synthetic texts of both text styles against
 * the gold their generator wrote beside them (which checks generator and parser together).
 */
class GoldScoreTest {

  private static final int SYNTHETIC_TEXTS = 300;

  @TempDir
  static Path synthetic;

  private static Map<String, Map<String, GoldScorer.Score>> scores;

  @BeforeAll
  static void build() throws IOException {
    SyntheticCorpus.write(synthetic, SYNTHETIC_TEXTS, 11);
    try (InputStream samples = GoldScoreTest.class.getResourceAsStream("/gold/seeds.json");
         InputStream generated = Files.newInputStream(synthetic.resolve("gold.json"))) {
      scores = Map.of("samples", score(CorpusSource.samples(), samples),
          "synthetic", score(CorpusSource.folder(synthetic), generated));
    }
  }

  private static Map<String, GoldScorer.Score> score(List<SourceFile> corpus, InputStream gold) throws IOException {
    BuiltDataset built = DatasetBuilder.build(corpus, new IriMinter("http://kg.example.org/"), f -> { });
    return GoldScorer.score(gold, DatasetBuilder.union(built.dataset()));
  }

  static Stream<Arguments> categories() {
    return Stream.of("samples", "synthetic").flatMap(c -> GoldScorer.CATEGORIES.stream().map(k -> Arguments.of(c, k)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("categories")
  void everyCategoryScoresOne(String corpus, String category) {
    GoldScorer.Score s = scores.get(corpus).get(category);
    assertEquals(1.0, s.f1(), 1e-9, () -> corpus + ", " + category + ": missed " + some(s.missed()) + ", spurious "
        + some(s.spurious()));
  }

  private static String some(Set<?> items) {
    return items.size() + " " + items.stream().limit(8).toList();
  }
}
