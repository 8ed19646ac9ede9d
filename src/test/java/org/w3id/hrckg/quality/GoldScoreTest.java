package org.w3id.hrckg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;

/**
 * The bundled sample corpus against its hand-made ground truth ({@code gold/seeds.json}, a copy
 * of {@code ../shared/gold/seeds.json}), category by category: every category at F1 = 1.
 */
class GoldScoreTest {

  private static Map<String, GoldScorer.Score> scores;

  @BeforeAll
  static void build() throws IOException {
    BuiltDataset built = DatasetBuilder.build(CorpusSource.bundled(), new IriMinter("http://kg.example.org/"), f -> { });
    try (InputStream gold = GoldScoreTest.class.getResourceAsStream("/gold/seeds.json")) {
      scores = GoldScorer.score(gold, DatasetBuilder.union(built.dataset()));
    }
  }

  static Stream<String> categories() {
    return GoldScorer.CATEGORIES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categories")
  void everyCategoryScoresOne(String category) {
    GoldScorer.Score s = scores.get(category);
    assertEquals(1.0, s.f1(), 1e-9, () -> category + ": missed " + s.missed() + ", spurious " + s.spurious());
  }
}
