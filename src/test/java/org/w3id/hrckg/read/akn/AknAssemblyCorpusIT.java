package org.w3id.hrckg.read.akn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;

/** The Assembly's resolutions of sessions 75 to 78 in the UN's XML, French and English ({@link AknCorpusChecks}): an integration test, for its two minutes. */
class AknAssemblyCorpusIT {

  private static AknCorpusChecks checks;

  @BeforeAll
  static void parse() throws Exception {
    Path akn = SharedFolder.path().resolve("corpus/akn-ga");
    checks = new AknCorpusChecks(AknCorpus.of(List.of("fr", "en").stream().map(akn::resolve).toList()),
        "assembly");
  }

  @Test
  void noFileGivesAnError() {
    checks.noFileGivesAnError();
  }

  @Test
  void paragraphCountsEqualTheMarkup() throws Exception {
    checks.paragraphCountsEqualTheMarkup();
  }

  @Test
  void votesPerStateEqualTheMarkup() throws Exception {
    checks.votesPerStateEqualTheMarkup();
  }

  @Test
  void languageVersionsAgree() throws Exception {
    checks.languageVersionsAgree();
  }

  @Test
  void countsEqualTheBaseline() throws Exception {
    checks.countsEqualTheBaseline();
  }
}
