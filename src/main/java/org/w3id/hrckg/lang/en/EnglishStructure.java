package org.w3id.hrckg.lang.en;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * The editorial conventions that give an English UN resolution its shape: the header block
 * (session, agenda item, draft or adoption notice), the enacting formula ("The Human Rights
 * Council,", "The General Assembly,"), and the record of adoption at the end ("46th meeting",
 * "[Adopted without a vote.]", "[Adopted by a recorded vote of 32 to 13, with 2 abstentions.").
 */
public final class EnglishStructure implements PatternCatalogue {

  private EnglishStructure() {}

  public static final NamedPattern ENACTING_FORMULA = NamedPattern.named("enacting formula")
      .purpose("the formula that names the acting organ and separates the header from the preamble")
      .examples("The Human Rights Council,", "The Human Rights Council ,", "The General Assembly,",
          "The Commission on Human Rights,")
      .counterExamples("The Human Rights Council decided", "Recalling that the Human Rights Council,",
          "The General Assembly, in its resolution 60/251")
      .regex("^(?:(?<hrc>The\\s+Human\\s+Rights\\s+Council)|(?<ga>The\\s+General\\s+Assembly)"
          + "|(?<chr>The\\s+Commission\\s+on\\s+Human\\s+Rights))\\s*,(?!\\s*\\p{Ll})");

  public static final NamedPattern SESSION = NamedPattern.named("session line")
      .purpose("the session the document belongs to, as an ordinal in words; special and emergency special sessions")
      .examples("Fifty-sixth session", "Seventy-seventh session", "Thirty-second special session",
          "Eleventh emergency special session")
      .counterExamples("at its fifty-third session of the Council", "session")
      .regex("^(?<ordinal>\\p{L}[\\p{L}\\- ]*?)\\s+(?<special>(?:emergency\\s+)?special\\s+)?session$");

  public static final NamedPattern SESSION_DATES = NamedPattern.named("session dates")
      .purpose("the dates of the session under its number, the year printed once or twice")
      .examples("18 June–12 July 2024", "11 September–13 October 2023", "26 February - 5 April 2024",
          "12 December 2022-5 January 2023")
      .counterExamples("13 October 2023")
      .regex("^(?<d1>\\d{1,2})\\s+(?<m1>\\p{L}+)(?:\\s+(?<y1>\\d{4}))?\\s*[-–—]\\s*"
          + "(?<d2>\\d{1,2})\\s+(?<m2>\\p{L}+)\\s+(?<y2>\\d{4})$");

  public static final NamedPattern AGENDA_ITEM = NamedPattern.named("agenda item")
      .purpose("the agenda item(s) under which the document was considered; an Assembly item may have a letter")
      .examples("Agenda item 3", "Agenda items 2 and 3", "Agenda item 68 (b)", "Agenda item 135")
      .counterExamples("under agenda item 10", "Agenda of the session")
      .regex("^Agenda\\s+items?\\s+(?<items>\\d{1,3}(?:\\s*(?:,|and)\\s*\\d{1,3})*)\\b");

  public static final NamedPattern DRAFT_NOTICE = NamedPattern.named("draft notice")
      .purpose("the words that make a text a draft, after its sponsor list")
      .examples("Uruguay* and Yemen*:\ndraft resolution", "Ukraine and Uruguay: draft\nresolution", "Revised draft resolution",
          "draft decision")
      .counterExamples("the draft law", "drafted resolutely")
      .ignoringCase()
      .regex("\\b(?:revised\\s+)?draft\\s+(?<kind>resolution|decision)\\b");

  public static final NamedPattern ADOPTION_NOTICE = NamedPattern.named("adoption notice")
      .purpose("the words that make a text an adopted resolution or decision, with the date when printed")
      .examples("Resolution adopted by the Human Rights Council on 11 July 2024",
          "Resolution adopted by the Human Rights Council  on 11 October 2023",
          "Resolution adopted by the Human Rights Council\non 7 October", "Decision adopted by the Human Rights Council",
          "Resolution adopted by the General Assembly on 15 December 2022")
      .counterExamples("the resolution adopted by the General Assembly")
      .regex("\\b(?<kind>Resolution|Decision)\\s+adopted\\s+by\\s+the\\s+(?:Human\\s+Rights\\s+Council|General\\s+Assembly)"
          + "(?:\\s+on\\s+" + EnglishDates.DATE + ")?");

  public static final NamedPattern MEETING = NamedPattern.named("meeting")
      .purpose("the meeting at which a resolution was adopted, a Council meeting or an Assembly plenary meeting")
      .examples("46th meeting", "46th meeting 11 October 2023", "1st meeting", "52nd plenary meeting", "3rd meeting")
      .counterExamples("at its forty-sixth session", "the 46 meetings")
      .regex("\\b(?<n>\\d{1,3})\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b");

  public static final NamedPattern WITHOUT_VOTE = NamedPattern.named("adopted without vote")
      .purpose("the notice of adoption without a vote")
      .examples("[Adopted without a vote.]", "Adopted without vote", "[Adopted without a vote]")
      .counterExamples("[Adopted by a recorded vote of 32 to 13, with 2 abstentions.]")
      .regex("\\bAdopted\\s+without\\s+(?:a\\s+)?vote");

