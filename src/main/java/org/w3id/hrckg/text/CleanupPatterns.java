package org.w3id.hrckg.text;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * Patterns that clean the characters of a text: Markdown-like markup left by document
 * converters, and the spacing damage that PDF extraction does to hyphens and apostrophes.
 */
public final class CleanupPatterns implements PatternCatalogue {

  private CleanupPatterns() {}

  /** Converters glue header blocks together with bold markers; each marker becomes a line break. */
  public static final NamedPattern BOLD = NamedPattern.named("bold")
      .purpose("a Markdown bold marker, which in converted UN texts separates header blocks")
      .examples("**Conseil des droits de l'homme****Cinquante-sixième session**",
          "Assistance technique et renforcement des capacités**Résolution adoptée")
      .counterExamples("Albanie*, Argentine, Australie*")
      .cues("**")
      .regex("\\*\\*");

  public static final NamedPattern ITALIC = NamedPattern.named("italic")
      .purpose("a Markdown italic span, which may run over one line break but not over a blank line")
      .examples("*Guidé* par les buts et principes", "*Prenant note avec satisfaction* des contributions",
          "*38<sup>e</sup> séance  \n7 octobre 2020*")
      .counterExamples("Albanie*, Argentine, Australie*, Brésil", "Uruguay* et Yémen* :")
      .cues("*")
      .regex("\\*(?<![\\p{L}\\p{N}\\\\*]\\*)(?=[^\\s*])((?:[^*\\n]++|\\n(?![ \\t]*\\n))+?)(?<=[^\\s*\\\\])\\*(?![\\p{L}\\p{N}*])");

  public static final NamedPattern SUPERSCRIPT_ORDINAL = NamedPattern.named("superscript ordinal")
      .purpose("the superscript letters of a French ordinal written as markup: 38<sup>e</sup>, 1^er^")
      .examples("*38<sup>e</sup> séance", "le 1<sup>er</sup> décembre", "35^e^ séance", "*35^e séance")
      .counterExamples("COVID-19<sup>1</sup> ;")
      .cues("<sup>", "^")
      .regex("<sup>\\s*(e|er|re|ère|ème|es|ᵉ)\\s*</sup>|\\^(?<=\\d\\^)(e|er|re|ème)\\^?");

  public static final NamedPattern ESCAPE = NamedPattern.named("markdown escape")
      .purpose("a backslash escape of a Markdown character: Albanie\\*")
      .examples("Albanie\\*, Argentine", "1\\. Décide")
      .counterExamples("A/HRC/51/L.15")
      .cues("\\")
      .regex("\\\\([*_\\[\\]()#.+\\-!`>|])");

  public static final NamedPattern LINK = NamedPattern.named("markdown link")
      .purpose("a Markdown link, of which the text is kept: [A/HRC/50/62](https://undocs.org/A/HRC/50/62)")
      .examples("voir [A/HRC/50/62](https://undocs.org/fr/A/HRC/50/62).")
      .counterExamples("les paragraphes 3 et 4 (voir ci-dessus)")
      .cues("](")
      .regex("\\[([^\\]\\n]+)\\]\\((?:https?://|/)[^)\\s]*\\)");

  public static final NamedPattern LINE_MARKUP = NamedPattern.named("line markup")
      .purpose("a Markdown heading or block-quote mark at the start of a line")
      .examples("# Conseil des droits de l'homme", "> Le Conseil des droits de l'homme,")
      .counterExamples("1. Décide de poursuivre l'examen de la question.")
      .multiline()
      .cues("#", ">")
      .regex("^[ \\t]{0,3}(?:#{1,6}[ \\t]+|>[ \\t]?)");

  public static final NamedPattern HTML_TAG = NamedPattern.named("html tag")
      .purpose("a leftover HTML tag other than a footnote call: <br>, <em>, </span>")
      .examples("le 11 juillet 2024<br>", "<em>Guidé</em> par")
      .counterExamples("COVID-19<sup>1</sup> ;", "« Transformer notre monde »")
      .cues("<")
      .regex("</?(?!sup\\b)[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");

