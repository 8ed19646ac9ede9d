package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.source.OffsetText;

/**
 * Citations of real English phrases, one row each: the citing organ and session, the phrase, and
 * the citations expected ("symbol date basis", "-" for no date), written from the phrase by hand.
 */
class CitationExtractionEnglishTest {

  private static final Issuer HRC = Issuer.HUMAN_RIGHTS_COUNCIL;
  private static final Issuer GA = Issuer.GENERAL_ASSEMBLY;

  static Stream<Arguments> rows() {
    return Stream.of(
        row("the issuer before the resolution word, a pinpoint before it", HRC, 54,
            "Bearing in mind paragraph 6 of General Assembly resolution 60/251 of 15 March 2006,",
            "A/RES/60/251 2006-03-15 STATED"),
        row("an aside in parentheses does not cut the list", HRC, 54,
            "Recalling General Assembly resolutions 70/125 of 16 December 2015 (containing the outcome document of the high-level meeting), 75/176 of 16 December 2020 and 76/189 of 17 December 2021,",
            "A/RES/70/125 2015-12-16 STATED", "A/RES/75/176 2020-12-16 STATED", "A/RES/76/189 2021-12-17 STATED"),
        row("elliptic addenda: each is a cited document", HRC, 54,
            "Takes note of the report of the Special Rapporteur (A/HRC/54/25 and Add.1 and 2);",
            "A/HRC/54/25 - SYMBOL", "A/HRC/54/25/Add.1 - SYMBOL", "A/HRC/54/25/Add.2 - SYMBOL"),
        row("a resolution the Environment Assembly adopted is not a Council document", HRC, 54,
            "Recalling resolution 5/14, which the United Nations Environment Assembly adopted on 2 March 2022,"),
        row("one date for two numbers of one session", HRC, 54,
            "Recalling its resolutions 5/1 and 5/2 of 18 June 2007,",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/5/2 2007-06-18 POSSESSIVE"),
        row("the Council named before its resolutions", HRC, 54,
            "Recalling also Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007,",
            "A/HRC/RES/5/1 2007-06-18 STATED", "A/HRC/RES/5/2 2007-06-18 STATED"),
        row("the Commission on Human Rights", HRC, 54,
            "Recalling Commission on Human Rights resolution 2005/74 of 20 April 2005,",
            "E/CN.4/RES/2005/74 2005-04-20 STATED"),
        row("a Security Council resolution by its numbering", HRC, 55,
            "Recalling Security Council resolution 2334 (2016),",
            "S/RES/2334 (2016) - NUMBERING"),
        row("a report by its symbol", HRC, 57,
            "Taking note of the report of the High Commissioner (A/HRC/57/20),",
            "A/HRC/57/20 - SYMBOL"),
        row("a decision of the Council named before it", HRC, 54,
            "Recalling Council decision 25/116 of 27 March 2014,",
            "A/HRC/DEC/25/116 2014-03-27 STATED"),
        row("its own resolution", HRC, 55,
            "Recalling its own resolution 52/9 of 3 April 2023,",
            "A/HRC/RES/52/9 2023-04-03 POSSESSIVE"),
        row("the subject before \"in its resolution\" owns the possessive", HRC, 56,
            "Recalling that the General Assembly, in its resolution 60/251, decided that the Council",
            "A/RES/60/251 - POSSESSIVE"),
        row("the subject after \"in its resolution N,\"", HRC, 28,
            "Recalls that, in its resolution 69/179, the General Assembly requested the Secretary-General",
            "A/RES/69/179 - POSSESSIVE"),
        row("a list that switches issuer halfway, \"of\" before each date", HRC, 54,
            "Recalling General Assembly resolutions 48/141 of 20 December 1993, 60/251 of 15 March 2006 and 65/281 of 17 June 2011, and its own resolutions 5/1 and 5/2 of 18 June 2007,",
            "A/RES/48/141 1993-12-20 STATED", "A/RES/60/251 2006-03-15 STATED", "A/RES/65/281 2011-06-17 STATED",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/5/2 2007-06-18 POSSESSIVE"),
        row("\"of\" before the issuer, then before the date", HRC, 28,
            "most recently resolution 25/3 of the Council, of 27 March 2014, and resolution 69/179 of the Assembly, of 18 December 2014,",
            "A/HRC/RES/25/3 2014-03-27 STATED", "A/RES/69/179 2014-12-18 STATED"),
        row("a title in English quotation marks", HRC, 54,
            "Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,",
            "A/RES/70/1 2015-09-25 STATED"),
        row("descriptions between commas inside a list, \"both of\"", HRC, 54,
            "Recalling its resolutions 5/1, on institution-building of the Human Rights Council, and 5/2, on the Code of Conduct for Special Procedures Mandate Holders of the Human Rights Council, both of 18 June 2007,",
            "A/HRC/RES/5/1 2007-06-18 POSSESSIVE", "A/HRC/RES/5/2 2007-06-18 POSSESSIVE"),
        row("a list that goes on after a relative clause of each number (\"in which the Assembly ...\")", HRC, 54,
            "Recalling, in particular, General Assembly resolutions 48/141 of 20 December 1993, in which the Assembly established the Office of the United Nations High Commissioner for Human Rights, with a mandate to promote and protect the realization of the right to development and to enhance support from relevant bodies of the United Nations system for that purpose, 52/136 of 12 December 1997, in which the Assembly affirmed that the inclusion of the Declaration on the Right to Development in the International Bill of Human Rights would be an appropriate means of celebrating the fiftieth anniversary of the Universal Declaration of Human Rights, and 60/251 of 15 March 2006, in which the Assembly established the Human Rights Council,",
            "A/RES/48/141 1993-12-20 STATED", "A/RES/52/136 1997-12-12 STATED", "A/RES/60/251 2006-03-15 STATED"),
        row("a relative clause after the last number ends the list", HRC, 54,
            "Recalling General Assembly resolution 48/141 of 20 December 1993, in which the Assembly established the Office of the High Commissioner, and recalling the Charter,",
            "A/RES/48/141 1993-12-20 STATED"),
        row("two organs named before their resolutions", HRC, 54,
            "Recalling also Human Rights Council resolution 48/13 of 8 October 2021 and General Assembly resolution 76/300 of 28 July 2022, in which they recognized the human right to a clean, healthy and sustainable environment,",
            "A/HRC/RES/48/13 2021-10-08 STATED", "A/RES/76/300 2022-07-28 STATED"),
        row("the Environment Assembly is not a Council", HRC, 54,
            "Welcoming United Nations Environment Assembly resolution 5/14 of 2 March 2022,"),
        row("a functional commission is not the Commission on Human Rights", GA, 77,
            "Recalling Commission on Narcotic Drugs resolution 61/11 of 16 March 2018,"),
        row("acts of an organ outside the UN named after the numbers", HRC, 56,
            "the decisions 250/2002 and 275/2003 of the African Commission on Human and Peoples’ Rights,"),
        row("\"its resolutions\" in an Assembly text are the Assembly's", GA, 77,
            "Recalling its resolution 76/150 of 16 December 2021,",
            "A/RES/76/150 2021-12-16 POSSESSIVE"),
        row("the Economic and Social Council", HRC, 54,
            "the annex to Economic and Social Council resolution 1984/50;",
            "E/RES/1984/50 - STATED"),
        row("an old Assembly resolution", HRC, 54,
            "General Assembly resolution 2200 A (XXI) of 16 December 1966,",
            "A/RES/2200 A (XXI) 1966-12-16 STATED"),
        row("nothing tells the issuer", HRC, 54,
            "in accordance with resolution 47/21, in the framework of an enhanced dialogue",
            "A/HRC/RES/47/21 - UNDECIDED"),
        row("a resolution the Council cannot have adopted yet", HRC, 45,
            "its resolution 75/323;",
            "A/RES/75/323 - NUMBERING"),
        row("a footnote that cites a resolution", HRC, 54,
            "General Assembly resolution 73/291.",
            "A/RES/73/291 - STATED"),
        row("the issuer told by the relative clause", HRC, 54,
            "resolution 61/177 of 20 December 2006, by which the Assembly adopted the Convention,",
            "A/RES/61/177 2006-12-20 CONTEXT"),
        row("special-session resolutions of the Council", HRC, 54,
            "Recalling its resolutions 49/1 of 4 March 2022 and S-34/1 of 27 May 2022,",
            "A/HRC/RES/49/1 2022-03-04 POSSESSIVE", "A/HRC/RES/S-34/1 2022-05-27 POSSESSIVE"),
        row("a decision of the Council by a possessive", HRC, 54,
            "Recalling its decision 2/102 of 6 October 2006,",
            "A/HRC/DEC/2/102 2006-10-06 POSSESSIVE"),
        row("Security Council resolutions with their dates", HRC, 54,
            "Recalling Security Council resolutions 1325 (2000) of 31 October 2000 and 2250 (2015) of 9 December 2015,",
            "S/RES/1325 (2000) 2000-10-31 NUMBERING", "S/RES/2250 (2015) 2015-12-09 NUMBERING"),
        row("adopted on a date by an organ", HRC, 54,
            "Reaffirming resolution 70/1 adopted on 25 September 2015 by the General Assembly,",
            "A/RES/70/1 2015-09-25 STATED"),
        row("a report and a joint document by their symbols in a footnote", HRC, 54,
            "See A/HRC/54/25 and A/61/636-S/2006/980.",
            "A/HRC/54/25 - SYMBOL", "A/61/636-S/2006/980 - SYMBOL"));
  }

  private static Arguments row(String note, Issuer citing, int session, String text, String... expected) {
    return Arguments.of(note, citing, session, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheCitations(String note, Issuer citing, int session, String text, List<String> expected) {
    ParagraphText p = new ParagraphText(true, 1, null, "", OffsetText.of(text), 1, List.of(), List.of(), List.of());
    List<Citation> found = new CitationExtractor(citing, session, null, new Spans(text), EnglishProfile.INSTANCE)
        .extract(List.of(p)).get(0);
    List<String> described = found.stream()
        .map(c -> c.cited().symbol() + " " + (c.statedDate() == null ? "-" : c.statedDate()) + " " + c.basis()).toList();
    assertEquals(expected, described, note);
  }
}
