package org.w3id.hrckg.lang.en;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * What English UN documents print around the text: the masthead and distribution note
 * ("Distr.: General"), the language note ("Original: English"), the note that explains the
 * sponsors' asterisk, the recycling note, ordinal suffixes on a line of their own, the date of
 * issue, and footnote calls glued to numbers. English elides no article: it has no spaced
 * apostrophe to repair.
 */
public final class EnglishLayout implements PatternCatalogue {

  private EnglishLayout() {}

  public static final NamedPattern MASTHEAD = NamedPattern.named("masthead")
      .purpose("the organ names and distribution note at the top of a first page")
      .examples("United Nations", "General Assembly Distr.: Limited", "Distr.: General", "General Assembly",
          "Distr.: General 13 October 2023", "Economic and Social Council")
      .counterExamples("Human Rights Council", "the General Assembly decided", "General Assembly resolution 60/251")
      .regex("^(?=\\S)(?!\\d)(?:United\\s+Nations|General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council|Security\\s+Council)?"
          + "\\s*(?<distr>Distr\\.\\s*:?\\s*(?:General|Limited|Restricted))?\\s*(?<date>\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?$");

  public static final NamedPattern LANGUAGE = NamedPattern.named("language note")
      .purpose("the language of the original, printed under the date of issue")
      .examples("Original: English", "Original: French", "Original: English/French", "Original: Arabic and English")
      .counterExamples("English and French are the working languages", "Original Records")
      .regex("^(?:English|Original\\s*:\\s*\\p{L}+(?:\\s*(?:/|and)\\s*\\p{L}+)?)$");

  public static final NamedPattern NON_MEMBER_NOTE = NamedPattern.named("non-member note")
      .purpose("the first-page footnote that explains the asterisk of the sponsor list")
      .examples("* Non-member State of the Human Rights Council.", "\\* Non-member States of the Human Rights Council.",
          "* State not a member of the Human Rights Council.")
      .counterExamples("Albania*, Argentina", "non-member States of the Council may take part")
      .regex("^\\\\?\\*+\\s*(?:Non-member\\s+States?|States?\\s+not\\s+(?:a\\s+)?members?)\\b.*$");

  public static final NamedPattern PAGE_FOOTER_NOISE = NamedPattern.named("page footer noise")
      .purpose("the bar code and recycling note of a first-page footer")
      .examples("*2318190*", "Please recycle", "Please recycle.")
      .counterExamples("Albania*, Argentina", "recycle the waste")
      .regex("^(?:\\*\\d{6,8}\\*|Please\\s+recycle\\.?)$");

  public static final NamedPattern ORDINAL_SUFFIX = NamedPattern.named("ordinal suffix line")
      .purpose("the superscript letters of an ordinal that PDF extraction puts on a line of their own (46 / th / meeting)")
      .examples("th", "st", "nd", "rd")
      .counterExamples("the", "meeting")
      .regex("^(?:st|nd|rd|th)$");

  public static final NamedPattern ORPHAN_CALL = NamedPattern.named("call glued to a number")
      .purpose("a footnote call that PDF extraction glued to a year or to a Council resolution number (\"its\" or the"
          + " \"Council\" resolution, whose numbers have two digits at most), also after the comma or semicolon that English"
          + " sets before a call; sought only for a footnote whose call was not found, on its page, with the footnote's"
          + " own label (here 3)")
      .examples("held its third session from 9 to 13 May 20223, and", "pursuant to its resolution 49/193;",
          "pursuant to its resolution 49/19,3", "Human Rights Council resolution 52/32;3", "paragraph 85 of decision 1/CMA.33, in which",
          "recalling decision 1/CMA.3,3 paragraph 85")
      .counterExamples("General Assembly resolution 60/251", "General Assembly resolution 60/253", "in 2023, and", "A/HRC/54/253",
          "Council resolutions 5/1, 3 and 5")
      .regex("(?:(?<![\\d/.,\\-])(?<year>(?:19|20)\\d{2})|\\b(?:its|Council)\\s+(?:own\\s+)?resolutions?\\s+(?<resolution>\\d{1,2}/\\d{1,2})"
          + "|(?<dotted>\\b[A-Z][A-Za-z]{1,9}\\.\\d))[,;]?(?<label>3)(?![\\d/])");

  public static final NamedPattern DISTRIBUTED_DATE = NamedPattern.named("date line")
      .purpose("a date alone on a line, which under a distribution note is the date of issue")
      .examples("13 October 2023", "1 April 2015")
      .counterExamples("11 September-13 October 2023", "October 2023")
      .regex("^\\d{1,2}\\s+\\p{L}+\\s+\\d{4}$");

  public static final NamedPattern COMPOUND_STEM = NamedPattern.named("compound stem")
      .purpose("the first element of a compound whose hyphen a line end does not take away (a prefix, a number of"
          + " an ordinal): a word broken after it keeps its hyphen")
      .examples("non", "fifty", "self", "follow", "well")
      .counterExamples("deve", "environ", "develop", "pro")
      .regex("^(?:non|semi|quasi|anti|vice|ex|extra|post|self|cross|well|long|short|cost|follow|side|high|low|mid|multi|inter|intra|sub|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))$");

  public static final NamedPattern COMPOUND_NUMERAL = NamedPattern.named("compound numeral")
      .purpose("a compound numeral under a hundred, cardinal or ordinal, written without the hyphen between its tens and"
          + " its units (pdftotext's raw order drops a hyphen at a line end): English writes every one with its hyphen"
          + " (twenty-seven, fifty-fourth), so the hyphen goes back at the end of group stem; matched against a whole"
          + " lower-cased word")
      .examples("twentyseven", "fiftyfourth", "sixtyninth", "ninetyone")
      .counterExamples("fifty-fourth", "twentieth", "seventy", "fiftyfold", "sixtyish")
      .regex("^(?<stem>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:one|two|three|four|five|six|seven|eight|nine"
          + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$");

  public static final NamedPattern HYPHENATED_PREFIX = NamedPattern.named("hyphenated prefix")
      .purpose("a prefix that the UN's English hyphenates before a word that opens with the vowel the prefix ends on"
          + " (re-examine, re-emphasize, pre-eminent, de-escalation, anti-inflammatory: the UN Editorial Manual's rule),"
          + " written without its hyphen (pdftotext's raw order drops a hyphen at a line end); the hyphen goes back at"
          + " the end of group stem where what follows the stem is a word and the whole is none; the manual's exceptions,"
          + " co- (cooperation, coordinate), are left out; matched against a whole lower-cased word")
      .examples("reexamine", "reemphasized", "reestablishment", "preeminent", "deescalation", "antiimperialist")
      .counterExamples("cooperation", "coordinate", "intergovernmental", "reference", "redeem", "re-examine", "deep")
      .regex("^(?<stem>(?:re|pre|de)(?=e)|(?:anti|semi|multi)(?=i))\\p{L}{4,}$");

  public static final NamedPattern SUSPENSION_CONJUNCTION = NamedPattern.named("suspension conjunction")
      .purpose("the conjunction after a suspended hyphen, whose compound's second element comes later: a line that ends"
          + " on \"slow-\" before \"and rapid-onset events\" keeps its hyphen and a space")
      .examples("and", "or", "to")
      .counterExamples("android", "order", "scale")
      .regex("^(?:and|or|nor|to)$");
}
