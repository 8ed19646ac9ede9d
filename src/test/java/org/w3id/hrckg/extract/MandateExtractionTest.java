package org.w3id.hrckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.source.OffsetText;

/**
 * Mandates that real operative paragraphs establish or extend, in French and in English: "extend"
 * or "establish", the kind of holder and the title as written; "-" where the paragraph decides
 * nothing about a mandate.
 */
class MandateExtractionTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("fr", "Décide de proroger le mandat du Rapporteur spécial sur la situation des droits de l’homme en Afghanistan pour une période d’un an, et prie le Rapporteur spécial de lui présenter un rapport ;",
            "extend SPECIAL_RAPPORTEUR Rapporteur spécial sur la situation des droits de l’homme en Afghanistan"),
        row("en", "Decides to extend the mandate of Special Rapporteur on the situation of human rights in Afghanistan for a period of one year, and requests the Special Rapporteur to present a report;",
            "extend SPECIAL_RAPPORTEUR Special Rapporteur on the situation of human rights in Afghanistan"),
        row("fr", "Décide de proroger, pour une période de trois ans, le mandat d’Expert indépendant sur la promotion d’un ordre international démocratique et équitable, tel qu’énoncé dans sa résolution 18/6 du 29 septembre 2011 ;",
            "extend INDEPENDENT_EXPERT Expert indépendant sur la promotion d’un ordre international démocratique et équitable"),
        row("fr", "Décide de prolonger d’un an le mandat de la Commission d’enquête internationale indépendante sur la République arabe syrienne ;",
            "extend COMMISSION_OF_INQUIRY Commission d’enquête internationale indépendante sur la République arabe syrienne"),
        row("en", "Decides to renew the mandate of Special Rapporteur as Special Rapporteur on the human right to a clean, healthy and sustainable environment, for a period of three years;",
            "extend SPECIAL_RAPPORTEUR Special Rapporteur on the human right to a clean, healthy and sustainable environment"),
        row("fr", "Décide de renouveler pour une période de trois ans le mandat de Rapporteur spécial en tant que Rapporteur spécial sur le droit humain à un environnement propre, sain et durable ;",
            "extend SPECIAL_RAPPORTEUR Rapporteur spécial sur le droit humain à un environnement propre, sain et durable"),
        row("fr", "Décide de proroger pour une nouvelle période de trois ans le mandat du Groupe de travail d’experts sur les personnes d’ascendance africaine, tel qu’il est énoncé dans sa résolution 9/14 ;",
            "extend WORKING_GROUP Groupe de travail d’experts sur les personnes d’ascendance africaine"),
        row("en", "Decides to renew, for one year, the mandate of the team of international experts in the Democratic Republic of the Congo, and requests the team to provide the necessary technical support;",
            "extend TEAM_OF_EXPERTS team of international experts in the Democratic Republic of the Congo"),
        row("en", "Decides to urgently establish an independent international fact-finding mission for the Sudan, comprising three members;",
            "establish FACT_FINDING_MISSION independent international fact-finding mission for the Sudan"),
        row("fr", "Décide également d’établir d’urgence, pour une période d’un an renouvelable, un groupe de trois experts indépendants sur la situation des droits de l’homme au Bélarus, qui seront nommés par son président ;",
            "establish GROUP_OF_EXPERTS groupe de trois experts indépendants sur la situation des droits de l’homme au Bélarus"),
        row("en", "Decides to renew the mandate of the International Independent Expert Mechanism to Advance Racial Justice and Equality in Law Enforcement, comprising three experts, until the sixty-sixth session;",
            "extend EXPERT_MECHANISM International Independent Expert Mechanism to Advance Racial Justice and Equality in Law Enforcement"),
        row("fr", "Décide de proroger pour une période d’un an renouvelable le mandat de l’expert indépendant des droits de l’homme désigné par le Haut-Commissaire, ayant pour missions de suivre l’évolution de la situation ;",
            "extend INDEPENDENT_EXPERT expert indépendant des droits de l’homme désigné par le Haut-Commissaire"),
        row("en", "Decides to extend, for a renewable period of one year, the mandate of the independent human rights expert appointed by the High Commissioner and tasked with undertaking the monitoring;",
            "extend INDEPENDENT_EXPERT independent human rights expert"),
        row("fr", "Se félicite du travail du Rapporteur spécial sur l’indépendance des juges et des avocats ;", "-"),
        row("en", "Requests the Special Rapporteur to continue to carry out the mandate and to report annually;", "-"));
  }

  private static Arguments row(String lang, String text, String expected) {
    return Arguments.of(lang, text, expected.equals("-") ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("rows")
  void findsTheMandate(String lang, String text, List<String> expected) {
    var words = lang.equals("fr") ? FrenchProfile.INSTANCE.outputs() : EnglishProfile.INSTANCE.outputs();
    List<String> found = new MandateExtractor(words, new Spans(text)).extract(OffsetText.of(text)).stream()
        .map(m -> (m.extension() ? "extend " : "establish ") + m.holder() + " " + m.name()).toList();
    assertEquals(expected, found);
  }
}
