package org.w3id.hrckg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.extract.CitationPatterns;

/** Every series of the table on its real example: parsed as a symbol of its series, and found by the citation scanner's pattern. */
class SymbolSeriesTest {

  @Test
  void everyExampleIsASymbolOfItsSeriesAndIsFound() {
    Set<String> prefixes = new HashSet<>();
    for (SymbolSeries series : SymbolSeries.ALL) {
      assertTrue(prefixes.add(series.prefix()), "listed once: " + series.prefix());
      UnSymbol symbol = UnSymbol.parse(series.example()).orElseThrow(() -> new AssertionError(series.example()));
      assertEquals(series.prefix(), symbol.series(), series.example());
      Matcher m = CitationPatterns.SYMBOL.matcher("Voir le document " + series.example() + ".");
      assertTrue(m.find(), "found: " + series.example());
      assertEquals(series.example(), m.group("symbol"));
    }
  }

  @Test
  void aStringOfAnUnknownSeriesIsNoDocument() {
    assertTrue(!CitationPatterns.SYMBOL.matcher("la cible ODD/16 et COVID/19").find());
  }
}
