package org.w3id.hrckg.read.akn;

import java.util.List;

/** The 89 resolutions of the Council's sessions 54 to 56 in the UN's XML, in its six languages ({@link AknCorpusChecks}). */
class AknCouncilCorpusTest extends AknCorpusSuite {

  AknCouncilCorpusTest() {
    super("corpus/akn", List.of("fr", "en", "es", "ru", "ar", "zh"), "council");
  }
}
