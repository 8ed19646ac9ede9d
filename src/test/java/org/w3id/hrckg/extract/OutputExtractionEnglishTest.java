package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.source.OffsetText;

/**
 * Mandated outputs of English operative paragraphs, one row each: the citing text's session, the
 * paragraph, and the outputs expected ("KIND due actor quantity", "-" for none), written by hand.
 */
class OutputExtractionEnglishTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a report to the Council at a session", 56,
            "Requests the Office of the High Commissioner to present a report to the Human Rights Council at its fifty-ninth session;",
            "REPORT 59 ohchr -"),
        row("a panel the Council decides, the session before the output", 56,
            "Decides to convene, at its fifty-eighth session, a panel discussion on the rights of persons with disabilities;",
            "PANEL_DISCUSSION 58 - -"),
        row("the adverb before the verb; a report to the Assembly has no due session of the Council", 56,
            "Also requests the United Nations High Commissioner for Human Rights to submit a report to the General Assembly at its seventy-ninth session;",
            "REPORT - high-commissioner -"),
        row("each output due at the session of its own clause", 56,
            "Requests the Special Rapporteur to present an oral update to the Human Rights Council at its fifty-seventh session and to submit a report at its fifty-eighth session;",
            "ORAL_UPDATE 57 special-procedures -", "REPORT 58 special-procedures -"),
        row("an intersessional meeting before a session", 56,
            "Decides to hold a one-day intersessional meeting before its fifty-ninth session;",
            "INTERSESSIONAL_MEETING 59 - -"),
        row("consultations with their number", 42,
            "Requests the Office of the High Commissioner to organize five regional consultations devoted to the exchange of experiences and good practices;",
            "CONSULTATION - ohchr 5"),
        row("assistance is no output", 54,
            "Requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary for the fulfilment of the mandate;"),
        row("a panel held in the past, welcomed", 51,
            "Welcomes the panel discussion held at its fiftieth session;"),
        row("a definite panel yet to be held", 58,
            "Decides that the annual panel discussion under agenda item 10 to be held at its fifty-ninth session will focus on technical cooperation;",
            "PANEL_DISCUSSION 59 - -"),
        row("a study and the report made of it: one output, the report (the outputs gold, 55/10)", 55,
            "Requests the Advisory Committee to prepare a study on the negative effects of disinformation, to prepare a report on the subject and to present it to the Council at its sixty-first session;",
            "REPORT 61 advisory-committee -"),
        row("the next session, counted from the document's own", 55,
            "Requests the High Commissioner to present a report at its next session;",
            "REPORT 56 high-commissioner -"),
        row("a request to States mandates nothing of the UN", 54,
            "Calls upon States to submit national reports;"),
        row("the verb \"to report\" of a mandate holder", 54,
            "Decides to extend the mandate for a period of three years, and invites the mandate holder to report to the Human Rights Council in accordance with its programme of work;",
            "REPORT - special-procedures -"),
        row("one report at each of two sessions: two outputs", 54,
            "Requests the Secretary-General to submit a report to the Council at its fifty-seventh and sixtieth sessions on the role of the Office;",
            "REPORT 57 secretary-general -", "REPORT 60 secretary-general -"),
        row("a report taken note of, then one requested in a second clause", 54,
            "Takes note of the report of the Special Rapporteur, and requests the Special Rapporteur to submit a report at its fifty-ninth session;",
            "REPORT 59 special-procedures -"),
        row("one report, named again by an anaphoric article", 45,
            "Requests the Office of the High Commissioner to prepare a report on the outcome of the meetings and to present the report to the Council at its forty-seventh session;",
            "REPORT 47 ohchr -"));
  }

  private static Arguments row(String note, int session, String text, String... expected) {
    return Arguments.of(note, session, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheOutputs(String note, int session, String text, List<String> expected) {
    List<MandatedOutput> found = new OutputExtractor(Gazetteers.bodies(Language.ENGLISH), new Spans(text), Issuer.HUMAN_RIGHTS_COUNCIL, session,
        EnglishProfile.INSTANCE, List.of()).extract(OffsetText.of(text));
    List<String> described = found.stream().map(o -> o.kind() + " " + dash(o.dueSessionOf(Issuer.HUMAN_RIGHTS_COUNCIL)) + " " + dash(o.actor()) + " "
        + dash(o.quantity())).toList();
    assertEquals(expected, described, note);
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }
}
