package org.w3id.hrckg.text;

/**
 * A line that belongs to the page rather than to the text: mastheads, symbols and job numbers in
 * page headers and footers, distribution and language notes, footnote rules, hyperlinks. Some of
 * them carry metadata (the symbol, the date of issue), so they are kept, apart from the text.
 */
public record Furniture(Kind kind, TextLine line) {

  /** What a furniture line is. */
  public enum Kind {
    /** The document's symbol alone, or after "Nations Unies". */
    SYMBOL,
    /** "Nations Unies", "Assemblée générale" and the like at the top of the first page. */
    MASTHEAD,
    /** "Distr. générale", "Distr. limitée". */
    DISTRIBUTION,
    /** The date of issue printed under the distribution note. */
    ISSUE_DATE,
    /** "Français", "Original : anglais". */
    LANGUAGE,
    /** "GE.22-15810", "2 GE.22-15810", bar codes and recycling notes. */
    JOB_NUMBER,
    /** A page number alone on a line. */
    PAGE_NUMBER,
    /** The rule above footnotes, a Markdown horizontal rule. */
    RULE,
    /** "* État non membre du Conseil des droits de l'homme." */
    NON_MEMBER_NOTE,
    /** A bare URL, as PDF extractors print link targets. */
    HYPERLINK
  }
}
