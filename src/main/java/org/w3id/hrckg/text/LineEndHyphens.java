package org.w3id.hrckg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.lang.WordLexicon;
import org.w3id.hrckg.source.OffsetText;

/**
 * Tells the hyphens at line ends apart, from the words of the document itself: the hyphen of a
 * compound ("Haut-" / "Commissariat") stays, the hyphen a typesetter added to break a word
 * ("déve-" / "loppement") goes, and the line joins without it. A compound is what the text writes
 * with its hyphen elsewhere, or two words the text writes elsewhere ("elles-" / "mêmes"), or a word
 * whose second part is capitalised, or one whose first part is a compound stem of the language (a
 * prefix, the tens of a number: "non-", "cinquante-"); a broken word is what the text writes
 * elsewhere whole, or anything else; a long tail or a long head that is a word of the text marks a
 * compound only where the language says so ({@link LayoutVocabulary#wordTailsCompound}: "small-" /
 * "scale", "action-" / "orientated", but "sou-" / "mettre"). Where the document writes neither the compound nor the word elsewhere, the
 * language's {@link WordLexicon} settles it ("capacity-" / "building" keeps its hyphen, "uni-" /
 * "forms" joins), and its words count as words of the text. A broken word's hyphen is replaced by a soft hyphen (U+00AD), which the
 * joining of lines drops. A hyphen before a conjunction of the language ("slow-" / "and
 * rapid-onset") is suspended: the two lines join there with the hyphen and a space.
 *
 * <p>Extractions that drop every line-end hyphen (pdftotext's reading order: "HautCommissariat")
 * get back the hyphens of the compounds the text writes elsewhere with their hyphen.
 */
final class LineEndHyphens {

  /** A word: letters, with the hyphens of a compound inside. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  /** A compound whose hyphen an extraction dropped: a lower-case letter then a capital inside a word. */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
  static final char SOFT_HYPHEN = '\u00AD';
  /** A word this long is rarely the tail of a broken English word ("ing", "ment" are; "scale", "treatment" are not). */
  static final int LONG_WORD = 5;
  /** The shortest part of a compound whose lost hyphen is put back ("co-led", "re-entry"). */
  private static final int SHORTEST_PART = 2;
  /** A line this short is a paragraph's last, or a heading: no measure of a full line. */
  private static final int SHORT_LINE = 40;
  /** The full lines a text needs for their usual length to mean anything. */
  private static final int MIN_FULL_LINES = 20;

  private LineEndHyphens() {}

