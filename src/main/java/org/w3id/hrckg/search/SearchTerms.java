package org.w3id.hrckg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a person typed in the search box, as a Lucene query: every word must be found; a quoted
 * phrase, and a word holding punctuation (a symbol such as {@code 60/251} or {@code A/HRC/51/L.15}),
 * is searched as a phrase of its parts; Lucene's own syntax characters are taken literally, so
 * nothing typed can make the query fail (words are lower-cased, as the index is, so that {@code AND} is a word).
 *
 * <pre>{@code
 * SearchTerms.of("Droits humains")   // +droits +humains
 * SearchTerms.of("60/251")           // +"60/251"
 * SearchTerms.of("\"peine de mort\"") // +"peine de mort"
 * }</pre>
 */
public record SearchTerms(String typed, List<String> terms) {

  /** A quoted phrase, or a run of anything but spaces and quotes. */
  private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
  /** A word a Lucene word tokenizer would not keep whole. */
  private static final Pattern PUNCTUATED = Pattern.compile(".*[^\\p{L}\\p{N}].*");
  /** What is left once a term is stripped of everything but letters and digits. */
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public SearchTerms {
    terms = List.copyOf(terms);
  }

  /** The terms of what was typed; none if it holds no letter or digit. */
  public static SearchTerms of(String typed) {
    String text = typed == null ? "" : typed.strip();
    List<String> terms = new ArrayList<>();
    Matcher m = TERM.matcher(text);
    while (m.find()) {
      String term = m.group(1) != null ? m.group(1).strip() : m.group(2);
      if (!NOT_A_WORD.matcher(term).replaceAll("").isEmpty()) {
        terms.add(term);
      }
    }
    return new SearchTerms(text, terms);
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The Lucene query: each term required, phrases and punctuated words quoted. */
  public String lucene() {
    List<String> clauses = new ArrayList<>();
    for (String term : terms) {
      boolean phrase = term.contains(" ") || PUNCTUATED.matcher(term).matches();
      clauses.add("+" + (phrase ? "\"" + term.replace("\\", " ").replace("\"", " ") + "\"" : QueryParserBase.escape(term.toLowerCase(Locale.ROOT))));
    }
    return String.join(" ", clauses);
  }
}