  public static final NamedPattern RECORDED_VOTE = NamedPattern.named("recorded vote")
      .purpose("the notice of adoption by a recorded vote, with its counts (in figures or words)")
      .examples("[Adopted by a recorded vote of 32 to 13, with 2 abstentions.", "[Adopted by a recorded vote of 28 to 7, with 12 absentions.",
          "Adopted by a recorded vote of 30 to none, with 17 abstentions",
          "Adopted by a recorded vote of 40 to 7, with no abstentions",
          "[Adopted by a recorded vote of 28 to 1, with 18 abstention.")
      .counterExamples("[Adopted without a vote.]", "adopted by consensus")
      .regex("\\bAdopted\\s+by\\s+(?:a\\s+)?(?:recorded\\s+)?vote\\s+of\\s+(?<for>[\\p{L}\\d\\-]+)\\s+(?:votes\\s+)?to\\s+"
          + "(?<against>[\\p{L}\\d\\-]+)(?:\\s*,?\\s*with(?:out)?\\s+(?:no\\s+)?abstentions?(?![\\p{L}])"
          + "|\\s*,\\s*with\\s+(?<abstaining>[\\p{L}\\d\\-]+)\\s+(?<abstentionWord>ab\\p{L}{4,10}ions?))?");

  public static final NamedPattern VOTE_LIST = NamedPattern.named("vote list")
      .purpose("the heading of one of the lists of a recorded vote")
      .examples("In favour:", "Against:", "Abstaining :", "Viet NamAgainst:")
      .counterExamples("voted in favour of the resolution", "against the resolution")
      .regex("(?:(?<inFavour>In\\s+favour)|(?<against>Against)|(?<abstaining>Abstaining))\\s*:");

  public static final NamedPattern ANNEX = NamedPattern.named("annex heading")
      .purpose("the heading that opens an annex on a line of its own, its number in Roman figures where there are several;"
          + " after it the text is the annex's, no longer the resolution's paragraphs")
      .examples("Annex", "Annex I", "Annex IV", "Annexes", "ANNEX", "ANNEX II")
      .counterExamples("Annex to Council resolution 5/1", "the annex to Council resolution 5/1", "annex",
          "Annex I to the present resolution", "Recalling the annex to its resolution 5/1,")
      .regex("^(?:Annex(?:es)?|ANNEX(?:ES)?)(?:\\s+[IVX]{1,4})?$");

  public static final NamedPattern OPEN_LINE_END = NamedPattern.named("open line end")
      .purpose("a word a line ends with only where its sentence goes on (an article, a preposition, a conjunction, a"
          + " possessive): a line ending so is broken inside a sentence, and is no heading")
      .examples("To achieve the object and purpose of the present Covenant and to implement its provisions, the",
          "Article 7 Relationship with the responsibility of all to respect human rights under", "the rights of peasants and")
      .counterExamples("Article 2 Definitions", "Part two", "Preamble", "Article 44 Rule of law",
          "Draft international covenant on the right to development")
      .regex("(?:^|\\s)(?:the|a|an|of|and|or|to|in|on|for|by|with|at|from|as|into|under|its|their|that|which)$");

  public static final NamedPattern TREATY_FORMULA = NamedPattern.named("treaty formula")
      .purpose("the words that close the preamble of a treaty an annex holds (a draft covenant, a convention) and open its"
          + " articles: a paragraph of its own, though no participle opens it")
      .examples("Have agreed as follows:", "Have agreed as follows :")
      .counterExamples("have agreed as follows:", "The Parties have agreed as follows:", "Have agreed to cooperate")
      .regex("^Have\\s+agreed\\s+as\\s+follows\\s*:");

  public static final NamedPattern ORGAN_LINE = NamedPattern.named("organ line")
      .purpose("the name of an organ alone on a header line, above the session")
      .examples("Human Rights Council", "General Assembly")
      .counterExamples("The Human Rights Council,", "Resolution adopted by the General Assembly")
      .ignoringCase()
      .regex("^(?:Human\\s+Rights\\s+Council|General\\s+Assembly)$");

  public static final NamedPattern LIST_SEPARATOR = NamedPattern.named("short list separator")
      .purpose("what separates the numbers of a short list, such as agenda items")
      .examples("2 and 3", "2, 3 and 4")
      .counterExamples("23")
      .regex("\\s*(?:,|\\band\\b)\\s*");

  public static final NamedPattern DECISION_WORD = NamedPattern.named("decision word")
      .purpose("the word for a decision, as the kind of a draft or adoption notice")
      .examples("Decision", "decision")
      .counterExamples("Resolution")
      .ignoringCase()
      .regex("^decision");

  public static final NamedPattern ADOPTION_START = NamedPattern.named("adoption start")
      .purpose("what a line of the record of adoption starts with, when the meeting is not printed first")
      .examples("[Adopted without a vote.]", "[Adopted by a recorded vote of 32 to 13")
      .counterExamples("Adopts the programme")
      .regex("^\\[Adopted");

  public static final NamedPattern ABSTENTION_WORD = NamedPattern.named("abstention word")
      .purpose("the word for abstentions as it is spelt, to report a vote summary that misspells it")
      .examples("abstentions", "abstention")
      .counterExamples("absentions", "abstensions")
      .regex("^abstentions?$");

  public static final NamedPattern ZERO = NamedPattern.named("zero")
      .purpose("the word for none in the counts of a recorded vote")
      .examples("none", "zero", "None")
      .counterExamples("one")
      .ignoringCase()
      .regex("^(?:none|zero|nil)$");
}
