package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.source.OffsetText;

/**
 * Sponsor lists as drafts print them, one row each: the sponsors expected (ISO code, "*" for a
 * State that is not a member of the Council) and how many names are reported as unknown.
 */
class StateListsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("asterisks and « et » before the last", "Albanie*, Argentine, Australie*, Uruguay* et Yémen*", 0,
            "ALB*", "ARG", "AUS*", "URY*", "YEM*"),
        row("a name that contains « et »", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord*, Suisse et Trinité-et-Tobago", 0,
            "GBR*", "CHE", "TTO"),
        row("a name broken over two lines, then joined", "Monténégro*, Macédoine du Nord*, Paraguay*", 0,
            "MNE*", "MKD*", "PRY*"),
        row("a group sponsor in parentheses", "Pakistan* (au nom de l’Organisation de la coopération islamique)", 0,
            "PAK*"),
        row("former and current names", "Turquie*, Türkiye, Swaziland", 0,
            "TUR*", "SWZ"),
        row("an observer State", "État de Palestine* et Saint-Siège*", 0,
            "PSE*", "VAT*"),
        row("a Markdown-escaped asterisk", "Albanie\\*, Argentine", 0,
            "ALB*", "ARG"),
        row("a name that is no State", "Albanie*, Atlantide et Chili", 1,
            "ALB*", "CHL"));
  }

  private static Arguments row(String note, String list, int unknown, String... expected) {
    return Arguments.of(note, list, unknown, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void readsTheSponsors(String note, String list, int unknown, List<String> expected) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Sponsorship> sponsors = new StateLists(Gazetteers.statesInLists(), FrenchProfile.INSTANCE.lists(), new Spans(list), "draft.txt", diagnostics)
        .sponsors(OffsetText.of(list), 3, true, false);
    assertEquals(expected, sponsors.stream().map(s -> s.iso3() + (Boolean.TRUE.equals(s.councilMember()) ? "" : "*")).toList(), note);
    assertEquals(unknown, diagnostics.size(), () -> note + ": " + diagnostics);
  }
}
