package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * The editorial conventions that give a French UN resolution its shape: the header block
 * (session, agenda item, draft or adoption notice), the enacting formula, and the record of
 * adoption at the end.
 */
public final class FrenchStructure implements PatternCatalogue {

  private FrenchStructure() {}

  private static final String APOSTROPHE = "['’]";

  public static final NamedPattern ENACTING_FORMULA = NamedPattern.named("enacting formula")
      .purpose("the formula that names the acting organ and separates the header from the preamble")
      .examples("Le Conseil des droits de l’homme,", "Le Conseil des droits de l'homme ,", "L’Assemblée générale,")
      .counterExamples("Le Conseil des droits de l’homme a décidé", "Rappelant que le Conseil des droits de l’homme,")
      .regex("^(?:(?<hrc>Le\\s+Conseil\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme)|(?<ga>L" + APOSTROPHE
          + "Assemblée\\s+générale)|(?<chr>La\\s+Commission\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme))\\s*,");

  public static final NamedPattern SESSION = NamedPattern.named("session line")
      .purpose("the session the document belongs to, as an ordinal in words")
      .examples("Cinquante et unième session", "Quarante-cinquième session", "Trente-quatrième session extraordinaire")
      .counterExamples("à sa cinquante-troisième session du Conseil", "session")
      .regex("^(?<ordinal>\\p{L}[\\p{L}\\- ]*?)\\s+session(?<special>\\s+extraordinaire)?$");

  public static final NamedPattern SESSION_DATES = NamedPattern.named("session dates")
      .purpose("the dates of the session under its number, the year printed once or twice")
      .examples("12 septembre-7 octobre 2022", "18 juin-12 juillet 2024", "28 février-1er avril 2022",
          "26 février – 5 avril 2024", "12 décembre 2022-5 janvier 2023")
      .counterExamples("4 octobre 2022")
      .regex("^(?<d1>\\d{1,2})(?:er)?\\s+(?<m1>\\p{L}+)(?:\\s+(?<y1>\\d{4}))?\\s*[-–—]\\s*"
          + "(?<d2>\\d{1,2})(?:er)?\\s+(?<m2>\\p{L}+)\\s+(?<y2>\\d{4})$");

  public static final NamedPattern AGENDA_ITEM = NamedPattern.named("agenda item")
      .purpose("the agenda item(s) under which the document was considered")
      .examples("Point 10 de l’ordre du jour", "Points 2 et 3 de l'ordre du jour", "Point 4 de l’ordre du jour provisoire")
      .counterExamples("au titre du point 10 de l’ordre du jour")
      .regex("^Points?\\s+(?<items>\\d{1,2}(?:\\s*(?:,|et)\\s*\\d{1,2})*)\\s+de\\s+l" + APOSTROPHE + "ordre\\s+du\\s+jour\\b");

  public static final NamedPattern DRAFT_NOTICE = NamedPattern.named("draft notice")
      .purpose("the words that make a text a draft, after its sponsor list")
      .examples("Uruguay* et Yémen* :\nprojet de résolution", "Ukraine et Uruguay : projet\nde résolution",
          "Projet de résolution révisé")
      .counterExamples("le projet de loi")
      .ignoringCase()
      .regex("\\bprojet\\s+de\\s+(?<kind>résolution|décision)(?:\\s+révisée?)?\\b");

  public static final NamedPattern ADOPTION_NOTICE = NamedPattern.named("adoption notice")
      .purpose("the words that make a text an adopted resolution or decision, with the date when printed")
      .examples("Résolution adoptée par le Conseil des droits de l’homme le 11 octobre 2023",
          "Résolution adoptée par le Conseil des droits de l'homme\nle 7 octobre",
          "Décision adoptée par le Conseil des droits de l’homme", "Résolution adoptée par l’Assemblée générale le 15 décembre 2022")
      .counterExamples("la résolution adoptée par l’Assemblée générale")
      .regex("\\b(?<kind>Résolution|Décision)\\s+adoptée\\s+par\\s+(?:le\\s+Conseil\\s+des\\s+droits\\s+de\\s+l"
          + APOSTROPHE + "homme|l" + APOSTROPHE + "Assemblée\\s+générale)(?:\\s+le\\s+" + FrenchDates.DATE + ")?");

