package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.AnyLanguageLists;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.source.OffsetText;

/**
 * The names of States in the voters lists of the UN's XML, in each of the six languages, one row
 * each: a list as a file of {@code ../shared/corpus/akn} prints it (the analysis's voting record in
 * English capitals, the conclusions in the language of the file), read as printed and in capitals,
 * and the States it must give; a name that is no State gives none and is reported.
 */
class VoterNamesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("voting record, any language (54/20)", Language.SPANISH, "BOLIVIA (PLURINATIONAL STATE OF), NETHERLANDS (KINGDOM OF THE), CÔTE D'IVOIRE, "
            + "UNITED KINGDOM, UNITED STATES, VIET NAM", 0, "BOL", "NLD", "CIV", "GBR", "USA", "VNM"),
        row("en conclusions (54/20)", Language.ENGLISH, "United Kingdom of Great Britain and Northern Ireland and United States of America", 0,
            "GBR", "USA"),
        row("fr conclusions (54/20), non-breaking hyphen", Language.FRENCH, "Roumanie, Royaume-Uni de Grande\u2011Bretagne et d’Irlande du Nord, "
            + "Tchéquie et Ukraine.", 0, "ROU", "GBR", "CZE", "UKR"),
        row("fr conclusions (54/20)", Language.FRENCH, "Algérie, Bolivie (État plurinational de), Cameroun, Érythrée", 0, "DZA", "BOL", "CMR", "ERI"),
        row("es conclusions (54/20)", Language.SPANISH, "Estados Unidos de América, Kazajstán, México, Reino Unido de Gran Bretaña e Irlanda del Norte, "
            + "Rumania y Ucrania.", 0, "USA", "KAZ", "MEX", "GBR", "ROU", "UKR"),
        row("es conclusions (54/20), a comma missing", Language.SPANISH, "Bolivia (Estado Plurinacional de), Camerún China, Cuba", 0,
            "BOL", "CMR", "CHN", "CUB"),
        row("ru conclusions (54/20)", Language.RUSSIAN, "Боливия (Многонациональное Государство), Коста-Рика, Соединенное Королевство Великобритании "
            + "и Северной Ирландии, Соединенные Штаты Америки и Эритрея.", 0, "BOL", "CRI", "GBR", "USA", "ERI"),
        row("ru with ё", Language.RUSSIAN, "Соединённые Штаты Америки", 0, "USA"),
        row("ar conclusions (54/20)", Language.ARABIC, "الأرجنتين، ألمانيا، بوليفيا (دولة - المتعددة القوميات)، الولايات المتحدة الأمريكية", 0,
            "ARG", "DEU", "BOL", "USA"),
        row("ar conclusions (54/23), و joined to the names", Language.ARABIC, "الأرجنتين، وألمانيا، والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية، "
            + "والولايات المتحدة الأمريكية", 0, "ARG", "DEU", "GBR", "USA"),
        row("ar conclusions (54/23), the last name and the bracket", Language.ARABIC, "والهند، وهندوراس.]", 0, "IND", "HND"),
        row("ar conclusions (55/30)", Language.ARABIC, "هولندا (مملكة)، اليابان", 0, "NLD", "JPN"),
        row("ar alef with madda", Language.ARABIC, "آيرلندا، المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية", 0, "IRL", "GBR"),
        row("zh conclusions (54/20)", Language.CHINESE, "阿尔及利亚、多民族玻利维亚国、大不列颠及北爱尔兰联合王国、美利坚合众国", 0, "DZA", "BOL", "GBR", "USA"),
        row("zh conclusions (55/30)", Language.CHINESE, "荷兰王国、日本", 0, "NLD", "JPN"),
        row("en conclusions (55/28), a misspelling", Language.ENGLISH, "Burundi, Cameron, Gambia", 1, "BDI", "GMB"),
        row("ru conclusions (55/27), a Latin c among Cyrillic letters", Language.RUSSIAN, "Малави, Мальдивcкие Острова", 1, "MWI"),
        row("es conclusions (55/22), a name not the UN's", Language.SPANISH, "Viet Nam y Vietnam", 1, "VNM"),
        row("ar, a word that is no State", Language.ARABIC, "الأرجنتين، وكانت", 1, "ARG"),
        row("zh, a word that is no State", Language.CHINESE, "赞成、日本", 1, "JPN"));
  }

  private static Arguments row(String note, Language language, String list, int unknown, String... expected) {
    return Arguments.of(note, language, list, unknown, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resolvesTheNames(String note, Language language, String list, int unknown, List<String> expected) {
    assertVotes(note, language, list, unknown, expected);
  }

  @ParameterizedTest(name = "{0}, in capitals")
  @MethodSource("rows")
  void resolvesTheNamesInCapitals(String note, Language language, String list, int unknown, List<String> expected) {
    assertVotes(note, language, list.toUpperCase(Locale.ROOT), unknown, expected);
  }

  private static void assertVotes(String note, Language language, String list, int unknown, List<String> expected) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    StateLists lists = new StateLists(Gazetteers.statesInLists(), AnyLanguageLists.of(language), new Spans(list),
        "voters.xml", diagnostics);
    List<Vote.VoteCast> votes = lists.votes(OffsetText.of(list), Vote.Choice.IN_FAVOUR, 3);
    assertEquals(expected, votes.stream().map(Vote.VoteCast::iso3).toList(), note);
    assertEquals(unknown, diagnostics.size(), () -> note + ": " + diagnostics);
  }
}
