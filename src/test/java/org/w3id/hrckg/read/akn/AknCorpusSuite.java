package org.w3id.hrckg.read.akn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.hrckg.SharedFolder;

/**
 * The checks of {@link AknCorpusChecks} on one corpus of the UN's XML in {@code ../shared}, read
 * once for all of them; a subclass names the corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AknCorpusSuite {

  private final String folder;
  private final List<String> languages;
  private final String name;
  private AknCorpusChecks checks;

  /**
   * @param folder the corpus under {@code ../shared}
   * @param languages its language folders
   * @param name the name of its fixtures and baseline
   */
  AknCorpusSuite(String folder, List<String> languages, String name) {
    this.folder = folder;
    this.languages = languages;
    this.name = name;
  }

  @BeforeAll
  void parse() throws Exception {
    Path corpus = SharedFolder.path().resolve(folder);
    checks = new AknCorpusChecks(AknCorpus.of(languages.stream().map(corpus::resolve).toList()), name);
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
  void everyVoterIsAState() throws Exception {
    checks.everyVoterIsAState();
  }

  @Test
  void everySponsorIsAState() throws Exception {
    checks.everySponsorIsAState();
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
