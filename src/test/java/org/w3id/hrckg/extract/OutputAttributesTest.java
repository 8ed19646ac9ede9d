package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandateHolder;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.source.OffsetText;

/**
 * The error classes of outputs on unseen texts (issue 9, section 4), one row per real operative
 * paragraph of the Akoma Ntoso corpus, in French and in English: the outputs expected as "KIND
 * [due sessions] [addressees] frequency from actor mandate" ("-" where there is none). The
 * resolution's own mandate, where it has one, is given by the kind of its holder.
 */
class OutputAttributesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("the mandate holder as actor, the Council at one session and the Assembly at another (55/19)", "fr",
            MandateHolder.SPECIAL_RAPPORTEUR,
            "et prie le Rapporteur spécial de lui soumettre, à sa cinquante-huitième session, ainsi qu’à l’Assemblée générale, à sa soixante-dix-neuvième session, un rapport sur l’exécution de son mandat ;",
            "REPORT [hrc 58, ga 79] [hrc, ga] once - special-procedures mandate"),
        row("the mandate holder as actor, the Council at one session and the Assembly at another (55/19)", "en",
            MandateHolder.SPECIAL_RAPPORTEUR,
            "and requests the Special Rapporteur to submit a report on the implementation of the mandate to the Human Rights Council at its fifty-eighth session and to the General Assembly at its seventy-ninth session;",
            "REPORT [hrc 58, ga 79] [hrc, ga] once - special-procedures mandate"),
        row("« le (la) titulaire du mandat », an annual report to both bodies (55/2)", "fr", MandateHolder.SPECIAL_RAPPORTEUR,
            "Prie le (la) titulaire du mandat, dans l’exercice de ses fonctions : a) De lui présenter, et de présenter également à l’Assemblée générale, un rapport annuel contenant des conclusions et des recommandations ;",
            "REPORT [] [hrc, ga] annual - special-procedures mandate"),
        row("a commission of inquiry: an oral update, then one report at each of two sessions (55/22)", "fr",
            MandateHolder.COMMISSION_OF_INQUIRY,
            "Prie la Commission d’enquête de lui faire rapport oralement pendant le dialogue interactif qui se tiendra à sa cinquante-sixième session et de lui présenter un rapport actualisé au cours du dialogue interactif qui se tiendra à ses cinquante-septième et cinquante-huitième sessions ;",
            "ORAL_UPDATE [hrc 56] [hrc] once - commission-of-inquiry mandate",
            "REPORT [hrc 57] [hrc] once - commission-of-inquiry mandate", "REPORT [hrc 58] [hrc] once - commission-of-inquiry mandate"),
        row("a commission of inquiry: an oral update, then one report at each of two sessions (55/22)", "en",
            MandateHolder.COMMISSION_OF_INQUIRY,
            "Requests the Commission of Inquiry to give an oral update to the Human Rights Council during an interactive dialogue at its fifty-sixth session and to present an updated report during an interactive dialogue at both the fifty-seventh and fifty-eighth sessions of the Council;",
            "ORAL_UPDATE [hrc 56] [hrc] once - commission-of-inquiry mandate",
            "REPORT [hrc 57] [hrc] once - commission-of-inquiry mandate", "REPORT [hrc 58] [hrc] once - commission-of-inquiry mandate"),
        row("a team of experts, which no body of the reference data is: a report, then a coordinated oral update (54/34)", "fr",
            MandateHolder.TEAM_OF_EXPERTS,
            "Demande à l’Équipe d’experts internationaux de lui présenter son rapport final à sa cinquante-septième session, dans le cadre d’un dialogue interactif renforcé, ainsi qu’une mise à jour orale à sa cinquante-cinquième session ;",
            "REPORT [hrc 57] [hrc] once - - mandate", "ORAL_UPDATE [hrc 55] [hrc] once - - mandate"),
        row("the Council's session before the object, an oral update coordinated with a report (54/1)", "fr",
            MandateHolder.SPECIAL_RAPPORTEUR,
            "et prie le Rapporteur spécial de lui présenter un rapport à sa cinquante-cinquième session, ainsi qu’une mise à jour orale à sa cinquante-septième session, et de présenter un rapport à l’Assemblée générale à sa soixante-dix-neuvième session, conformément à son programme de travail et à celui de l’Assemblée générale ;",
            "REPORT [hrc 55] [hrc] once - special-procedures mandate", "ORAL_UPDATE [hrc 57] [hrc] once - special-procedures mandate",
            "REPORT [ga 79] [ga] once - special-procedures mandate"),
        row("an expert mechanism of the resolution, not the Expert Mechanism on Indigenous Peoples: an annual report (56/13)", "en",
            MandateHolder.EXPERT_MECHANISM,
            "Requests the Expert Mechanism to prepare, on an annual basis, a report and to present it to the Human Rights Council jointly alongside that presented by the United Nations High Commissioner for Human Rights pursuant to Council resolution 47/21;",
            "REPORT [] [hrc] annual - - mandate"),
        row("an annual report « chaque année » (56/13)", "fr", MandateHolder.EXPERT_MECHANISM,
            "Prie le Mécanisme d’experts d’élaborer chaque année un rapport et de le lui présenter conjointement avec celui présenté par le Haut-Commissaire des Nations Unies aux droits de l’homme, conformément à la résolution 47/21 ;",
            "REPORT [] [hrc] annual - - mandate"),
        row("regular reports to both bodies (55/21)", "fr", MandateHolder.SPECIAL_RAPPORTEUR,
            "Prie la Rapporteuse spéciale de lui soumettre régulièrement, ainsi qu’à l’Assemblée générale, des rapports sur l’exécution du mandat, y compris sur les activités menées pour suivre la mise en application des recommandations de la Commission d’enquête ;",
            "REPORT [] [hrc, ga] regular - special-procedures mandate"),
        row("a yearly update from a session (54/28)", "fr", null,
            "Prie le Haut-Commissariat d’établir et de tenir à jour un répertoire en ligne des activités de coopération technique, et de l’informer chaque année, à compter de sa cinquante-sixième session, au titre du rapport annuel sur la coopération technique ;",
            "REPORT [] [hrc] annual hrc 56 ohchr -"),
        row("a yearly update from a session (54/28)", "en", null,
            "Requests the Office of the High Commissioner to establish and maintain an online repository of technical cooperation and capacity-building activities, and to update the Human Rights Council, from its fifty-sixth session under the annual report on technical cooperation and capacity-building;",
            "REPORT [] [hrc] annual hrc 56 ohchr -"),
        row("an oral update requested in a paragraph above is a reference, the report a new output (54/1)", "fr", null,
            "Demande également au Haut-Commissariat de présenter, au cours d’un dialogue interactif élargi comprenant également la mise à jour orale du Rapporteur spécial demandée au paragraphe 22 ci-dessus, un rapport complet ;",
            "REPORT [] [hrc] once - ohchr -"),
        row("an oral update requested in a paragraph above is a reference, the report a new output (54/1)", "en", null,
            "Also requests the Office of the High Commissioner to present, during an enhanced interactive dialogue also including the Special Rapporteur’s oral update requested in paragraph 22 above, a comprehensive report;",
            "REPORT [] [hrc] once - ohchr -"),
        row("coordinated objects, each with its own session (55/27)", "fr", MandateHolder.GROUP_OF_EXPERTS,
            "Demande au groupe d’experts de lui présenter un compte rendu oral à sa cinquante-septième session et un rapport complet à sa cinquante-huitième session, y compris dans une version facile à lire et à comprendre ;",
            "ORAL_UPDATE [hrc 57] [hrc] once - commission-of-inquiry mandate", "REPORT [hrc 58] [hrc] once - commission-of-inquiry mandate"),
        row("a report presented orally is an oral update, one at each of two sessions (55/8)", "fr", null,
            "Prie le Haut-Commissariat de lui présenter oralement à ses cinquante-neuvième et soixante-deuxième sessions un rapport sur l’application de la Stratégie des Nations Unies pour l’inclusion du handicap ;",
            "ORAL_UPDATE [hrc 59] [hrc] once - ohchr -", "ORAL_UPDATE [hrc 62] [hrc] once - ohchr -"),
        row("the next annual debate, named by a possessive (55/8)", "fr", null,
            "Décide que son prochain débat annuel sur les droits des personnes handicapées se tiendra à sa cinquante-huitième session et portera sur les technologies et outils numériques ;",
            "PANEL_DISCUSSION [hrc 58] [hrc] annual - - -"),
        row("the next annual debate, named by a possessive (55/8)", "en", null,
            "Decides that its next annual interactive debate on the rights of persons with disabilities will be held at its fifty-eighth session, and will focus on the rights of persons with disabilities and digital technologies;",
            "PANEL_DISCUSSION [hrc 58] [hrc] annual - - -"),
        row("the session of a panel already held is not the summary's (56/8)", "en", null,
            "Requests the United Nations High Commissioner for Human Rights to submit a summary report on the panel discussion held at the fifty-ninth session to the Human Rights Council at its sixty-first session;",
            "SUMMARY [hrc 61] [hrc] once - high-commissioner -"),
        row("a decision that tasks a mandate holder (54/26)", "fr", MandateHolder.WORKING_GROUP,
            "Décide en outre que le Groupe de travail devrait tenir deux consultations en ligne par an ;",
            "CONSULTATION [] [] annual - special-procedures mandate"),
        row("a decision that tasks a mandate holder (54/26)", "en", MandateHolder.WORKING_GROUP,
            "Further decides that the Working Group should hold two virtual consultations annually;",
            "CONSULTATION [] [] annual - special-procedures mandate"),
        row("a decision that requests an office (54/6)", "en", null,
            "Decides: (a) To request the United Nations High Commissioner for Human Rights to organize a two-day expert workshop, in an accessible format;",
            "WORKSHOP [] [] once - high-commissioner -"),
        row("the tasks of a mission the paragraph establishes (54/2)", "en", MandateHolder.FACT_FINDING_MISSION,
            "Decides to urgently establish an independent international fact-finding mission for the Sudan, comprising three members, with the following mandate: (f) To give the Human Rights Council an oral update on its work at its fifty-sixth session, followed by an interactive dialogue, and a comprehensive report thereon at its fifty-seventh session;",
            "ORAL_UPDATE [hrc 56] [hrc] once - commission-of-inquiry mandate", "REPORT [hrc 57] [hrc] once - commission-of-inquiry mandate"),
        row("a summary report of seminars (56/2)", "fr", null,
            "et prie le Haut-Commissaire d’établir un rapport succinct sur les débats tenus lors des séminaires et de le lui présenter à sa soixante-troisième session ;",
            "SUMMARY [hrc 63] [hrc] once - high-commissioner -"),
        row("a summary report of seminars (56/2)", "en", null,
            "and requests the High Commissioner to prepare a summary report on the discussions held at the seminars and to present the report to the Human Rights Council at its sixty-third session;",
            "SUMMARY [hrc 63] [hrc] once - high-commissioner -"),
        row("a compilation (56/2)", "fr", null,
            "et prie le Haut-Commissaire des Nations Unies aux droits de l’homme d’entreprendre des activités concrètes à cet égard, notamment d’étudier les pratiques optimales, de promouvoir leur adoption et d’en établir une compilation ;",
            "COMPILATION [] [] once - high-commissioner -"),
        row("a compilation (56/2)", "en", null,
            "and requests the United Nations High Commissioner for Human Rights to undertake concrete activities in this regard, including by studying, promoting and preparing a compilation of best practices;",
            "COMPILATION [] [] once - high-commissioner -"));
  }

  private static Arguments row(String note, String lang, MandateHolder mandate, String text, String... expected) {
    return Arguments.of(note + " [" + lang + "]", lang, mandate, text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheOutputsWithTheirAttributes(String note, String lang, MandateHolder holder, String text, List<String> expected) {
    Language language = lang.equals("fr") ? Language.FRENCH : Language.ENGLISH;
    LanguageProfile profile = language == Language.FRENCH ? FrenchProfile.INSTANCE : EnglishProfile.INSTANCE;
    List<Mandate> mandates = holder == null ? List.of() : List.of(new Mandate(true, holder, "the mandate", null));
    List<MandatedOutput> found = new OutputExtractor(Gazetteers.bodies(language), new Spans(text), Issuer.HUMAN_RIGHTS_COUNCIL, 55,
        profile, mandates).extract(OffsetText.of(text));
    assertEquals(expected, found.stream().map(OutputAttributesTest::described).toList(), note);
  }

  /** The same report named again by a possessive in a later paragraph is the first one, sent to one more organ (56/13). */
  @ParameterizedTest(name = "[{0}]")
  @MethodSource("repeats")
  void joinsARepeatToTheFirst(String lang, String first, String later, List<String> expected) {
    Language language = lang.equals("fr") ? Language.FRENCH : Language.ENGLISH;
    LanguageProfile profile = language == Language.FRENCH ? FrenchProfile.INSTANCE : EnglishProfile.INSTANCE;
    List<Mandate> mandates = List.of(new Mandate(true, MandateHolder.EXPERT_MECHANISM, "the mandate", null));
    OutputExtractor extractor = null;
    List<List<MandatedOutput>> found = new ArrayList<>();
    for (String text : List.of(first, later)) {
      extractor = new OutputExtractor(Gazetteers.bodies(language), new Spans(text), Issuer.HUMAN_RIGHTS_COUNCIL, 56, profile, mandates);
      found.add(extractor.extract(OffsetText.of(text)));
    }
    List<String> joined = extractor.withoutRepeats(found).stream()
        .map(p -> p.stream().map(OutputAttributesTest::described).collect(Collectors.joining("; "))).toList();
    assertEquals(expected, joined);
  }

  static Stream<Arguments> repeats() {
    return Stream.of(
        Arguments.of("fr",
            "Prie le Mécanisme d’experts d’élaborer chaque année un rapport et de le lui présenter ;",
            "Prie également le Mécanisme d’experts de présenter son rapport annuel aussi à l’Assemblée générale et de participer avec elle à un dialogue ;",
            List.of("REPORT [] [hrc, ga] annual - - mandate", "")),
        Arguments.of("en",
            "Requests the Expert Mechanism to prepare, on an annual basis, a report and to present it to the Human Rights Council;",
            "Also requests the Expert Mechanism to present its annual report also to the General Assembly, engaging in an interactive dialogue with the Assembly;",
            List.of("REPORT [] [hrc, ga] annual - - mandate", "")));
  }

  private static String described(MandatedOutput o) {
    return o.kind() + " " + o.dueSessions().stream().map(s -> s.organ().body() + " " + s.number()).collect(Collectors.joining(", ", "[", "]"))
        + " " + o.addressees().stream().map(Issuer::body).collect(Collectors.joining(", ", "[", "]"))
        + " " + o.frequency().notation() + " " + (o.fromSession() == null ? "-" : o.fromSession().organ().body() + " " + o.fromSession().number())
        + " " + (o.actor() == null ? "-" : o.actor()) + " " + (o.mandate() == null ? "-" : "mandate");
  }
}
