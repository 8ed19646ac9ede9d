package org.w3id.hrckg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is typed in the search box, and the Lucene query it becomes: nothing typed can break it. */
class SearchTermsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "Droits humains              | +droits +humains",
      "60/251                      | +\"60/251\"",
      "A/HRC/51/L.15/Rev.1         | +\"A/HRC/51/L.15/Rev.1\"",
      "'\"peine de mort\" Turquie' | +\"peine de mort\" +turquie",
      "'torture AND (OR'           | +torture +and +\"(OR\"",
      "l'homme                     | +\"l'homme\"",
      "'  '                        | ''",
      "'* ? :'                     | ''",
      "'\"open phrase'             | +\"open phrase\"",
  })
  void typedTextBecomesALuceneQuery(String typed, String lucene) {
    assertEquals(lucene, SearchTerms.of(typed).lucene());
  }
}
