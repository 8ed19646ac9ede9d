package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * What French UN documents print around the text: the masthead and distribution note, the
 * language note, the note that explains the sponsors' asterisk, the recycling note, ordinal
 * suffixes on a line of their own, the date of issue, footnote calls glued to numbers, and the
 * spaces extraction puts around the apostrophe of an elided article.
 */
public final class FrenchLayout implements PatternCatalogue {

  private FrenchLayout() {}

  public static final NamedPattern MASTHEAD = NamedPattern.named("masthead")
      .purpose("the organ names and distribution note at the top of a first page")
      .examples("Nations Unies", "Assemblée générale Distr. limitée", "Distr. générale", "Assemblée générale")
      .counterExamples("Conseil des droits de l’homme", "l’Assemblée générale a décidé")
      .regex("^(?=\\S)(?!\\d)(?:Nations\\s+Unies|Assemblée\\s+générale|Conseil\\s+économique\\s+et\\s+social|Conseil\\s+de\\s+sécurité)?"
          + "\\s*(?<distr>Distr\\.\\s*(?:générale|limitée|restreinte|réservée))?\\s*(?<date>\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4})?$");

  public static final NamedPattern LANGUAGE = NamedPattern.named("language note")
      .purpose("the language of the copy and of the original, printed under the date of issue")
      .examples("Français", "Original : anglais", "Original: français")
      .counterExamples("Français et anglais sont les langues de travail")
      .regex("^(?:Français|Anglais|Espagnol|Arabe|Chinois|Russe|Original\\s*:\\s*\\p{L}+(?:\\s*/\\s*\\p{L}+)?)$");

  public static final NamedPattern NON_MEMBER_NOTE = NamedPattern.named("non-member note")
      .purpose("the first-page footnote that explains the asterisk of the sponsor list")
      .examples("* État non membre du Conseil des droits de l’homme.", "\\* États non membres du Conseil.")
      .counterExamples("Albanie*, Argentine")
      .regex("^\\\\?\\*+\\s*[ÉE]tats?\\s+non\\s+membres?\\b.*$");

  public static final NamedPattern PAGE_FOOTER_NOISE = NamedPattern.named("page footer noise")
      .purpose("the bar code and recycling note of a first-page footer")
      .examples("*2215810*", "Merci de recycler", "Prière de recycler")
      .counterExamples("Albanie*, Argentine")
      .regex("^(?:\\*\\d{6,8}\\*|(?:Merci|Prière|Veuillez)\\s+de\\s+recycler\\.?)$");

  public static final NamedPattern ORDINAL_SUFFIX = NamedPattern.named("ordinal suffix line")
      .purpose("the superscript letters of an ordinal that PDF extraction puts on a line of their own (55 / e / séance)")
      .examples("e", "er", "ème")
      .counterExamples("et", "séance")
      .regex("^(?:e|er|re|ère|ème|es|ᵉ)$");

  public static final NamedPattern ORPHAN_CALL = NamedPattern.named("call glued to a number")
      .purpose("a footnote call that PDF extraction glued to a year or to a Council resolution number (\"sa\""
          + " résolution, also misspelt \"sa résolutions\"); sought only for a footnote whose call was not found, on its"
          + " page, with the footnote's own label (here 3)")
      .examples("tenu sa troisième session du 9 au 13 mai 20223, et", "en application de sa résolution 49/193 ;",
          "rappelant sa résolutions 52/323 ;", "le paragraphe 85 de la décision 1/CMA.33, dans lequel")
      .counterExamples("la résolution 60/251 de l’Assemblée générale", "la résolution 60/253 de l’Assemblée générale",
          "en 2023, et", "A/HRC/54/253")
      .regex("(?:(?<![\\d/.,\\-])(?<year>(?:19|20)\\d{2})|\\bsa\\s+(?:propre\\s+)?résolutions?\\s+(?<resolution>\\d{1,2}/\\d{1,2})"
          + "|(?<dotted>\\b[A-Z][A-Za-z]{1,9}\\.\\d))(?<label>3)(?![\\d/])");

  public static final NamedPattern DISTRIBUTED_DATE = NamedPattern.named("date line")
      .purpose("a date alone on a line, which under a distribution note is the date of issue")
      .examples("4 octobre 2022", "1er avril 2015")
      .counterExamples("12 septembre-7 octobre 2022")
      .regex("^\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4}$");