  public static final NamedPattern MEETING = NamedPattern.named("meeting")
      .purpose("the meeting at which a resolution was adopted")
      .examples("38e séance", "55e séance 26 mars 2015", "1re séance", "46ème séance", "53e réunion")
      .counterExamples("à sa quarante-sixième session")
      .regex("\\b(?<n>\\d{1,3})\\s*(?:e|ème|eme|re|er|ᵉ)\\s+(?:séance|réunion)\\b");

  public static final NamedPattern WITHOUT_VOTE = NamedPattern.named("adopted without vote")
      .purpose("the notice of adoption without a vote")
      .examples("[Adoptée sans vote.]", "Adopté sans vote")
      .counterExamples("[Adoptée à l’issue d’un vote enregistré par 32 voix contre 13, avec 2 abstentions.]")
      .cues("Adopté")
      .regex("\\bAdopté(?:e|s|es)?\\s+sans\\s+(?:vote|être\\s+mise?\\s+aux\\s+voix)");

  public static final NamedPattern RECORDED_VOTE = NamedPattern.named("recorded vote")
      .purpose("the notice of adoption by a recorded vote, with its counts (in figures or words), in either word order")
      .examples("[Adoptée à l’issue d’un vote enregistré par 32 voix contre 13, avec 2 abstentions.",
          "Adoptée à l'issue d'un vote enregistré par 30 voix contre zéro, avec 17 abstentions",
          "Adoptée à l’issue d’un vote enregistré par 40 voix contre 7, sans abstention",
          "[Adoptée par 24 voix contre 6, avec 17 abstentions, à l’issue d’un vote enregistré.",
          "[Adoptée à l’issue d’un vote enregistré par 42 contre 2, avec 3 abstentions.",
          "[Adoptée à l’issue d’un vote enregistré par 28 voix contre 7, avec 12 absentions.")
      .counterExamples("[Adoptée sans vote.]")
      .cues("Adopté")
      .regex("\\bAdopté(?:e)?\\s+(?:à\\s+l" + APOSTROPHE + "issue\\s+d" + APOSTROPHE + "un\\s+vote\\s+enregistré\\s+)?par\\s+"
          + "(?<for>[\\p{L}\\d\\-]+)\\s+(?:voix\\s+)?contre\\s+(?<against>[\\p{L}\\d\\-]+)"
          + "(?:\\s*,\\s*avec\\s+(?<abstaining>[\\p{L}\\d\\-]+)\\s+(?<abstentionWord>ab\\p{L}{4,10}ions?)|\\s*,?\\s*sans\\s+abstention)?");

  public static final NamedPattern VOTE_LIST = NamedPattern.named("vote list")
      .purpose("the heading of one of the lists of a recorded vote")
      .examples("Ont voté pour :", "Ont voté contre:", "Se sont abstenus :", "Viet NamOnt voté contre:")
      .counterExamples("ont voté pour la résolution")
      .regex("(?:(?<inFavour>Ont\\s+voté\\s+pour)|(?<against>Ont\\s+voté\\s+contre)|(?<abstaining>Se\\s+sont\\s+abstenus))\\s*:");

  public static final NamedPattern ANNEX = NamedPattern.named("annex heading")
      .purpose("the heading that opens an annex on a line of its own, its number in Roman figures where there are several;"
          + " after it the text is the annex's, no longer the resolution's paragraphs")
      .examples("Annexe", "Annexe I", "Annexe IV", "Annexes", "ANNEXE", "ANNEXE II")
      .counterExamples("Annexe à la résolution 5/1 du Conseil", "l’annexe à la résolution 5/1", "annexe",
          "Annexe I à la présente résolution", "Rappelant l’annexe de sa résolution 5/1,")
      .regex("^(?:Annexes?|ANNEXES?)(?:\\s+[IVX]{1,4})?$");

