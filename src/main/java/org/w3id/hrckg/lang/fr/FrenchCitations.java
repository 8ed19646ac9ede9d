package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How French UN texts cite resolutions, decisions and documents. The fragments are applied by the
 * citation scanner one after another at a position ({@code lookingAt}), the way one reads "les
 * résolutions de l’Assemblée générale 48/141 du 20 décembre 1993, 60/251 du 15 mars 2006 et
 * 65/281 du 17 juin 2011 et ses propres résolutions 5/1 du 18 juin 2007...".
 */
public final class FrenchCitations implements PatternCatalogue {

  private FrenchCitations() {}

  private static final String APOSTROPHE = "['’]";

  /** The organs a text names as issuers, as noun phrases with their article. */
  private static final String ISSUER_NP = "(?:"
      + "(?<ga>l" + APOSTROPHE + "Assemblée(?:\\s+générale)?)"
      + "|(?<sc>le\\s+Conseil\\s+de\\s+sécurité)"
      + "|(?<ecosoc>le\\s+Conseil\\s+économique\\s+et\\s+social)"
      + "|(?<sub>la\\s+Sous-Commission(?:\\s+de\\s+la\\s+(?:promotion|lutte)[^,;]{0,110}?(?:minorités|homme))?)"
      + "|(?<chr>la\\s+Commission(?:\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme)?(?!\\s+(?:africaine|interaméricaine|européenne|d" + APOSTROPHE + "enquête)))"
      + "|(?<hrc>le\\s+Conseil(?:\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme)?(?!\\s+d" + APOSTROPHE + "administration)|lui-même|il)"
      + ")";

  public static final NamedPattern ANCHOR = NamedPattern.named("resolution word")
      .purpose("the word that introduces resolution or decision numbers")
      .examples("rappelant ses résolutions 5/1 et 5/2", "la résolution 60/251", "sa décision 25/116",
          "Résolution 73/291 de l’Assemblée générale.")
      .counterExamples("son irrésolution", "les résolus")
      .cues("ésolution", "écision")
      .regex("\\b(?:[rR]ésolutions?|(?<decision>[dD]écisions?))\\b");

  public static final NamedPattern DETERMINER = NamedPattern.named("determiner")
      .purpose("what stands before the resolution word, read backwards: a possessive points to the subject")
      .examples("rappelant ses propres ", "en application de sa ", "par lui-même dans ses ", "la ")
      .counterExamples("rappelant toutes les décisions et ")
      .regex("(?<det>\\b(?:sa|ses|leurs?|son|la|les|une?|des|cette|ces|aux?|du|l" + APOSTROPHE + "))\\s+"
          + "(?:(?<qualifier>propres?|dernières?|précédentes?|récentes?|antérieures?)\\s+)?$");

  public static final NamedPattern ISSUER_OF = NamedPattern.named("issuer phrase")
      .purpose("the issuer after or before the numbers: « de l’Assemblée générale », « du Conseil », « par lui-même »")
      .examples(" de l’Assemblée générale du 15 mars 2006", ", du Conseil, en date du 27 mars 2014", " de l’Assemblée, en date",
          " du Conseil de sécurité", " de la Commission des droits de l’homme", " adoptée par l’Assemblée générale",
          " par l’Assemblée générale,")
      .counterExamples(" du 15 mars 2006", " du Conseil d’administration du Fonds")
      .regex("^\\s*,?\\s*(?:(?:adopté(?:e|s|es)?\\s+)?par\\s+|de\\s+|du\\s+)"
          + "(?:"
          + "(?<ga>l" + APOSTROPHE + "Assemblée(?:\\s+générale)?)"
          + "|(?<sc>(?:le\\s+)?Conseil\\s+de\\s+sécurité)"
          + "|(?<ecosoc>(?:le\\s+)?Conseil\\s+économique\\s+et\\s+social)"
          + "|(?<sub>la\\s+Sous-Commission(?:\\s+de\\s+la\\s+(?:promotion|lutte)[^,;]{0,110}?(?:minorités|homme))?)"
          + "|(?<chr>la\\s+Commission(?:\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme)?(?!\\s+(?:africaine|interaméricaine|européenne|d" + APOSTROPHE + "enquête)))"
          + "|(?<hrc>(?:le\\s+)?Conseil(?:\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme)?(?!\\s+(?:d" + APOSTROPHE + "administration|de\\s+sécurité|économique|d" + APOSTROPHE + "Europe))|lui-même)"
          + ")(?![\\p{L}\\-])");

