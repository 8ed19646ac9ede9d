package org.w3id.hrckg.read.akn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;

/** The 89 resolutions of the Council's sessions 54 to 56 in the UN's XML, in its six languages ({@link AknCorpusChecks}). */
class AknCouncilCorpusTest {

  private static AknCorpusChecks checks;

  @BeforeAll
  static void parse() throws Exception {
    Path akn = SharedFolder.path().resolve("corpus/akn");
    checks = new AknCorpusChecks(AknCorpus.of(List.of("fr", "en", "es", "ru", "ar", "zh").stream().map(akn::resolve).toList()),
        "council");
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
