package org.w3id.hrckg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator: the same texts for the same seed, both text styles, a citation network shaped like the real one. */
class SyntheticCorpusTest {

  private static List<SyntheticCorpus.Text> texts(int n, long seed) {
    SyntheticCorpus corpus = new SyntheticCorpus(n, seed);
    List<SyntheticCorpus.Text> texts = new ArrayList<>();
    while (corpus.hasNext()) {
      texts.add(corpus.next());
    }
    return texts;
  }

  @Test
  void theSameSeedGivesTheSameTexts() {
    assertEquals(texts(200, 3), texts(200, 3));
    assertNotEquals(texts(200, 3), texts(200, 4));
  }

  @Test
  void bothTextStylesAreWritten() {
    List<SyntheticCorpus.Text> texts = texts(100, 5);
    assertTrue(texts.stream().anyMatch(t -> t.content().contains("***Le Conseil des droits de l'homme,*")), "Markdown");
    assertTrue(texts.stream().anyMatch(t -> t.content().contains("\nLe Conseil des droits de l’homme, \n")), "PDF extraction");
  }

  @Test
  void textsCiteOnlyEarlierResolutionsAndAFewAreCitedMost() {
    Set<String> earlier = new HashSet<>();
    Map<String, Integer> cited = new HashMap<>();
    for (SyntheticCorpus.Text t : texts(2000, 9)) {
      for (GoldDocument.Citation c : t.gold().citations()) {
        if (c.cited().startsWith("A/HRC/RES/")) {
          assertTrue(earlier.contains(c.cited()), () -> t.fileName() + " cites " + c.cited() + " before it is adopted");
          cited.merge(c.cited(), 1, Integer::sum);
        }
      }
      earlier.add(t.gold().symbol());
    }
    List<Integer> counts = cited.values().stream().sorted().toList();
    int median = counts.get(counts.size() / 2);
    int most = counts.get(counts.size() - 1);
    assertTrue(most >= 20 * median, () -> "most cited " + most + " times, the median " + median);
  }
}
