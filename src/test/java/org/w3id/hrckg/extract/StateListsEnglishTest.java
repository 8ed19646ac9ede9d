package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.source.OffsetText;

/**
 * English sponsor lists as drafts print them, one row each: the sponsors expected (ISO code, "*"
 * for a State that is not a member of the Council) and how many names are reported as unknown.
 */
class StateListsEnglishTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("asterisks and \"and\" before the last", "Albania*, Argentina, Australia*, Uruguay* and Yemen*", 0,
            "ALB*", "ARG", "AUS*", "URY*", "YEM*"),
        row("names that contain \"and\"", "United Kingdom of Great Britain and Northern Ireland*, Switzerland and Trinidad and Tobago", 0,
            "GBR*", "CHE", "TTO"),
        row("names with parentheses and apostrophes", "Bolivia (Plurinational State of), Côte d’Ivoire* and Viet Nam", 0,
            "BOL", "CIV*", "VNM"),
        row("a group sponsor in parentheses", "Pakistan* (on behalf of the Organization of Islamic Cooperation)", 0,
            "PAK*"),
        row("a group sponsor whose name holds a State's", "Guyana (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)", 0,
            "GUY"),
        row("a group in nested parentheses, then a sponsor", "Indonesia (on behalf of the States Members of the United Nations that are members of the Association"
            + " of South-East Asian Nations and the States Parties to the Treaty on the Southeast Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)) and Mexico", 0,
            "IDN", "MEX"),
        row("observer States", "State of Palestine* and Holy See*", 0,
            "PSE*", "VAT*"),
        row("a final colon before the draft notice", "Chile, Colombia, Costa Rica, Ecuador, Peru and Switzerland*:", 0,
            "CHL", "COL", "CRI", "ECU", "PER", "CHE*"),
        row("a name that is no State", "Albania*, Atlantis and Chile", 1,
            "ALB*", "CHL"),
        row("the article of running lists", "The Netherlands, Belarus, the Russian Federation, Turkey and the Sudan", 0,
            "NLD", "BLR", "RUS", "TUR", "SDN"),
        row("an article before a name that is no State's", "Belarus and the Atlantis", 1,
            "BLR"),
        row("a space beside a hyphen, a line break inside a name", "Guinea -Bissau, Timor- Leste and United Kingdom of Great\nBritain and Northern Ireland", 0,
            "GNB", "TLS", "GBR"),
        row("a stray combining mark: the dot of a lower-cased \"İ\"", "Tunisia, T\u00fcrki\u0307ye and Uganda", 0,
            "TUN", "TUR", "UGA"),
        row("the longer name, however spaced", "Guinea, Guinea - Bissau and Papua New  Guinea", 0,
            "GIN", "GNB", "PNG"));
  }

  private static Arguments row(String note, String list, int unknown, String... expected) {
    return Arguments.of(note, list, unknown, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void readsTheSponsors(String note, String list, int unknown, List<String> expected) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Sponsorship> sponsors = new StateLists(Gazetteers.statesInLists(), EnglishProfile.INSTANCE.lists(), new Spans(list),
        "draft.txt", diagnostics).sponsors(OffsetText.of(list), 3, true, false);
    assertEquals(expected, sponsors.stream().map(s -> s.iso3() + (Boolean.TRUE.equals(s.councilMember()) ? "" : "*")).toList(), note);
    assertEquals(unknown, diagnostics.size(), () -> note + ": " + diagnostics);
  }
}
