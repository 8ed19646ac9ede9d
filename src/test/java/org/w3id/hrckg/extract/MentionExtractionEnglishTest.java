package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.source.OffsetText;

/** Funds, States and SDGs named in English phrases of the corpus, one row each ("KIND key"). */
class MentionExtractionEnglishTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a fund by its official name",
            "the Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights",
            "FUND vftc"),
        row("the same fund without \"United Nations\"",
            "the important role played by the Voluntary Fund for Technical Cooperation in the Field of Human Rights,",
            "FUND vftc"),
        row("the implementation fund by the name the texts use",
            "and of the Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review through their annual reports",
            "FUND upr-implementation"),
        row("the participation fund in lower case",
            "to establish a universal periodic review voluntary trust fund to facilitate the participation of developing countries",
            "FUND upr-participation"),
        row("the LDC/SIDS fund by its long name",
            "the Voluntary Technical Assistance Trust Fund to Support the Participation of Least Developed Countries and Small Island Developing States in the Work of the Human Rights Council",
            "FUND ldc-sids"),
        row("the mainstreaming fund without \"Trust\"",
            "Taking note of the decision to close the Human Rights Mainstreaming Fund at the end of 2024,",
            "FUND hr-mainstreaming"),
        row("a climate fund is not a human rights fund",
            "the Least Developed Countries Fund and the Green Climate Fund"),
        row("a goal by number",
            "in particular Sustainable Development Goal 16, on peaceful and inclusive societies,",
            "SDG_GOAL 16"),
        row("bare goals in a paragraph about the 2030 Agenda",
            "the 2030 Agenda for Sustainable Development, in particular Goals 5 and 16,",
            "SDG_GOAL 5", "SDG_GOAL 16"),
        row("targets and their goals",
            "including target 12.4 of the Sustainable Development Goals, as well as targets 3.9 and 6.3,",
            "SDG_TARGET 12.4", "SDG_GOAL 12", "SDG_TARGET 3.9", "SDG_GOAL 3", "SDG_TARGET 6.3", "SDG_GOAL 6"),
        row("a goal by its acronym",
            "the attainment of SDG 5 on gender equality",
            "SDG_GOAL 5"),
        row("the Millennium goals are not the SDGs, even beside the 2030 Agenda",
            "building on Millennium Development Goal 8 and the 2030 Agenda for Sustainable Development,"),
        row("States named in the text",
            "the pilot forum co-organized by Norway and Singapore in February 2020,",
            "STATE NOR", "STATE SGP"));
  }

  private static Arguments row(String note, String text, String... expected) {
    return Arguments.of(note, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheMentions(String note, String text, List<String> expected) {
    List<Mention> found = new MentionExtractor(Gazetteers.funds(Language.ENGLISH), Gazetteers.states(Language.ENGLISH),
        new Spans(text), EnglishProfile.INSTANCE.sdg()).extract(OffsetText.of(text));
    assertEquals(expected, found.stream().map(m -> m.kind() + " " + m.key()).toList(), note);
  }
}
