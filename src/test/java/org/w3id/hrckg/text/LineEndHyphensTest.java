package org.w3id.hrckg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.source.OffsetText;

/**
 * A hyphen at a line end in a word the document writes nowhere else (its own words here: none but
 * those of the row): the language's {@link org.w3id.hrckg.lang.WordLexicon} says whether it is a
 * compound's (kept) or a typesetter's (the word joins). Each row: the line's last part, the next
 * line's first word, and whether the hyphen must stay.
 */
class LineEndHyphensTest {

  static Stream<Arguments> rows() {
    LayoutVocabulary en = EnglishProfile.INSTANCE.layout();
    LayoutVocabulary fr = FrenchProfile.INSTANCE.layout();
    return Stream.of(
        row(en, "capacity", "building", true),
        row(en, "gender", "based", true),
        row(en, "above", "mentioned", true),
        row(en, "small", "scale", true),
        row(en, "deep", "rooted", true),
        row(en, "survivor", "centred", true),
        row(en, "life", "saving", true),
        row(en, "age", "appropriate", true),
        row(en, "identity", "assignment", true),
        row(en, "action", "orientated", true),
        row(en, "life", "threatening", true),
        row(en, "ever", "decreasing", true),
        row(en, "Russian", "backed", true),
        row(en, "point-to", "point", true),
        row(en, "consciousness", "raising", true),
        row(en, "self", "determination", true),
        row(en, "uni", "forms", false),
        row(en, "co", "operation", false),
        row(en, "frame", "work", false),
        row(en, "deve", "lopment", false),
        row(en, "environ", "mental", false),
        row(en, "Commis", "sioner", false),
        row(fr, "sages", "femmes", true),
        row(fr, "elles", "mêmes", true),
        row(fr, "Haut", "Commissariat", true),
        row(fr, "sous", "financement", true),
        row(fr, "latino", "américain", true),
        row(fr, "cessez-le", "feu", true),
        row(fr, "vingt", "sept", true),
        row(fr, "sou", "mettre", false),
        row(fr, "gou", "vernement", false),
        row(fr, "dis", "crimination", false),
        row(fr, "pour", "suivre", false),
        row(fr, "déve", "loppement", false),
        row(fr, "com", "mission", false));
  }