  public static final NamedPattern OPEN_LINE_END = NamedPattern.named("open line end")
      .purpose("a word a line ends with only where its sentence goes on (an article, a preposition, a conjunction, a"
          + " possessive): a line ending so is broken inside a sentence, and is no heading")
      .examples("Article 7 Liens avec la responsabilité qui incombe à chacun de respecter les droits de",
          "Dans leur réalisation de l’objet et du but du présent Pacte et", "les organisations régionales d’intégration et les")
      .counterExamples("Article 3 Principes généraux", "Deuxième partie", "Préambule",
          "Article 5 Liens avec le droit des peuples à l’autodétermination", "Projet de pacte international sur le droit au développement")
      .regex("(?:^|\\s)(?:le|la|les|un|une|des|du|de|et|ou|à|au|aux|en|pour|par|sur|dans|avec|sans|entre|son|sa|ses|leur|leurs"
          + "|qui|que|dont|ce|cette|ces)$");

  public static final NamedPattern TREATY_FORMULA = NamedPattern.named("treaty formula")
      .purpose("the words that close the preamble of a treaty an annex holds (a draft covenant, a convention) and open its"
          + " articles: a paragraph of its own, though no participle opens it")
      .examples("Sont convenus de ce qui suit :", "Sont convenues de ce qui suit :", "Sont convenus de ce qui suit:")
      .counterExamples("sont convenus de ce qui suit :", "Les États sont convenus de ce qui suit :", "Sont convenus de coopérer")
      .regex("^Sont\\s+convenue?s\\s+de\\s+ce\\s+qui\\s+suit\\s*:");

  public static final NamedPattern ORGAN_LINE = NamedPattern.named("organ line")
      .purpose("the name of an organ alone on a header line, above the session")
      .examples("Conseil des droits de l’homme", "Conseil des droits de l'homme", "Assemblée générale")
      .counterExamples("Conseil des droits de l’homme,", "Résolution adoptée par l’Assemblée générale")
      .ignoringCase()
      .regex("^(?:Conseil\\s+des\\s+droits\\s+de\\s+l" + APOSTROPHE + "homme|Assemblée\\s+générale)$");

  public static final NamedPattern LIST_SEPARATOR = NamedPattern.named("short list separator")
      .purpose("what separates the numbers of a short list, such as agenda items")
      .examples("2 et 3", "2, 3 et 4")
      .counterExamples("23")
      .regex("\\s*(?:,|\\bet\\b)\\s*");

  public static final NamedPattern DECISION_WORD = NamedPattern.named("decision word")
      .purpose("the word for a decision, as the kind of a draft or adoption notice")
      .examples("Décision", "décision")
      .counterExamples("Résolution")
      .ignoringCase()
      .regex("^décision");

  public static final NamedPattern ADOPTION_START = NamedPattern.named("adoption start")
      .purpose("what a line of the record of adoption starts with, when the meeting is not printed first")
      .examples("[Adoptée sans vote.]", "[Adopté à l’issue d’un vote enregistré")
      .counterExamples("Adopte le programme")
      .regex("^\\[Adopté");

  public static final NamedPattern ABSTENTION_WORD = NamedPattern.named("abstention word")
      .purpose("the word for abstentions as it is spelt, to report a vote summary that misspells it")
      .examples("abstentions", "abstention")
      .counterExamples("absentions", "abstensions")
      .regex("^abstentions?$");

  public static final NamedPattern ZERO = NamedPattern.named("zero")
      .purpose("the word for none in the counts of a recorded vote")
      .examples("zéro", "zero")
      .counterExamples("deux")
      .ignoringCase()
      .regex("^z[ée]ro$");
}
