package org.w3id.hrckg.structure;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * The editorial conventions of a UN resolution's shape that are the same in every language: the
 * numbers of operative paragraphs, the number line before the title, the word that heads an annex and the
 * letters of points. The words of the header,
 * the enacting formula and the record of adoption are each language profile's
 * ({@code lang.StructureVocabulary}).
 */
public final class StructurePatterns implements PatternCatalogue {

  private StructurePatterns() {}

  public static final NamedPattern BARE_NUMBER = NamedPattern.named("operative number without its stop")
      .purpose("a number before a capital word, which opens an operative paragraph when it is the next in sequence"
          + " and a present-tense verb follows (the stop lost in extraction)")
      .examples("5 Engage les États", "12  Décide")
      .counterExamples("5. Engage", "2030 »")
      .regex("^(?<n>\\d{1,3})\\s+(?=\\p{Lu})");

  public static final NamedPattern OPERATIVE_NUMBER = NamedPattern.named("operative number")
      .purpose("the number that opens an operative paragraph")
      .examples("1. Souligne que le débat général", "14. Demande aux États", "2.Réaffirme")
      .counterExamples("2015, du 15 mars", "1er décembre", "5/1 et 5/2")
      .regex("^(?<n>\\d{1,3})\\s?\\.(?:\\s+|(?=\\p{Lu}))(?=\\S)");

  public static final NamedPattern NUMBER_AND_TITLE = NamedPattern.named("number and title")
      .purpose("the resolution number (or the session and an ellipsis, on a draft) before the title")
      .examples("45/32. Amélioration de la coopération technique", "51/… Amélioration", "28/2", "S-34/1. La situation",
          "42/... Promotion de la coopération")
      .counterExamples("12 septembre-7 octobre 2022", "1. Souligne")
      .regex("^(?<number>(?:S-)?(?<session>\\d{1,3})/(?<n>\\d{1,3}|…|\\.{3}))\\s*\\.?(?:\\s+(?<title>\\S.*))?$");

  public static final NamedPattern ANNEX_LABEL = NamedPattern.named("annex label")
      .purpose("the heading that only names an annex, in any of the six languages, above the annex's own title")
      .examples("Annex", "Annex I", "Annexe", "Annexe II", "Anexo", "Приложение", "المرفق", "المرفق الأول", "附件", "附件一")
      .counterExamples("Annex to Council resolution 5/1", "Annexe à la résolution 5/1", "Draft international covenant",
          "Anexos de la Declaración")
      .regex("^(?:Annexe?s?|Anexos?|Приложени[ея]|المرفقا?ت?|附件)(?:\\s+(?:[IVX]{1,4}|ال\\S+)|[一二三四五六七八九十]{1,3})?$");

  public static final NamedPattern POINT_LABEL = NamedPattern.named("point label")
      .purpose("the letter or Roman figure that opens a point of a paragraph on a line of its own: the point belongs to the"
          + " paragraph before it")
      .examples("a) On entend par « personne morale »", "(b) “International organization” means", "iv) les droits")
      .counterExamples("a)", "(par. 3), 55 et 56", "1. Les États parties", "Article 2 Définitions")
      .regex("^\\(?[a-z]{1,5}\\)\\s+(?=\\S)");
}
