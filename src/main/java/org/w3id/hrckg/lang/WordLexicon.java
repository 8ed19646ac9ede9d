package org.w3id.hrckg.lang;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a language as the UN's resolutions write them, for telling a hyphen at a line end
 * apart where the document itself never writes the word elsewhere: the compounds written with
 * their hyphen ({@code hyphenated-compounds.txt}: "capacity-building", "sages-femmes") and the words
 * written whole ({@code words.txt}: "uniforms", "poursuivre"), lower-cased, one a line, beside the
 * language's profile (about 100 and 150 KB). Both are derived from the UN's Akoma Ntoso resolutions
 * of the Council and the General Assembly ({@code ../shared/corpus/akn} and {@code akn-ga}, each file
 * counted in the language of its text), keeping what at least two resolutions write (so that no
 * entry stands on one file), and a compound only where more of them write it with its hyphen than
 * without. A compound that one resolution writes whole ({@code compounds-written-whole-once.txt}:
 * "intercommunity") is one that the language writes both ways. The heads of compounds
 * ({@code compound-heads.txt}: "ever", "self"), counted from the General Assembly's resolutions alone,
 * are first parts that the language hyphenates before a word and never writes whole with one. The
 * product reads only the committed files; to derive them again:
 * {@code mvn -B -o test -Dtest=WordLexiconTest -Dhrckg.lexicon.write=true} ({@code WordLexiconTest}
 * derives them and compares with the committed files wherever {@code ../shared/corpus} is at hand).
 */
public final class WordLexicon {

  private final Set<String> compounds;
  private final Set<String> words;
  private final Set<String> compoundsWrittenWhole;
  private final Set<String> compoundHeads;

  private WordLexicon(Set<String> compounds, Set<String> words, Set<String> compoundsWrittenWhole, Set<String> compoundHeads) {
    this.compounds = compounds;
    this.words = words;
    this.compoundsWrittenWhole = compoundsWrittenWhole;
    this.compoundHeads = compoundHeads;
  }

  /** The lexicon beside a language's profile class. */
  public static WordLexicon of(Class<?> owner) {
    return new WordLexicon(Set.copyOf(Lexicons.lines(owner, "hyphenated-compounds.txt")), Set.copyOf(Lexicons.lines(owner, "words.txt")),
        Set.copyOf(Lexicons.lines(owner, "compounds-written-whole-once.txt")),
        Lexicons.lines(owner, "compound-heads.txt").stream().map(l -> l.split("\\s+")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  /** Whether the language writes this compound with its hyphen ("small-scale"). */
  public boolean isHyphenated(String stem, String rest) {
    return compounds.contains((stem + "-" + rest).toLowerCase(Locale.ROOT));
  }

  /** Whether the language writes this as one word, without a hyphen ("uniforms"). */
  public boolean isWord(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a compound of the language, written with its hyphen, is also written whole, though too
   * seldom to be one of its words ("intercommunity"): a text that writes it so may mean it so.
   */
  public boolean isAlsoWrittenWhole(String word) {
    return compoundsWrittenWhole.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the language hyphenates this first part before any word and writes it whole with none
   * ("ever-increasing", "ever-widening"; but "sub", "subregions").
   */
  public boolean isCompoundHead(String part) {
    return compoundHeads.contains(part.toLowerCase(Locale.ROOT));
  }
}