  static List<TextLine> resolve(List<TextLine> lines, LayoutVocabulary layout) {
    Set<String> words = lexicon(lines);
    Page page = new Page(usualWidth(lines), repeatedWords(lines));
    List<TextLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = restoreGlued(lines.get(i), words, layout, page);
      OffsetText t = line.text();
      if (i + 1 < lines.size() && breaksAfter(t)
          && layout.suspensionConjunction().matchesAll(firstWord(lines.get(i + 1).text()).toLowerCase(Locale.ROOT))) {
        // "slow-" / "and rapid-onset": a suspended hyphen, which the joining of lines must not glue to the conjunction.
        OffsetText next = lines.get(++i).text().strip();
        out.add(new TextLine(line.number(), OffsetText.join(List.of(t, OffsetText.synthetic(" ", t.sourceEnd()), next), "")));
        continue;
      }
      if (i + 1 < lines.size() && breaksAfter(t) && breaksWord(lastWord(t), firstWord(lines.get(i + 1).text()), words, layout)) {
        int last = t.length() - 1;
        t = OffsetText.join(List.of(t.subSequence(0, last), OffsetText.synthetic(String.valueOf(SOFT_HYPHEN), t.sourceIndex(last))), "");
        line = new TextLine(line.number(), t);
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Whether a hyphen at a line end broke a word, rather than joined a compound. The stem is the
   * word before the hyphen, with the hyphens of a compound inside ("point-to" / "point"); the
   * word's part after its last hyphen is what joins the rest when the hyphen goes. Evidence first
   * (the document's, then the language's): a compound written with its hyphen keeps it, a word
   * written whole joins; then the shape of the parts: a capitalised rest or a compound stem keeps
   * it, and so do two words whose join is written nowhere; in a language whose typesetters seldom
   * break before a word ({@link LayoutVocabulary#wordTailsCompound}), one long word on either side
   * is enough ("action-" / "orientated", "small-" / "scale").
   */
  static boolean breaksWord(String stem, String rest, Set<String> words, LayoutVocabulary layout) {
    String part = stem.substring(stem.lastIndexOf('-') + 1);
    if (part.isEmpty() || rest.isEmpty()) {
      return false;
    }
    WordLexicon lexicon = layout.lexicon();
    String compound = (stem + "-" + rest).toLowerCase(Locale.ROOT);
    if (words.contains(compound) || words.contains((part + "-" + rest).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (words.contains((part + rest).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (lexicon.isHyphenated(stem, rest) || lexicon.isHyphenated(part, rest)) {
      return false;
    }
    if (lexicon.isWord(part + rest)) {
      return true;
    }
    if (Character.isUpperCase(rest.charAt(0)) || layout.compoundStem().matchesAll(part.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean restIsWord = isWord(rest, words, lexicon);
    boolean stemIsWord = isWord(part, words, lexicon);
    if (restIsWord && stemIsWord) {
      return false;
    }
    return !(layout.wordTailsCompound() && (restIsWord && rest.length() >= LONG_WORD || stemIsWord && part.length() >= LONG_WORD));
  }

  /** A word of the document, or of the language's resolutions. */
  private static boolean isWord(String word, Set<String> words, WordLexicon lexicon) {
    return words.contains(word.toLowerCase(Locale.ROOT)) || lexicon.isWord(word);
  }

  /** The words of the text, lower-cased, but for the halves around line-end hyphens. */
  private static Set<String> lexicon(List<TextLine> lines) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      OffsetText t = lines.get(i).text();
      boolean brokenEnd = breaksAfter(t);
      boolean brokenStart = i > 0 && breaksAfter(lines.get(i - 1).text());
      List<String> found = new ArrayList<>();
      Matcher m = WORD.matcher(t);
      while (m.find()) {
        found.add(m.group().toLowerCase(Locale.ROOT));
      }
      for (int k = 0; k < found.size(); k++) {
        if (!(brokenEnd && k == found.size() - 1) && !(brokenStart && k == 0)) {
          words.add(found.get(k));
          if (found.get(k).contains("-")) {
            words.addAll(List.of(found.get(k).split("-")));
          }
        }
      }
    }
    return words;
  }

  /**
   * Where a word that the language never writes whole lost the hyphen of a known compound, or -1;
   * a compound may keep its other hyphens ("cessez-lefeu", "soixantedix-huitième"), unless the
   * language writes it as it stands. A compound of the language that it also writes whole, if
   * rarely ("intercommunity", {@link WordLexicon#isAlsoWrittenWhole}), gets its hyphen back only
   * from the text's own compounds, or where pdftotext joined the first two lines of a line
   * ({@code joinedAt}: "followup", where a full line ends): further on, where the joins stand less
   * precisely, the hyphen may have been a typesetter's ("intercommu-" / "nity"), and elsewhere the
   * text means the word as written. Two words glued ("overcomplied", "Russianbacked") get no
   * hyphen: unlike a line end, nothing says one was there (but where pdftotext joined two lines:
   * {@link Page}).
   */
  private static int lostHyphen(String word, Set<String> words, LayoutVocabulary layout, IntPredicate joinedAt) {
    WordLexicon lexicon = layout.lexicon();
    int hyphen = word.indexOf('-');
    if (word.length() < 2 * SHORTEST_PART || lexicon.isWord(word)
        || hyphen >= 0 && lexicon.isHyphenated(word.substring(0, hyphen), word.substring(hyphen + 1))) {
      return -1;
    }
    int conventional = conventionalHyphen(word, layout);
    if (conventional > 0) {
      return conventional;
    }
    for (int k = SHORTEST_PART; k <= word.length() - SHORTEST_PART; k++) {
      String stem = word.substring(0, k);
      String rest = word.substring(k);
      if (shortPart(stem.substring(stem.lastIndexOf('-') + 1)) || shortPart(rest.split("-", 2)[0])) {
        continue;
      }
      if (words.contains((stem + "-" + rest).toLowerCase(Locale.ROOT))
          || lexicon.isHyphenated(stem, rest) && (!lexicon.isAlsoWrittenWhole(word) || joinedAt.test(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a word lost a hyphen that the language's usage always writes, or -1: a compound numeral
   * ("vingtsept", "twentyseven": {@link LayoutVocabulary#compoundNumeral}). The rule of usage stands
   * in for a document that writes the compound nowhere else.
   */
  private static int conventionalHyphen(String word, LayoutVocabulary layout) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() != word.length()) {
      return -1;
    }
    Matcher numeral = layout.compoundNumeral().matcher(lower);
    return numeral.matches() ? numeral.end("stem") : -1;
  }

  /**
   * Where a word opens with a prefix that the language's usage hyphenates before the word after it
   * ({@link LayoutVocabulary#hyphenatedPrefix}: "reexamine", "sousnutrition"), or -1. Sought only at a
   * join of lines: elsewhere a rare word written solid ("soussignés") is as likely.
   */
  private static int hyphenatedPrefix(String word, Set<String> words, LayoutVocabulary layout) {
    String lower = word.toLowerCase(Locale.ROOT);
    Matcher prefix = layout.hyphenatedPrefix().matcher(lower);
    if (lower.length() == word.length() && prefix.matches()
        && isWord(lower.substring(prefix.end("stem")).split("-", 2)[0], words, layout.lexicon())) {
      return prefix.end("stem");
    }
    return -1;
  }

  private static boolean shortPart(String part) {
    return part.length() < SHORTEST_PART;
  }

  private static boolean breaksAfter(OffsetText t) {
    int n = t.length();
    return n > 1 && t.charAt(n - 1) == '-' && Character.isLetter(t.charAt(n - 2));
  }

  /** The word before a line-end hyphen, with the hyphens of a compound inside ("point-to"). */
  private static String lastWord(OffsetText t) {
    int end = t.length() - 1;
    int start = end;
    while (start > 0 && (Character.isLetter(t.charAt(start - 1))
        || t.charAt(start - 1) == '-' && start > 1 && Character.isLetter(t.charAt(start - 2)))) {
      start--;
    }
    return t.subSequence(start, end).toString();
  }

  private static String firstWord(OffsetText t) {
    OffsetText s = t.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.subSequence(0, end).toString();
  }

  /**
   * Whether a word may hold a capital after its first character, where {@link #GLUED} alone can
   * match: a check of each character, much cheaper than the expression (a capital letter, \p{Lu},
   * is upper case; a letter outside the BMP is let through).
   */
  private static boolean capitalInside(CharSequence t, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c) || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word with a capital inside, whose hyphenated form the text writes elsewhere, gets its hyphen
   * back; so does a word that the language never writes whole but writes, hyphenated at one place,
   * as a compound of the text or of its {@link WordLexicon} ("nondiscrimination", "capacitybuilding");
   * and a word glued to the conjunction after a suspended hyphen gets the hyphen and the space.
   */
  private static TextLine restoreGlued(TextLine line, Set<String> words, LayoutVocabulary layout, Page page) {
    OffsetText t = line.text();
    Matcher w = WORD.matcher(t);
    TreeMap<Integer, String> at = new TreeMap<>();
    List<int[]> spans = new ArrayList<>();
    while (w.find()) {
      spans.add(new int[] {w.start(), w.end()});
    }
    for (int n = 0; n < spans.size(); n++) {
      String word = t.subSequence(spans.get(n)[0], spans.get(n)[1]).toString();
      int wordStart = spans.get(n)[0];
      Matcher g = GLUED.matcher(word);
      boolean mayBeGlued = capitalInside(t, wordStart, spans.get(n)[1]);
      boolean found = false;
      while (mayBeGlued && g.find()) {
        String hyphenated = (word.substring(0, g.start()) + "-" + word.substring(g.start())).toLowerCase(Locale.ROOT);
        if (words.contains(hyphenated)) {
          at.put(wordStart + g.start(), "-");
          found = true;
        }
      }
      int split = found ? -1 : lostHyphen(word, words, layout, k -> page.joinedAt(wordStart + k, t.length()));
      String next = n + 1 < spans.size() ? t.subSequence(spans.get(n + 1)[0], spans.get(n + 1)[1]).toString() : "";
      int suspended = split > 0 || found ? -1 : lostSuspension(word, next, words, layout);
      int joined = split > 0 || found || suspended > 0 ? -1 : page.lostAtJoin(word, wordStart, t.length(), words, layout);
      if (split > 0) {
        at.put(wordStart + split, "-");
      } else if (suspended > 0) {
        at.put(wordStart + suspended, "- ");
      } else if (joined > 0) {
        at.put(wordStart + joined, "-");
      }
    }
    if (at.isEmpty()) {
      return line;
    }
    List<OffsetText> parts = new ArrayList<>();
    int from = 0;
    for (Map.Entry<Integer, String> k : at.entrySet()) {
      parts.add(t.subSequence(from, k.getKey()));
      parts.add(OffsetText.synthetic(k.getValue(), t.sourceIndex(k.getKey())));
      from = k.getKey();
    }
    parts.add(t.subSequence(from));
    return new TextLine(line.number(), OffsetText.join(parts, ""));
  }

  /**
   * What the lines of a text say about its page: the usual length of a full line (0 where the text
   * has none: a text of one paragraph a line), and the words it writes more than once.
   *
   * <p>pdftotext's raw reading order joins a line that ends on a hyphen with the next and drops the
   * hyphen, the compound's with the typesetter's ("identity-" / "assignment" reads "identityassignment"):
   * such a line is half as long again as a full line, and the join stands where a full line ends.
   * A word there that the text writes once and the language never whole, made of a word and a
   * capitalised one ("LevantKhorassan"), or of two long words in a language whose typesetters seldom
   * break a word before a word ({@link LayoutVocabulary#wordTailsCompound}: not French,
   * "garantir-" / "aient"), or of a prefix that the language hyphenates and a word ("reexamine",
   * "sousnutrition"), was a compound broken at its hyphen; so was a compound with a hyphen
   * before the join, joined there of two words whose join is no word ("point-topoint"). Short parts
   * are the syllables and endings a typesetter breaks off ("re-" / "leasing"), and a prefix is often
   * written solid ("intra-" / "household").
   */
  private record Page(int width, Set<String> repeated) {

    int lostAtJoin(String word, int start, int lineLength, Set<String> words, LayoutVocabulary layout) {
      WordLexicon lexicon = layout.lexicon();
      if (width == 0 || lineLength * 2 < width * 3 || repeated.contains(word.toLowerCase(Locale.ROOT)) || lexicon.isWord(word)) {
        return -1;
      }
      int prefix = hyphenatedPrefix(word, words, layout);
      for (int k = SHORTEST_PART; k <= word.length() - SHORTEST_PART; k++) {
        if (!atLineEnd(start + k, lineLength)) {
          continue;
        }
        if (k == prefix) {
          return k;
        }
        String stem = word.substring(0, k);
        String rest = word.substring(k);
        String stemPart = stem.substring(stem.lastIndexOf('-') + 1);
        String restPart = rest.split("-", 2)[0];
        // Parts whose join is a word of the language are a word a typesetter broke ("non-govern-" / "mental").
        if (stemPart.isEmpty() || restPart.isEmpty() || layout.compoundStem().matchesAll(stemPart.toLowerCase(Locale.ROOT))
            || lexicon.isWord(stemPart + restPart)) {
          continue;
        }
        if (restPart.length() < LONG_WORD) {
          continue;
        }
        boolean restIsWord = isWord(restPart, words, lexicon);
        if (stem.indexOf('-') < 0 && restIsWord && lexicon.isCompoundHead(stemPart)) {
          // A head the language hyphenates before any word and writes whole with none ("ever-" / "decreasing").
          return k;
        }
        if (stem.indexOf('-') > 0 && restIsWord && isWord(stemPart, words, lexicon)) {
          // In a compound, two words whose join is no word ("point-to-" / "point"): the join was at one of its hyphens.
          return k;
        }
        boolean capitalised = Character.isLowerCase(stemPart.charAt(stemPart.length() - 1)) && Character.isUpperCase(restPart.charAt(0));
        boolean twoWords = stemPart.length() >= LONG_WORD && isWord(stemPart, words, lexicon);
        if (twoWords && (capitalised || layout.wordTailsCompound() && restIsWord)) {
          return k;
        }
      }
      return -1;
    }

    /** Whether a position of a line of this length is where pdftotext joined its first line with the next. */
    boolean joinedAt(int at, int lineLength) {
      return width > 0 && lineLength * 2 >= width * 3 && atLineEnd(at, lineLength, 1);
    }

    /**
     * Whether a position of a line may be where pdftotext joined it with the next: where a full line
     * ends, or the second or a later full line of lines it joined on end (each a full line long),
     * where the line goes on past that line by a quarter of a line at least.
     */
    private boolean atLineEnd(int at, int lineLength) {
      return atLineEnd(at, lineLength, Integer.MAX_VALUE);
    }

    /** The same, among the first {@code joins} joins of the line. */
    private boolean atLineEnd(int at, int lineLength, int joins) {
      for (int lines = 1; lines <= joins && lines * width * 3 <= at * 4; lines++) {
        boolean goesOn = lines == 1 || lineLength * 4 >= (4 * lines + 1) * width;
        if (goesOn && at * 4 >= (4 * lines - 1) * width && at * 20 <= lines * width * 21) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The usual length of a full line: the median of the lines longer than {@value #SHORT_LINE}
   * characters, where at least half of them are within a tenth of it (justified text); else 0.
   */
  private static int usualWidth(List<TextLine> lines) {
    List<Integer> lengths = new ArrayList<>();
    for (TextLine l : lines) {
      int n = l.text().length();
      if (n > SHORT_LINE) {
        lengths.add(n);
      }
    }
    if (lengths.size() < MIN_FULL_LINES) {
      return 0;
    }
    List<Integer> sorted = lengths.stream().sorted().toList();
    int median = sorted.get(sorted.size() / 2);
    long full = lengths.stream().filter(n -> Math.abs(n - median) * 10 <= median).count();
    return full * 2 >= lengths.size() ? median : 0;
  }

  /** The words a text writes more than once, lower-cased. */
  private static Set<String> repeatedWords(List<TextLine> lines) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (TextLine l : lines) {
      Matcher m = WORD.matcher(l.text());
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (!seen.add(w)) {
          repeated.add(w);
        }
      }
    }
    return repeated;
  }

  /**
   * Where a word lost the suspended hyphen and the space before the conjunction glued to it, or -1:
   * "slowand rapid-onset", "womenand youth-led" (pdftotext's raw order drops the hyphen at a line
   * end and joins the lines). A lower-case word the language never writes whole, a word of the text
   * or of the language before the conjunction, and a compound after it, whose first element the
   * suspended hyphen shares.
   */
  private static int lostSuspension(String word, String next, Set<String> words, LayoutVocabulary layout) {
    if (next.indexOf('-') < 0 || word.indexOf('-') >= 0 || !Character.isLowerCase(word.charAt(0)) || layout.lexicon().isWord(word)) {
      return -1;
    }
    for (int k = SHORTEST_PART; k < word.length(); k++) {
      if (layout.suspensionConjunction().matchesAll(word.substring(k)) && isWord(word.substring(0, k), words, layout.lexicon())) {
        return k;
      }
    }
    return -1;
  }
}
