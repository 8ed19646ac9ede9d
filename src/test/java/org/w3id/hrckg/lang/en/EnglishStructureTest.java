package org.w3id.hrckg.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.read.ResolutionHeader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.read.plain.PlainTextReader;

/**
 * English texts read by the plain-text reader, one row per shape of header and record of
 * adoption as the UN prints them: the header lines, the body, the tail, and the facts expected
 * ("field value"), written by hand from the lines.
 */
class EnglishStructureTest {

  private static final String BODY = """
      Recalling its resolutions 5/1 and 5/2 of 18 June 2007,
      Deeply concerned at the situation,
      1. Requests the Office of the High Commissioner to present a report to the Human Rights Council at its fifty-ninth session;
      2. Decides to remain seized of the matter.
      """;

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a draft with its sponsors, the session and its dates, an agenda item",
            """
            A/HRC/56/L.10/Rev.1
            General Assembly Distr.: Limited
            9 July 2024
            Original: English
            Human Rights Council
            Fifty-sixth session
            18 June–12 July 2024
            Agenda item 3
            Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development
            Albania*, Argentina and Yemen*: revised draft resolution
            56/… Rights of persons with disabilities
            The Human Rights Council,
            """, "",
            "kind DRAFT_RESOLUTION", "symbol A/HRC/56/L.10/Rev.1", "issuer HUMAN_RIGHTS_COUNCIL", "session 56",
            "sessionStart 2024-06-18", "sessionEnd 2024-07-12", "agendaItems [3]", "sponsors 1", "language ENGLISH"),
        row("an adopted Council resolution, adopted without a vote at a meeting",
            """
            United Nations A/HRC/RES/54/10
            General Assembly Distr.: General
            13 October 2023
            Original: English
            Human Rights Council
            Fifty-fourth session
            11 September–13 October 2023
            Agenda item 3
            Resolution adopted by the Human Rights Council on 11 October 2023
            54/10. Mandate of the Special Rapporteur
            The Human Rights Council,
            """, """
            46th meeting
            11 October 2023
            [Adopted without a vote.]
            """,
            "kind RESOLUTION", "symbol A/HRC/RES/54/10", "session 54", "documentDate 2023-10-13",
            "adoptionDate 2023-10-11", "meeting 46", "withoutVote true"),
        row("an Assembly resolution: its symbol, its session and an agenda item with a letter",
            """
            A/RES/77/200
            General Assembly Distr.: General
            4 January 2023
            Seventy-seventh session
            Agenda item 68 (b)
            Resolution adopted by the General Assembly on 15 December 2022
            77/200. Human rights and cultural diversity
            The General Assembly,
            """, "",
            "kind RESOLUTION", "symbol A/RES/77/200", "issuer GENERAL_ASSEMBLY", "session 77", "agendaItems [68]",
            "adoptionDate 2022-12-15"),
        row("a recorded vote with its counts and lists",
            """
            Human Rights Council
            Fifty-fourth session
            11 September–13 October 2023
            Agenda items 2 and 3
            Resolution adopted by the Human Rights Council on 12 October 2023
            54/15. Promotion of a democratic and equitable international order
            The Human Rights Council,
            """, """
            47th meeting
            12 October 2023
            [Adopted by a recorded vote of 29 to 14, with 4 abstentions. The voting was as follows:
            In favour: Algeria, Bangladesh and Viet Nam
            Against: Albania, Belgium and United States of America
            Abstaining: Argentina, Chile, Mexico and Paraguay]
            """,
            "kind RESOLUTION", "symbol A/HRC/RES/54/15", "agendaItems [2, 3]", "meeting 47", "withoutVote false",
            "inFavour 29", "against 14", "abstaining 4", "votedAgainst [Albania, Belgium and United States of America]"));
  }

  private static Arguments row(String note, String header, String tail, String... expected) {
    return Arguments.of(note, header + BODY + tail, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void readsTheHeaderAndTheRecordOfAdoption(String note, String text, List<String> expected) throws Exception {
    ResolutionText r = new PlainTextReader().read("en.txt", text.getBytes(StandardCharsets.UTF_8));
    List<String> facts = facts(r);
    List<String> found = new ArrayList<>();
    for (String e : expected) {
      String field = e.substring(0, e.indexOf(' ') + 1);
      found.add(facts.stream().filter(f -> f.startsWith(field)).findFirst().orElse(field + "(none)"));
    }
    assertEquals(expected, found, note);
  }

  private static List<String> facts(ResolutionText r) {
    ResolutionHeader h = r.header();
    AdoptionText a = r.adoption();
    List<String> f = new ArrayList<>(List.of("kind " + h.kind(), "symbol " + h.symbol(), "issuer " + h.issuer(),
        "session " + h.session(), "sessionStart " + h.sessionStart(), "sessionEnd " + h.sessionEnd(),
        "agendaItems " + h.agendaItems(), "sponsors " + h.sponsors().size(), "documentDate " + h.documentDate(),
        "adoptionDate " + h.adoptionDate(), "language " + r.language()));
    if (a != null) {
      f.addAll(List.of("meeting " + a.meetingNumber(), "withoutVote " + a.withoutVote(), "inFavour " + a.inFavour(),
          "against " + a.against(), "abstaining " + a.abstaining(), "votedAgainst " + a.votedAgainst()));
    }
    assertEquals(Language.ENGLISH, r.language(), "the language is read from the text");
    return f;
  }
}