  public static final NamedPattern SPACED_APOSTROPHE = NamedPattern.named("spaced apostrophe")
      .purpose("the space that PDF extraction inserts around the apostrophe of an elided article")
      .examples("droits de l ’homme", "coopération et d ’un véritable", "s ’acquitter", "qu’ il")
      .counterExamples("« l’homme »", "les États ’")
      .cues(" ’", " '", "’ ", "' ")
      // Starts at a space followed by the apostrophe, then looks back at the elided word: the
      // engine tries the costly look-behind only where a space is.
      .regex(" (?= *+[’'])(?<=\\b(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[qQ]uelqu) ) *"
          + "| (?<=\\b(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[qQ]uelqu)[’'] ) *+(?=\\p{L})");

  public static final NamedPattern COMPOUND_STEM = NamedPattern.named("compound stem")
      .purpose("the first element of a compound whose hyphen a line end does not take away (a prefix, a number of"
          + " an ordinal): a word broken after it keeps its hyphen")
      .examples("non", "cinquante", "sous", "demi", "latino", "vingt", "bien")
      .counterExamples("déve", "autochto", "travail", "pro")
      .regex("^(?:non|sous|demi|semi|quasi|anti|vice|ex|extra|post|néo|latino|afro|euro|socio|médico|politico|ouest|nord|sud|haut|haute|grand|petit|arrière|avant|belle|beau|bien|(?:vingt|trente|quarante|cinquante|soixante|quatre|dix|trois|deux|cent)s?)$");

  /** The units of a French compound numeral, cardinal and ordinal (after the tens, and after "dix" in "soixante-dix-sept"). */
  private static final String UNITS = "(?:un|une|unième|deux|deuxième|trois|troisième|quatre|quatrième|cinq|cinquième|six|sixième"
      + "|sept|septième|huit|huitième|neuf|neuvième|dix|dixième|onze|onzième|douze|douzième|treize|treizième|quatorze"
      + "|quatorzième|quinze|quinzième|seize|seizième)";

  public static final NamedPattern COMPOUND_NUMERAL = NamedPattern.named("compound numeral")
      .purpose("a compound numeral under a hundred, cardinal or ordinal, written without the hyphen between its tens and"
          + " what follows (pdftotext's raw order drops a hyphen at a line end): French writes every one with its hyphens"
          + " (vingt-sept, quatre-vingt-dix-neuf, soixante-douzième), so the hyphen goes back at the end of group stem;"
          + " matched against a whole lower-cased word")
      .examples("vingtsept", "vingtquatre", "trentecinquième", "soixantedouze", "dixneuf", "quatrevingts",
          "quatre-vingtdix-neuf", "soixantedix-huitième", "vingtet-un")
      .counterExamples("vingt-sept", "vingtaine", "vingtième", "dixième", "quatrième", "soixantaine", "trentenaire",
          "quarantaine", "cinquantenaire", "dix-sept")
      .regex("^(?<stem>quatre-vingt|vingt|trente|quarante|cinquante|soixante|dix|quatre)(?:et-)?(?:" + UNITS
          + "|vingts?|vingtième)(?:-" + UNITS + ")*$");

  public static final NamedPattern HYPHENATED_PREFIX = NamedPattern.named("hyphenated prefix")
      .purpose("a prefix that French always joins with a hyphen to the noun or adjective after it (sous-nutrition,"
          + " sous-région, vice-président, demi-journée, quasi-totalité, arrière-plan: the few solid words it makes,"
          + " soustraire, souscrire, are words of the language), written without its hyphen (pdftotext's raw order drops a"
          + " hyphen at a line end); the hyphen goes back at the end of group stem where what follows the stem is a word"
          + " and the whole is none; matched against a whole lower-cased word")
      .examples("sousnutrition", "sousrégional", "viceprésident", "demijournée", "quasitotalité", "arrièreplan")
      .counterExamples("sous-nutrition", "sous", "vicié", "quasi", "antiterroriste", "non", "souci")
      .regex("^(?<stem>sous|vice|demi|quasi|arrière)\\p{L}{4,}$");

  public static final NamedPattern SUSPENSION_CONJUNCTION = NamedPattern.named("suspension conjunction")
      .purpose("the conjunction after a suspended hyphen, whose compound's second element comes later: a line that ends"
          + " on \"pré-\" before \"et postnatal\" keeps its hyphen and a space")
      .examples("et", "ou", "à")
      .counterExamples("été", "outre", "mentale")
      .regex("^(?:et|ou|à)$");
}