  /** A word whose hyphen an extraction dropped with the line end ("Russianbacked"), and how it must read. */
  static Stream<Arguments> glued() {
    LayoutVocabulary en = EnglishProfile.INSTANCE.layout();
    LayoutVocabulary fr = FrenchProfile.INSTANCE.layout();
    return Stream.of(
        Arguments.of("a compound the language writes", en, "capacitybuilding", "capacity-building"),
        Arguments.of("a compound the UN's texts write", en, "lifethreatening", "life-threatening"),
        Arguments.of("two words, the join written nowhere: no sign of a hyphen", en, "overcomplied", "overcomplied"),
        Arguments.of("a word the language writes whole", en, "development", "development"),
        Arguments.of("a word written whole, though two words", en, "framework", "framework"),
        Arguments.of("a French compound", fr, "sousfinancement", "sous-financement"),
        Arguments.of("a French compound of a stem", fr, "latinoaméricain", "latino-américain"),
        Arguments.of("two French words, the compound written nowhere: no sign of a hyphen", fr, "auxdroits", "auxdroits"),
        Arguments.of("a compound numeral: French writes every one with its hyphens", fr, "vingtsept", "vingt-sept"),
        Arguments.of("another, ordinal", fr, "trentecinquième", "trente-cinquième"),
        Arguments.of("a compound numeral that lost one of its hyphens and kept the others", fr, "quatre-vingtdix-neuf", "quatre-vingt-dix-neuf"),
        Arguments.of("a word of the tens, no compound numeral", fr, "vingtaine", "vingtaine"),
        Arguments.of("an ordinal of one word", fr, "quatrième", "quatrième"),
        Arguments.of("a compound numeral: English writes every one with its hyphen", en, "twentyseven", "twenty-seven"),
        Arguments.of("an ordinal of one word", en, "twentieth", "twentieth"),
        Arguments.of("a French word written whole", fr, "poursuivre", "poursuivre"),
        Arguments.of("a French compound that lost one of its hyphens and kept the other", fr, "cessez-lefeu", "cessez-le-feu"),
        Arguments.of("an ordinal that lost its first hyphen", fr, "soixantedix-huitième", "soixante-dix-huitième"),
        Arguments.of("a compound as the language writes it gets no other hyphen", fr, "cessez-le-feu", "cessez-le-feu"),
        Arguments.of("a compound whose parts make no compound of the language", fr, "Haut-Commissariat", "Haut-Commissariat"),
        Arguments.of("a compound that the UN's texts also write whole, if once: read as written", en, "intercommunity", "intercommunity"),
        Arguments.of("another, French", fr, "NouvelleCalédonie", "NouvelleCalédonie"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("glued")
  void aLostHyphenComesBackWhereTheLanguageSaysSo(String note, LayoutVocabulary layout, String word, String reads) {
    List<TextLine> lines = List.of(new TextLine(1, OffsetText.of("the " + word + " one")));
    assertEquals("the " + reads + " one", LineEndHyphens.resolve(lines, layout).get(0).text().toString(), note);
  }

  /** A line where a suspended hyphen and its space were lost before the conjunction ("slowand rapid-onset"), and how it must read. */
  static Stream<Arguments> suspended() {
    LayoutVocabulary en = EnglishProfile.INSTANCE.layout();
    LayoutVocabulary fr = FrenchProfile.INSTANCE.layout();
    return Stream.of(
        Arguments.of("a word glued to the conjunction before a compound", en, "including slowand rapid-onset events",
            "including slow- and rapid-onset events"),
        Arguments.of("another", en, "including womenand youth-led organizations", "including women- and youth-led organizations"),
        Arguments.of("no compound after the conjunction: nothing was suspended", en, "including slowand rapid events",
            "including slowand rapid events"),
        Arguments.of("a word the language writes whole, though a word and a conjunction", en, "the private sector follow-up",
            "the private sector follow-up"),
        Arguments.of("a capitalised word: a name", en, "in Switzerland follow-up", "in Switzerland follow-up"),
        Arguments.of("a French word written whole, though a word and a conjunction", fr, "un sujet bien-fondé", "un sujet bien-fondé"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("suspended")
  void aLostSuspendedHyphenComesBackBeforeACompound(String note, LayoutVocabulary layout, String text, String reads) {
    List<TextLine> lines = List.of(new TextLine(1, OffsetText.of(text)));
    assertEquals(reads, LineEndHyphens.resolve(lines, layout).get(0).text().toString(), note);
  }

  /**
   * A word where pdftotext's raw order joined a line ending on a hyphen with the next (a line half as
   * long again as the text's full lines, the word where a full line ends), and how it must read.
   */
  static Stream<Arguments> joined() {
    LayoutVocabulary en = EnglishProfile.INSTANCE.layout();
    LayoutVocabulary fr = FrenchProfile.INSTANCE.layout();
    return Stream.of(
        Arguments.of("two long English words", en, "identityassignment", true, "identity-assignment"),
        Arguments.of("another", en, "Russianbacked", true, "Russian-backed"),
        Arguments.of("a word and a capitalised one, in French too", fr, "LevantKhorassan", true, "Levant-Khorassan"),
        Arguments.of("a French word and an ending that is a word: French syllables often are words", fr, "garantiraient", true,
            "garantiraient"),
        Arguments.of("a compound with a hyphen before the join, of two words whose join is no word", en, "point-topoint", true,
            "point-to-point"),
        Arguments.of("a compound with a hyphen before a syllable the typesetter broke", en, "non-discrimination", true,
            "non-discrimination"),
        Arguments.of("a compound with a hyphen before two words whose join is a word", en, "non-governmental", true,
            "non-governmental"),
        Arguments.of("re- before its own vowel: the UN's English hyphenates it", en, "reexamine", true, "re-examine"),
        Arguments.of("another", en, "reemphasized", true, "re-emphasized"),
        Arguments.of("pre- before its own vowel", en, "preeminent", true, "pre-eminent"),
        Arguments.of("co- is the rule's exception: written solid", en, "cooperation", true, "cooperation"),
        Arguments.of("another", en, "coordinate", true, "coordinate"),
        Arguments.of("a prefix before another letter: written solid", en, "intergovernmental", true, "intergovernmental"),
        Arguments.of("re- before no word: no prefix", en, "redeemed", true, "redeemed"),
        Arguments.of("de before no word: no prefix", en, "deemed", true, "deemed"),
        Arguments.of("sous- before a noun: French hyphenates it", fr, "sousnutrition", true, "sous-nutrition"),
        Arguments.of("one of the few solid words of sous-, a word of the language", fr, "soustraire", true, "soustraire"),
        Arguments.of("no prefix before a word", fr, "quasiment", true, "quasiment"),
        Arguments.of("a prefix the language hyphenates, on a line of the usual length: no join", fr, "sousnutrition", false, "sousnutrition"),
        Arguments.of("a rare solid word of sous-, on a line of the usual length", fr, "soussignés", false, "soussignés"),
        Arguments.of("a prefix, often written solid", en, "intrahousehold", true, "intrahousehold"),
        Arguments.of("a short part: a syllable a typesetter breaks off", en, "releasing", true, "releasing"),
        Arguments.of("the same word on a line of the usual length: no join", en, "identityassignment", false, "identityassignment"),
        Arguments.of("a compound that the UN's texts also write whole, where a full line ends: its hyphen was lost", en,
            "intercommunity", true, "inter-community"),
        Arguments.of("another, French", fr, "NouvelleCalédonie", true, "Nouvelle-Calédonie"),
        Arguments.of("a head the Assembly hyphenates before any word and never writes whole (compound-heads.txt)", en,
            "everdecreasing", true, "ever-decreasing"),
        Arguments.of("another, of three letters", en, "oldorder", true, "old-order"),
        Arguments.of("the same head on a line of the usual length: no join", en, "everdecreasing", false, "everdecreasing"),
        Arguments.of("a head the Assembly also writes whole with words (subregions): no evidence", en, "subdecree", true, "subdecree"),
        Arguments.of("a word of the language after re-, written whole", en, "reaffirms", true, "reaffirms"),
        Arguments.of("the same in French", fr, "réaffirme", true, "réaffirme"),
        Arguments.of("a French word of the language, though a head of compounds and a word", fr, "nonobstant", true, "nonobstant"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("joined")
  void aHyphenLostWhereRawOrderJoinedTwoLinesComesBack(String note, LayoutVocabulary layout, String word, boolean joinedLine, String reads) {
    String full = layout == en() ? "the Council recalls all its resolutions and decisions on the subject of the text"
        : "le Conseil rappelle toutes ses résolutions et décisions sur la question du texte";
    String head = layout == en() ? "the Council recalls its resolutions on stereotypes, stigmatization and"
        : "le Conseil rappelle les attaques revendiquées par l’État islamique du";
    String tail = joinedLine ? " based on race as essential in the fight against racism and discrimination" : "";
    List<TextLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      lines.add(new TextLine(i + 1, OffsetText.of(full)));
    }
    lines.add(new TextLine(25, OffsetText.of(head + " " + word + tail)));
    assertEquals(head + " " + reads + tail, LineEndHyphens.resolve(lines, layout).get(24).text().toString(), note);
  }

  private static LayoutVocabulary en() {
    return EnglishProfile.INSTANCE.layout();
  }

  private static Arguments row(LayoutVocabulary layout, String stem, String rest, boolean keep) {
    return Arguments.of(stem + "-/" + rest + (keep ? " keeps its hyphen" : " joins"), layout, stem, rest, keep);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aLineEndHyphenIsACompoundsOrATypesetters(String note, LayoutVocabulary layout, String stem, String rest, boolean keep) {
    assertEquals(!keep, LineEndHyphens.breaksWord(stem, rest, Set.of(), layout), note);
  }
}
