package org.w3id.hrckg.text;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * Patterns of the page rather than of the text: what UN documents print in their headers and
 * footers, and how footnotes and footnote calls come out of PDF extraction and Markdown conversion.
 * Each pattern is matched against one stripped line unless its purpose says otherwise.
 */
public final class LayoutPatterns implements PatternCatalogue {

  private LayoutPatterns() {}

  /** The body of a UN document symbol: series letters, then slash-separated parts. */
  static final String SYMBOL = "(?:A|E|S)/(?:[A-Z][A-Za-z]*(?:\\.\\d+)?|\\d+|[A-Z]+-\\d+)"
      + "(?:/(?:[A-Z][A-Za-z]*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[A-Z]+-\\d+))+";

  public static final NamedPattern SYMBOL_LINE = NamedPattern.named("symbol line")
      .purpose("the document's symbol alone on a line, as page headers print it, or after the masthead")
      .examples("A/HRC/51/L.15/Rev.1", "Nations Unies A/HRC/51/L.15/Rev.1", "A/HRC/RES/45/32")
      .counterExamples("A/HRC/24/56.", "Voir également A/HRC/50/62.")
      .regex("^(?:Nations\\s+Unies\\s+)?(?<symbol>" + SYMBOL + ")$");

  public static final NamedPattern JOB_NUMBER = NamedPattern.named("job number")
      .purpose("the Geneva job number in page headers and footers, with or without the page number")
      .examples("2 GE.22-15810", "GE.22-15810 3", "GE.22-15810(F)", "GE.24-12345 (F) 150724 160724")
      .counterExamples("GE.22 est un code")
      .regex("^(?:\\d{1,3}\\s+)?GE\\.\\d{2}-\\d{4,6}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{1,6})*$");

  public static final NamedPattern HYPERLINK = NamedPattern.named("hyperlink")
      .purpose("a bare URL on its own line, as PDF extractors print link targets")
      .examples("http://undocs.org/fr/A/HRC/24/56", "https://undocs.org/A/HRC/50/62")
      .counterExamples("voir http://undocs.org/fr/A/HRC/24/56 pour le texte")
      .regex("^(?:https?://|www\\.)\\S+$");

  public static final NamedPattern FOOTNOTE_RULE = NamedPattern.named("footnote rule")
      .purpose("the line of underscores above the footnotes of a page")
      .examples("__________________", "_____")
      .counterExamples("___")
      .regex("^_{5,}$");

  public static final NamedPattern HORIZONTAL_RULE = NamedPattern.named("horizontal rule")
      .purpose("a Markdown horizontal rule")
      .examples("---", "* * *", "***")
      .counterExamples("-- ")
      .regex("^(?:-{3,}|(?:\\*\\s*){3,})$");

  public static final NamedPattern PAGE_NUMBER = NamedPattern.named("lone number")
      .purpose("a number alone on a line: a page number, a footnote call or a footnote label, told apart by context")
      .examples("2", "17")
      .counterExamples("2015", "2.")
      .regex("^(?<n>\\d{1,3})$");

  public static final NamedPattern LONE_LABEL = NamedPattern.named("lone paragraph label")
      .purpose("an operative number or a point's letter alone on a line, which text extraction put apart from its paragraph")
      .examples("1.", "12.", "a)", "(b)", "iv)")
      .counterExamples("1", "2015.", "a) Les conséquences", "1. Prend note")
      .regex("^(?:\\d{1,3}\\.|\\(?[a-z]{1,5}\\))$");

  public static final NamedPattern LONE_WORD = NamedPattern.named("lone word")
      .purpose("one word or one punctuation mark alone on a line, no digit in it: what pdftotext makes of the words of"
          + " a line that justification spaced so wide that it took each for a column of its own")
      .examples("rapport", "l’Assemblée", "susmentionné", ":", "soixante-dix-neuvième", "Soumettre")
      .counterExamples("le rapport", "12.", "g)", "4", "A/HRC/54/38.", "session6", "GE.24-11019(F)")
      .regex("^(?:\\p{L}[\\p{L}’'\\-]*[,;:.]?|[:;])$");

