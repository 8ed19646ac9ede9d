package org.w3id.hrckg.read.akn;

import java.util.List;

/** The Assembly's resolutions of sessions 75 to 78 in the UN's XML, French and English ({@link AknCorpusChecks}): an integration test, for its two minutes. */
class AknAssemblyCorpusIT extends AknCorpusSuite {

  AknAssemblyCorpusIT() {
    super("corpus/akn-ga", List.of("fr", "en"), "assembly");
  }
}