  public static final NamedPattern OTHER_ISSUER = NamedPattern.named("issuer outside the UN")
      .purpose("an issuer that is not a UN organ: its resolutions and decisions are not UN documents")
      .examples(" de la Commission africaine des droits de l’homme et des peuples", " de l’Union africaine",
          " de l’Assemblée mondiale de la Santé", " du Conseil de l’Europe", " de la Conférence des Parties",
          " de la Conférence des États parties à la Convention des Nations Unies contre la corruption",
          " que l’Assemblée des Nations Unies pour l’environnement a adoptée", " de l’Assemblée des Nations Unies pour l’environnement",
          " du Conseil d’administration du Programme des Nations Unies pour l’environnement")
      .counterExamples(" de la Commission des droits de l’homme", " de l’Assemblée générale", " que l’Assemblée générale a adoptée")
      .regex("^\\s*,?\\s*(?:\\d{4}\\s+)?(?:de\\s+la|de\\s+l" + APOSTROPHE + "|du|des|qu(?:e|" + APOSTROPHE + ")\\s*(?:la|le|l" + APOSTROPHE + "))\\s*"
          + "(?:Assemblée\\s+des\\s+Nations\\s+Unies\\s+pour\\s+l" + APOSTROPHE + "environnement|Conseil\\s+d" + APOSTROPHE + "administration"
          + "|Conférence\\s+des\\s+États\\s+parties|Commission\\s+(?:africaine|interaméricaine|européenne)"
          + "|Union\\s+(?:africaine|européenne|interparlementaire)|Organisation\\s+(?:des\\s+États\\s+américains|mondiale|internationale|de\\s+la\\s+coopération|de\\s+l" + APOSTROPHE + "unité)"
          + "|Assemblée\\s+mondiale|Conseil\\s+de\\s+l" + APOSTROPHE + "Europe|Conférence\\s+(?:des\\s+Parties|générale)|Parlement|Cour\\b|Ligue\\s+des\\s+États\\s+arabes)");

  public static final NamedPattern STATED_DATE = NamedPattern.named("stated date")
      .purpose("the date a text gives a cited resolution, right after its number or issuer")
      .examples(" du 15 mars 2006", ", en date du 27 mars 2014", ", du 7 janvier 1994", " adoptée le 25 septembre 2015",
          ", toutes deux du 18 juin 2007", " en date du 1er décembre 2020")
      .counterExamples(" du Conseil", " de 2015")
      .regex("^\\s*,?\\s*(?<both>(?:toutes?|tous)\\s+(?:deux|trois|quatre)\\s+)?(?:(?:en\\s+date\\s+)?du|adopté(?:e|s|es)?\\s+le)\\s+"
          + FrenchDates.DATE + "(?!\\d)");

  public static final NamedPattern DESCRIPTOR = NamedPattern.named("descriptor")
      .purpose("the start of what a list may say of a number before its next number or date: a subject, a title,"
          + " a relative clause (its end is found by the scanner)")
      .examples(", sur la mise en place de ses institutions,", ", intitulée « Transformer notre monde »,",
          " sur les entreprises et les droits de l’homme, 50/15", ", par laquelle il a nommé un rapporteur spécial, 50/14",
          " portant création d’un mandat de rapporteur spécial, 25/36", " contenant le Document final")
      .counterExamples(", et rappelant les dispositions", " portant")
      .regex("^\\s*,?\\s*(?:sur|relatives?\\s+(?:à|au|aux)|intitulée?s?|concernant|consacrée?s?\\s+(?:à|au|aux)|portant\\s+\\p{L}+"
          + "|contenant"
          + "|(?:par|dans)\\s+(?:laquelle|lesquelles|lequel|lesquels)|établissant|instituant)\\s");

  public static final NamedPattern TOPIC = NamedPattern.named("topic before numbers")
      .purpose("the subject of resolutions whose numbers follow in parentheses: « ses résolutions sur la justice transitionnelle (9/10 du …) »")
      .examples(" sur les droits de l’homme et la justice transitionnelle (9/10 du 24 septembre 2008)")
      .counterExamples(" 5/1 du 18 juin 2007")
      .regex("^\\s+(?:sur|relatives?\\s+(?:à|au|aux)|concernant)\\s");

  public static final NamedPattern LIST_CONNECTOR = NamedPattern.named("list connector")
      .purpose("what joins the numbers of one list")
      .examples(", 60/251", " et 5/2", ", et 36/29", " ainsi que 16/21")
      .counterExamples(" et ses propres résolutions 5/1")
      .regex("^\\s*(?:,\\s*(?:et\\s+|ainsi\\s+que\\s+)?|et\\s+|ainsi\\s+que\\s+)(?=(?:S-|ES-)?\\d)");