  public static final NamedPattern NOTE_START = NamedPattern.named("note start")
      .purpose("how the text of a footnote opens: a capital, a symbol, a quotation mark or a parenthesis (matched at the start of a line)")
      .examples("A/76/207.", "Voir A/HRC/54/25.", "(A/HRC/54/25)", "« Rapport »")
      .counterExamples("et le droit", "2030 ;")
      .regex("^[\\p{Lu}«\"“(]");

  public static final NamedPattern FOOTNOTE_TEXT = NamedPattern.named("footnote text")
      .purpose("a footnote: its label, then its text; after a bare number the text starts with a capital, a symbol or a"
          + " quotation mark, after a label in markup or superscript with anything (a link: \"¹ https://...\")")
      .examples("2 Voir également A/HRC/50/62.", "<sup>1</sup> Voir aussi A/HRC/44/37.", "[^3]: A/HRC/26/41.",
          "1 A/HRC/24/56.", "¹ Résolution 217 A (III).", "² https://www.osce.org/odihr/5")
      .counterExamples("29 septembre 2011, de tenir", "2030 », et rappelant", "20. Engage les États", "2 https://www.osce.org")
      .regex("^(?:(?:<sup>\\s*(?<sup>\\d{1,3})\\s*</sup>|\\[\\^(?<caret>\\d{1,3})\\]:?|(?<uni>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}))"
          + "\\s+(?<marked>\\S.*)|(?<bare>\\d{1,3})\\s+(?<text>[\\p{Lu}«\"“(]\\S*.*))$");

  public static final NamedPattern DATE_START = NamedPattern.named("date at a line start")
      .purpose("a day, a month and a year opening a line (matched at the start of a line): a sentence that a line end"
          + " split before a date, never a footnote, whose text opens with a symbol, a title or a reference")
      .examples("5 March 2010; the third, in Bern", "5 mars 2010 ; la troisième", "4 February 2016, the third")
      .counterExamples("2 Résolution 2005/74 de la Commission.", "3 A/HRC/26/41.", "28 February to 1 March 2013",
          "2 Voir la résolution 60/251.")
      .regex("^\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d{2}(?![\\d/])");

  public static final NamedPattern EXPLICIT_CALL = NamedPattern.named("explicit footnote call")
      .purpose("a footnote call written as markup or superscript digits anywhere in the running text")
      .examples("COVID-19<sup>1</sup> ;", "à leur encontre[^2] ;", "ces services »¹,")
      .counterExamples("38<sup>e</sup> séance", "un mot¹²³⁴⁵⁶⁷⁸⁹⁰ glué")
      .cues("<sup>", "[^", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰")
      .regex("<sup>\\s*(?<sup>\\d{1,3})\\s*</sup>|\\[\\^(?<caret>\\d{1,3})\\](?!:)|(?<![¹²³⁴⁵⁶⁷⁸⁹⁰])(?<uni>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![¹²³⁴⁵⁶⁷⁸⁹⁰])");

  public static final NamedPattern GLUED_CALL = NamedPattern.named("glued footnote call")
      .purpose("a footnote call that PDF extraction glued to the word or quotation mark before it, or to the comma,"
          + " semicolon, colon or full stop after a word or a year (calls set after the punctuation, as Chromium prints them)")
      .examples("ces services »1,", "à leur encontre2 ;", "de l’homme3.", "at its sixty-ninth session,2 in which",
          "in Yemen;2", "the following:4", "in sport.3 The",
          "from 9 to 13 May 2022,3 at which")
      .counterExamples("COVID-19 ;", "A/HRC/50/62", "le Programme 2030", "le G20 ;", "l’objectif 4,", "A/HRC/54/25/Add.2",
          "Corr.1 and", "1,000 people", "resolutions 5/1,2", "paragraphs 3, 4 and 5",
          "in 12022,3")
      .cues("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
      // One look-behind per form before the digit, each of one length but the last, which a full stop before the digit
      // must allow first: a single look-behind of all the forms would be tried at every length from 2 to 33 at every digit.
      .regex("(?<n>\\d(?:(?<=[\\p{Ll}»)”’'\"]\\d)|(?<=[\\p{L}»)”’'\"][,;:]\\d)|(?<=(?<!\\d)(?:19|20)\\d\\d[,;:]\\d)"
          + "|(?<=\\.\\d)(?<=(?:^|[\\s(])\\p{Ll}{1,30}\\.\\d))\\d{0,2})(?=[\\s,;:.)]|$)");

}