  public static final NamedPattern SPACE_VARIANT = NamedPattern.named("space variant")
      .purpose("non-breaking and thin spaces, which French typography puts before : ; » and in numbers")
      .examples("Original\u00a0: anglais", "«\u202fTransformer notre monde\u202f»")
      .counterExamples("Original : anglais")
      .cues("\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u3000")
      .regex("[\\u00a0\\u202f\\u2007\\u2009\\u200a\\u3000]");

  public static final NamedPattern INVISIBLE = NamedPattern.named("invisible character")
      .purpose("soft hyphens, zero-width spaces and byte order marks, which carry nothing")
      .examples("Haut\u00adCommissariat", "\ufeffConseil")
      .counterExamples("Haut-Commissariat")
      .cues("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
      .regex("[\\u00ad\\u200b\\u200c\\u200d\\u2060\\ufeff]");

  public static final NamedPattern HYPHEN_VARIANT = NamedPattern.named("hyphen variant")
      .purpose("hyphen characters other than the ASCII one, which UN texts use inside compound words")
      .examples("Royaume-Uni de Grande\u2011Bretagne", "Haut\u2010Commissaire")
      .counterExamples("de 2015 \u2013 2030")
      .cues("\u2010", "\u2011")
      .regex("[\\u2010\\u2011]");

  public static final NamedPattern DOUBLED_HYPHEN = NamedPattern.named("doubled hyphen")
      .purpose("a hyphen typed twice inside a compound (a typo of the UN's own texts: \"gender--responsive\", which the"
          + " same resolution writes \"gender-responsive\" elsewhere), between two lower-case letters or before a line"
          + " end: read as the one hyphen, so that every form of the text reads the same compound whether a line ends there"
          + " or not")
      .examples("resilient and gender--responsive care", "and gender--\nresponsive care")
      .counterExamples("UN--BUDGET", "the Council -- in its resolution", "A/HRC/54/L.1--A/HRC/54/L.2", "---")
      .cues("--")
      .regex("(?<=\\p{Ll})--(?=\\p{Ll}|[ \\t]*(?:\\r?\\n|\\r|\\z))");

  public static final NamedPattern SPACED_HYPHEN = NamedPattern.named("spaced hyphen")
      .purpose("the space that PDF extraction inserts before or after a hyphen inside a word; the word after a hyphen"
          + " and a space in group 1, for the cleaner to keep the space of a hyphen that a conjunction of the"
          + " language suspends (LayoutVocabulary.suspensionConjunction: \"age- and gender-responsive\", \"court- ou"
          + " long-terme\")")
      .examples("vingt -quatrième session", "Haut -Commissaire", "soixante- cinquième")
      .counterExamples("les droits de l'homme – civils, politiques", "2015 - 2030", "Genève- Suisse")
      .cues(" -", "- ")
      // Starts at a space and looks back from there: a look-behind first would run at every position.
      .regex(" (?<=\\p{L} ) *+(?=-\\p{L})| (?<=\\p{L}- ) *+(?=(\\p{Ll}\\p{L}*+))");

  public static final NamedPattern RUN_OF_SPACES = NamedPattern.named("run of spaces")
      .purpose("two or more spaces or tabs, which PDF extraction leaves for justified lines")
      .examples("au paragraphe  3 de", "le 25  juin 1993")
      .counterExamples("au paragraphe 3 de")
      .cues("  ", "\t")
      .regex("[ \\t]{2,}|\\t");

  public static final NamedPattern COMBINING_SEQUENCE = NamedPattern.named("combining sequence")
      .purpose("a letter followed by combining marks (decomposed accents), to be composed (NFC)")
      .examples("Re\u0301solution", "E\u0301tats")
      .counterExamples("Résolution")
      .regex("\\P{M}\\p{M}+");

  public static final NamedPattern HTML_ENTITY = NamedPattern.named("html entity")
      .purpose("an HTML character reference left by a converter: &nbsp; &#8217; &amp;")
      .examples("droits de l&#8217;homme", "Bosnie&nbsp;Herzégovine", "Trinité &amp; Tobago")
      .counterExamples("droits de l'homme")
      .cues("&")
      .regex("&(?:#(\\d{1,6})|#x([0-9a-fA-F]{1,6})|(nbsp|amp|lt|gt|quot|apos|rsquo|lsquo|laquo|raquo|ndash|mdash|hellip|eacute|egrave|agrave|ccedil));");
}