  public static final NamedPattern PINPOINT = NamedPattern.named("pinpoint")
      .purpose("the part of a resolution meant, just before the resolution word")
      .examples("conformément aux paragraphes 3 et 4 de sa ", "le paragraphe 6 de la ", "l’annexe de la ",
          "à l’alinéa f) du paragraphe 5 de sa ", "la section II de sa ")
      .counterExamples("conformément à la ")
      .regex("(?<pin>(?:(?:alinéas?|sous-alinéas?)\\s+[a-z]\\)(?:\\s*(?:,|et)\\s*[a-z]\\))*\\s+(?:du|des)\\s+)?"
          + "(?:paragraphes?|sections?|chapitres?|parties?|articles?)\\s+[\\dIVXLC]+(?:\\s*(?:,|à|et)\\s*[\\dIVXLC]+)*"
          + "|annexes?(?:\\s+[IVX]+)?)\\s+(?:de\\s+la|de\\s+sa|de\\s+ses|de\\s+l" + APOSTROPHE + "|des|du|de|à\\s+la|à\\s+sa)\\s+$");

  public static final NamedPattern SUBJECT_BEFORE = NamedPattern.named("subject before possessive")
      .purpose("an organ named as the subject just before « dans sa résolution »: the possessive is that organ's")
      .examples("tel que décrit par l’Assemblée générale dans ", "la Commission des droits de l’homme dans ",
          "par lui-même dans ", "l’Assemblée générale a, dans ")
      .counterExamples("et rappelant les dispositions de ")
      .regex(ISSUER_NP + "\\s*,?\\s*(?:a\\s*,?\\s*|avait\\s*,?\\s*)?(?:dans|par)\\s+$");

  public static final NamedPattern SUBJECT_AFTER = NamedPattern.named("subject after possessive")
      .purpose("an organ named as the subject after « dans sa résolution N, »: the possessive is that organ's")
      .examples(", l’Assemblée générale a prié le Secrétaire général", ", le Conseil de sécurité a décidé",
          ", l’Assemblée générale l’a prié d’examiner", ", l’Assemblée s’est félicitée")
      .counterExamples(", et rappelant")
      .regex("^\\s*,\\s*" + ISSUER_NP + "\\s+(?:l" + APOSTROPHE + "|les\\s+|lui\\s+|leur\\s+|y\\s+|en\\s+|s" + APOSTROPHE + ")?"
          + "(?:a|avait|ont|est|était)\\b");

  public static final NamedPattern RELATIVE_SUBJECT = NamedPattern.named("relative clause subject")
      .purpose("the organ named in the relative clause after a cited resolution: « par laquelle l’Assemblée a... »")
      .examples(", par laquelle l’Assemblée a institué le Conseil", ", dans laquelle l’Assemblée générale a décidé",
          " par laquelle le Conseil de sécurité")
      .counterExamples(", dans laquelle elle a décidé")
      .regex("^\\s*,?\\s*(?:par|dans)\\s+(?:laquelle|lesquelles)\\s+" + ISSUER_NP + "(?![\\p{L}])");

  public static final NamedPattern ADDENDA = NamedPattern.named("elliptic addenda")
      .purpose("after a document symbol, its addenda named without the symbol: each is a cited document")
      .examples(" et Add.1", " et Add.1 et 2", ", Add.1 à 3", " et Add.2-4")
      .counterExamples(" et A/HRC/54/26", " et additif")
      .regex("^\\s*(?:,\\s*|\\s+et\\s+)Add\\.(?<first>\\d{1,3})(?<more>(?:\\s*(?:,|et|à|-)\\s*\\d{1,3}(?!\\d|/))*)");

  public static final NamedPattern POSSESSIVE = NamedPattern.named("possessive determiner")
      .purpose("the determiners that point to the subject of a sentence, matched whole against the determiner")
      .examples("sa", "ses", "leurs", "son")
      .counterExamples("la", "les")
      .ignoringCase()
      .regex("^(?:sa|ses|leurs?|son)$");

  public static final NamedPattern CONJUNCTION = NamedPattern.named("conjunction")
      .purpose("the word « et » with its spaces, at a position inside a list")
      .examples(" et 60/251")
      .counterExamples(", 60/251", " étant")
      .regex("^ et ");

  public static final NamedPattern POSSESSIVE_LEAD = NamedPattern.named("possessive lead")
      .purpose("the preposition before a possessive after which the subject may follow the numbers (« dans sa résolution 60/251, l’Assemblée a... »)")
      .examples("rappelant que, dans ", "par ")
      .counterExamples("rappelant ")
      .regex("\\b(?:dans|par)\\s+$");

  public static final NamedPattern CLAUSE_START = NamedPattern.named("clause start")
      .purpose("looking back from a cue that is also a noun (« note », « rappel »): the start of a clause it must follow")
      .examples("", "des États, ", "et ")
      .counterExamples("une ")
      .regex("(?:^|[,;:]|\\bet)\\s*$");

  /** The adverbs that may stand between the words of a cue ("prend également acte", "rappelant en outre"). */
  public static final String CUE_ADVERBS = "(?:également|aussi|en\\s+outre|de\\s+plus|de\\s+nouveau|à\\s+nouveau|avec\\s+satisfaction|enfin)";
}
