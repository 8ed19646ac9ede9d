package org.w3id.hrckg.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The opening phrases of English paragraphs, read by morphology and the lexicons beside EnglishClauseStarters. */
class EnglishClauseStartersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Recalling its resolutions 5/1 and 5/2|Recalling",
      "Reaffirming also the importance|Reaffirming also",
      "Deeply concerned at the situation|Deeply concerned",
      "Noting with appreciation the work|Noting with appreciation",
      "Bearing in mind paragraph 6 of General Assembly resolution 60/251|Bearing in mind",
      "Guided by the Charter of the United Nations|Guided",
      "Aware that the enjoyment|Aware",
      "Convinced also that|Convinced also",
      "Mindful of the importance|Mindful",
      "Conscious of the need|Conscious",
      "Recalling once again its commitment to|Recalling once again its commitment",
      "Expressing deep concern at|Expressing deep concern",
      "Noting with grave concern further that|Noting with grave concern further",
      "Welcoming and encouraging the efforts|Welcoming and encouraging",
      "Having considered the report|Having considered",
      "Being gravely concerned at|Being gravely concerned",
      "Also convinced that|Also convinced",
      "Taking into account the report|Taking into account",
      "Recalling its decision 25/116 of 27 March 2014|Recalling"})
  void readsPreambularOpenings(String text, String phrase) {
    assertEquals(Optional.of(phrase), EnglishClauseStarters.INSTANCE.preambular(text), "a line starting: " + text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Including States", "Building on the work", "During the session", "General Assembly resolution 60/251",
      "recalling all instruments", "Meeting the needs of", "Family planning services"})
  void aNounAPrepositionOrALowerCaseWordOpensNothing(String text) {
    assertEquals(Optional.empty(), EnglishClauseStarters.INSTANCE.preambular(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Decides to convene a panel discussion|Decides",
      "Requests the Office of the High Commissioner|Requests",
      "Also requests the Secretary-General|Also requests",
      "Calls upon all States|Calls upon",
      "Calls once again upon States|Calls once again upon",
      "Encourages States|Encourages",
      "Welcomes with appreciation the report|Welcomes with appreciation",
      "Takes note with appreciation of the report|Takes note with appreciation",
      "Strongly condemns all acts|Strongly condemns",
      "Reaffirms its commitment to|Reaffirms its commitment",
      "Reiterates its call upon States|Reiterates its call upon",
      "Expresses the hope that|Expresses the hope",
      "Welcomes and encourages the efforts|Welcomes and encourages",
      "Continues to encourage States|Continues to encourage",
      "Remains deeply concerned at|Remains deeply concerned",
      "Condemns in the strongest terms the attacks|Condemns in the strongest terms",
      "Bears in mind that|Bears in mind",
      "Reaffirms its decision 25/116|Reaffirms"})
  void readsOperativeVerbs(String text, String phrase) {
    assertEquals(Optional.of(phrase), EnglishClauseStarters.INSTANCE.operative(text), "a line starting: " + text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"States Parties to the Convention", "Recalling its resolutions", "Its members", "Nations of the world"})
  void aNounOrAParticipleIsNoOperativeVerb(String text) {
    assertEquals(Optional.empty(), EnglishClauseStarters.INSTANCE.operative(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"recall|recalls|recalling", "stress|stresses|stressing", "note|notes|noting",
      "agree|agrees|agreeing", "reply|replies|replying", "be|is|being", "have|has|having", "urge|urges|urging"})
  void makesTheFormsOfAVerb(String base, String third, String participle) {
    assertEquals(third, EnglishClauseStarters.thirdPerson(base));
    assertEquals(participle, EnglishClauseStarters.presentParticiple(base));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Recalling", "Noting with concern", "Aware of"})
  void aListedPhraseOrAParticipleIsStrong(String text) {
    assertTrue(EnglishClauseStarters.INSTANCE.strongPreambular(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"During", "the Council", "Including"})
  void otherLinesAreNot(String text) {
    assertFalse(EnglishClauseStarters.INSTANCE.strongPreambular(text));
  }
}
