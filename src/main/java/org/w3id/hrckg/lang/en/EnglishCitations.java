package org.w3id.hrckg.lang.en;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How English UN texts cite resolutions, decisions and documents. English names the issuer
 * before the resolution word ("General Assembly resolution 60/251 of 15 March 2006", "Human Rights
 * Council resolutions 5/1 and 5/2"), or after its numbers with "of" ("resolution 25/3 of the
 * Council"), the preposition that also introduces dates ("of 18 June 2007"); a possessive points
 * to the subject ("its resolutions", "the General Assembly, in its resolution 60/251, decided").
 * The fragments are applied by the citation scanner at a position ({@code lookingAt}) or looking
 * back from one ({@code $}).
 */
public final class EnglishCitations implements PatternCatalogue {

  private EnglishCitations() {}

  /** The pronoun by which the citing organ names itself; outside every organ group, it stands for the citing organ. */
  private static final String PRONOUN = "|\\bit(?:self)?\\b";

  /** The organs a text names as subjects, as noun phrases with their article. */
  private static final String ISSUER_NP = "(?:"
      + "(?<ga>the\\s+(?:General\\s+)?Assembly)"
      + "|(?<sc>the\\s+Security\\s+Council)"
      + "|(?<ecosoc>the\\s+Economic\\s+and\\s+Social\\s+Council)"
      + "|(?<sub>the\\s+Sub-Commission(?:\\s+on\\s+the\\s+Promotion\\s+and\\s+Protection\\s+of\\s+Human\\s+Rights)?)"
      + "|(?<chr>the\\s+Commission(?:\\s+on\\s+Human\\s+Rights)?(?!\\s+(?:on|of|for)\\b))"
      + "|(?<hrc>the\\s+(?:Human\\s+Rights\\s+)?Council(?!\\s+of\\s+Europe))"
      + PRONOUN
      + ")";

  public static final NamedPattern ANCHOR = NamedPattern.named("resolution word")
      .purpose("the word that introduces resolution or decision numbers")
      .examples("recalling its resolutions 5/1 and 5/2", "General Assembly resolution 60/251", "Council decision 25/116",
          "Resolution 73/291 of the General Assembly.")
      .counterExamples("resolutely", "irresolution", "the resolved issues")
      .cues("esolution", "ecision")
      .regex("\\b(?:[rR]esolutions?|(?<decision>[dD]ecisions?))\\b");

  public static final NamedPattern DETERMINER = NamedPattern.named("determiner")
      .purpose("what stands before the resolution word (or the organ named before it), read backwards: a possessive"
          + " points to the subject")
      .examples("recalling its own ", "in accordance with its ", "paragraph 6 of the ", "all its previous ",
          "its most recent ")
      .counterExamples("recalling all relevant decisions and ")
      .ignoringCase()
      .regex("(?<det>\\b(?:its|their|the|a|an|this|that|these|those))\\s+"
          + "(?:(?<qualifier>own|previous|earlier|recent|most\\s+recent|latest|subsequent|relevant|related|prior|other)\\s+)?$");

  public static final NamedPattern ISSUER_BEFORE = NamedPattern.named("issuer before the resolution word")
      .purpose("the organ named before the resolution word, looking back from it; a body outside the UN (no organ"
          + " group) makes the numbers not UN documents")
      .examples("Recalling General Assembly ", "Human Rights Council ", "Commission on Human Rights ", "Security Council ",
          "Economic and Social Council ", "Recalling also Human Rights Council ", "United Nations Environment Assembly ",
          "Commission on Narcotic Drugs ", "World Health Assembly ")
      .counterExamples("Recalling ", "See ", "its ")
      .regex("(?:(?<ga>(?:General\\s+)?(?<!Environment\\s|Health\\s)Assembly)"
          + "|(?<sc>Security\\s+Council)"
          + "|(?<ecosoc>Economic\\s+and\\s+Social\\s+Council)"
          + "|(?<sub>Sub-Commission(?:\\s+on\\s+the\\s+Promotion\\s+and\\s+Protection\\s+of\\s+Human\\s+Rights)?)"
          + "|(?<chr>Commission\\s+on\\s+Human\\s+Rights)"
          + "|(?<hrc>(?:Human\\s+Rights\\s+)?(?<!Governing\\s|Security\\s|Social\\s)Council)"
          + "|(?<other>(?:United\\s+Nations\\s+)?Environment\\s+Assembly|World\\s+Health\\s+Assembly"
          + "|World\\s+\\p{Lu}\\p{L}+\\s+Organization|International\\s+\\p{Lu}\\p{L}+\\s+(?:Union|Organization|Conference)"
          + "|Intergovernmental\\s+Oceanographic\\s+Commission|Governing\\s+Council|Executive\\s+Board|General\\s+Conference"
          + "|Commission\\s+(?:on|for)\\s+(?!Human\\s+Rights\\b)\\p{L}+(?:\\s+\\p{L}+){0,5}?"
          + "|(?:African|Inter-American|European)\\s+\\p{Lu}\\p{L}+|Conference\\s+of\\s+the\\s+(?:States\\s+)?Parties)"
          + ")\\s+$");

  public static final NamedPattern ISSUER_OF = NamedPattern.named("issuer phrase")
      .purpose("the issuer after the numbers (or after the resolution word): \"of the General Assembly\", \"by the Council\"")
      .examples(" of the General Assembly of 15 March 2006", ", of the Council, of 27 March 2014", " of the Assembly",
          " of the Security Council", " of the Commission on Human Rights", " adopted by the General Assembly",
          " by the General Assembly,")
      .counterExamples(" of 15 March 2006", " of the Board of Trustees of the Fund", " of the Council of Europe")
      .regex("^\\s*,?\\s*(?:(?:adopted\\s+)?by\\s+|of\\s+)(?:the\\s+)?"
          + "(?:"
          + "(?<ga>(?:General\\s+)?Assembly)"
          + "|(?<sc>Security\\s+Council)"
          + "|(?<ecosoc>Economic\\s+and\\s+Social\\s+Council)"
          + "|(?<sub>Sub-Commission(?:\\s+on\\s+the\\s+Promotion\\s+and\\s+Protection\\s+of\\s+Human\\s+Rights)?)"
          + "|(?<chr>Commission(?:\\s+on\\s+Human\\s+Rights)?(?!\\s+(?:on|of|for)\\b))"
          + "|(?<hrc>(?:Human\\s+Rights\\s+)?Council(?!\\s+(?:of|on|for)\\b)|itself)"
          + ")(?![\\p{L}\\-])");

  public static final NamedPattern OTHER_ISSUER = NamedPattern.named("issuer outside the UN")
      .purpose("an issuer after the numbers that is not a UN organ: its resolutions and decisions are not UN documents")
      .examples(" of the African Commission on Human and Peoples’ Rights", " of the African Union",
          " of the World Health Assembly", " of the Council of Europe", " of the Conference of the Parties",
          " of the United Nations Environment Assembly", ", which the United Nations Environment Assembly adopted")
      .counterExamples(" of the Commission on Human Rights", " of the General Assembly")
      .regex("^\\s*,?\\s*(?:\\d{4}\\s+)?(?:of|by|that|which)\\s+the\\s+(?:(?:African|Inter-American|European)\\s+\\p{Lu}"
          + "|(?:United\\s+Nations\\s+)?Environment\\s+Assembly|World\\s+Health\\s+Assembly|Council\\s+of\\s+Europe"
          + "|Organization\\s+of\\s+(?:American|Islamic)|League\\s+of\\s+Arab\\s+States|Inter-Parliamentary\\s+Union"
          + "|Conference\\s+of\\s+the\\s+(?:States\\s+)?Parties|General\\s+Conference|Executive\\s+Board|Governing\\s+Council"
          + "|Parliament|Court\\b|World\\s+\\p{Lu}\\p{L}+\\s+Organization|International\\s+\\p{Lu}\\p{L}+\\s+(?:Union|Organization|Conference))");

  public static final NamedPattern STATED_DATE = NamedPattern.named("stated date")
      .purpose("the date a text gives a cited resolution, right after its number or issuer")
      .examples(" of 15 March 2006", ", of 27 March 2014", " adopted on 25 September 2015", ", both of 18 June 2007",
          " of 1 December 2020", ", all three of 6 July 2023", " dated 7 January 1994")
      .counterExamples(" of the Council", " of 2015", " on 15 March 2006 the Council")
      .regex("^\\s*,?\\s*(?<both>(?:both|all(?:\\s+(?:three|four|five))?)\\s+)?(?:of|dated|adopted\\s+on)\\s+"
          + EnglishDates.DATE + "(?!\\d)");

  public static final NamedPattern DESCRIPTOR = NamedPattern.named("descriptor")
      .purpose("the start of what a list may say of a number before its next number or date: a subject, a title,"
          + " a relative clause (its end is found by the scanner)")
      .examples(" on institution-building of the Human Rights Council and", ", entitled “Transforming our world”,",
          " on business and human rights, 50/15", ", by which it appointed a special rapporteur, 50/14")
      .counterExamples(", and recalling the provisions", " of 18 June 2007")
      .regex("^\\s*,?\\s*(?:on|entitled|concerning|regarding|relating\\s+to|(?:by|in)\\s+which|whereby|establishing)\\s");

  public static final NamedPattern TOPIC = NamedPattern.named("topic before numbers")
      .purpose("the subject of resolutions whose numbers follow in parentheses: \"its resolutions on transitional justice (9/10 of …)\"")
      .examples(" on human rights and transitional justice (9/10 of 24 September 2008)")
      .counterExamples(" 5/1 of 18 June 2007")
      .regex("^\\s+(?:on|concerning|relating\\s+to)\\s");

  public static final NamedPattern LIST_CONNECTOR = NamedPattern.named("list connector")
      .purpose("what joins the numbers of one list")
      .examples(", 60/251", " and 5/2", ", and 36/29", " as well as 16/21", " or 5/2")
      .counterExamples(" and its own resolutions 5/1", " and 2030")
      .regex("^\\s*(?:,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|and\\s+|as\\s+well\\s+as\\s+|or\\s+)(?=(?:S-|ES-)?\\d{1,4}(?:/|\\s*(?:[A-H]\\s*)?\\())");

  public static final NamedPattern CONJUNCTION = NamedPattern.named("conjunction")
      .purpose("the word \"and\" with its spaces, at a position inside a list")
      .examples(" and 60/251")
      .counterExamples(", 60/251", " andante")
      .regex("^ and ");

  public static final NamedPattern PINPOINT = NamedPattern.named("pinpoint")
      .purpose("the part of a resolution meant, just before the resolution word (and its determiner or organ)")
      .examples("in accordance with paragraphs 3 and 4 of its ", "paragraph 6 of ", "the annex to ",
          "subparagraph (f) of paragraph 5 of its ", "section II of its ", "paragraph 5 (f) of the ")
      .counterExamples("in accordance with ")
      .regex("(?<pin>(?:subparagraphs?\\s+\\([a-z]\\)(?:\\s*(?:,|and)\\s*\\([a-z]\\))*\\s+of\\s+)?"
          + "(?:paragraphs?|sections?|chapters?|parts?|articles?)\\s+[\\dIVXLC]+(?:\\s*\\([a-z]{1,2}\\))?"
          + "(?:\\s*(?:,|to|and)\\s*[\\dIVXLC]+(?:\\s*\\([a-z]{1,2}\\))?)*|annex(?:es)?(?:\\s+[IVX]+)?)"
          + "\\s+(?:of|to|in)\\s+(?:(?:its|the|their)\\s+)?$");

  public static final NamedPattern SUBJECT_BEFORE = NamedPattern.named("subject before possessive")
      .purpose("an organ named as the subject just before \"in its resolution\": the possessive is that organ's")
      .examples("as described by the General Assembly in ", "the Commission on Human Rights in ", "the General Assembly, in ",
          "the General Assembly has, in ", "the Security Council, by ")
      .counterExamples("and recalling the provisions of ")
      .regex(ISSUER_NP + "\\s*,?\\s*(?:(?:has|had|also)\\s*,?\\s*)?(?:in|by|through)\\s+$");

  public static final NamedPattern SUBJECT_AFTER = NamedPattern.named("subject after possessive")
      .purpose("an organ named as the subject after \"in its resolution N,\": the possessive is that organ's")
      .examples(", the General Assembly requested the Secretary-General", ", the Security Council decided",
          ", the General Assembly also requested", ", the Assembly took note", ", the Council has")
      .counterExamples(", and recalling", ", the report was circulated")
      .regex("^\\s*,\\s*" + ISSUER_NP + "\\s+(?:(?:also|further|inter\\s+alia)\\s+)?"
          + "(?:has|had|was|is|took|made|set|gave|held|chose|began|laid|undertook|\\p{Ll}{2,}ed)\\b");

  public static final NamedPattern RELATIVE_SUBJECT = NamedPattern.named("relative clause subject")
      .purpose("the organ named in the relative clause after a cited resolution: \"by which the Assembly adopted...\"")
      .examples(", by which the Assembly established the Council", ", in which the General Assembly decided",
          " by which the Security Council")
      .counterExamples(", in which it decided", ", in which the report")
      .regex("^\\s*,?\\s*(?:by|in|through)\\s+which\\s+" + ISSUER_NP.replace(PRONOUN, "") + "(?![\\p{L}])");

  public static final NamedPattern ADDENDA = NamedPattern.named("elliptic addenda")
      .purpose("after a document symbol, its addenda named without the symbol: each is a cited document")
      .examples(" and Add.1", " and Add.1 and 2", ", Add.1 to 3", " and Add.2-4")
      .counterExamples(" and A/HRC/54/26", " and addendum")
      .regex("^\\s*(?:,\\s*|\\s+and\\s+)Add\\.(?<first>\\d{1,3})(?<more>(?:\\s*(?:,|and|to|-)\\s*\\d{1,3}(?!\\d|/))*)");

  public static final NamedPattern POSSESSIVE = NamedPattern.named("possessive determiner")
      .purpose("the determiners that point to the subject of a sentence, matched whole against the determiner")
      .examples("its", "their", "Its")
      .counterExamples("the", "this")
      .ignoringCase()
      .regex("^(?:its|their)$");

  public static final NamedPattern POSSESSIVE_LEAD = NamedPattern.named("possessive lead")
      .purpose("the preposition before a possessive after which the subject may follow the numbers (\"in its resolution 60/251, the Assembly...\")")
      .examples("Recalling that, in ", "by ", "through ")
      .counterExamples("recalling ")
      .regex("\\b(?:in|by|through)\\s+$");

  public static final NamedPattern CLAUSE_START = NamedPattern.named("clause start")
      .purpose("looking back from a cue that is also a noun (\"notes\", \"see\"): the start of a clause it must follow")
      .examples("", "of States, ", "and ")
      .counterExamples("the ")
      .regex("(?:^|[,;:]|\\band)\\s*$");

  /** The adverbs that may stand between the words of a cue ("takes note also", "taking further note"). */
  public static final String CUE_ADVERBS = "(?:also|further|again|once\\s+again|furthermore|moreover|finally|in\\s+particular"
      + "|with\\s+appreciation|with\\s+satisfaction|with\\s+concern|with\\s+interest)";
}
