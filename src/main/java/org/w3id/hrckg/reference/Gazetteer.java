package org.w3id.hrckg.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known names in a text: States, funds, bodies. Matching ignores the differences that do not
 * matter in UN texts (typographic or straight apostrophes, hyphen variants, stray combining marks,
 * spacing: a line break or two spaces where the name has one, a space beside its hyphen, "Guinea
 * -Bissau" as printed; and where asked case and the letters that the six languages write in more
 * than one way), prefers the longest name at a position ("Guinée-Bissau" over "Guinée") and only
 * matches whole words.
 *
 * @param <V> what a name stands for
 */
public final class Gazetteer<V> {

  /** A name found in a text. */
  public record Match<V>(int start, int end, V value) {}

  private record Entry<V>(String folded, V value) {}

  /** The size of {@link #openings}, a power of two. */
  private static final int OPENINGS = 1 << 16;

  private final boolean ignoreCase;
  private final boolean ignoreVariants;
  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  /**
   * The hashed first two letters of the first word of every name: a word that opens otherwise
   * opens no name, and is passed over without building its key.
   */
  private final BitSet openings = new BitSet(OPENINGS);

  public Gazetteer(boolean ignoreCase) {
    this(ignoreCase, false);
  }

  /**
   * @param ignoreCase whether "GERMANY" is "Germany"
   * @param ignoreVariants whether letters written in more than one way are one: Latin letters with
   *     and without their accents ("PERU", "Perú"), ё and е ("Соединённое", "Соединенное"), and in
   *     Arabic the forms of alef ("آيرلندا", "أيرلندا"), taa marbuta and haa, alef maqsura and yaa,
   *     Persian and Arabic yaa and kaf
   */
  public Gazetteer(boolean ignoreCase, boolean ignoreVariants) {
    this.ignoreCase = ignoreCase;
    this.ignoreVariants = ignoreVariants;
  }

  /** Adds a name for a value. */
  public Gazetteer<V> add(String name, V value) {
    String folded = fold(name.strip().replaceAll("\\s+", " "));
    openings.set(opening(folded, 0));
    List<Entry<V>> entries = byFirstWord.computeIfAbsent(firstWord(folded, 0), k -> new ArrayList<>());
    entries.add(new Entry<>(folded, value));
    entries.sort(Comparator.comparingInt((Entry<V> e) -> e.folded.length()).reversed());
    return this;
  }

  /** Every name in the text, left to right, without overlaps. */
  public List<Match<V>> findAll(CharSequence text) {
    String folded = fold(text.toString());
    List<Match<V>> found = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      if (isWordStart(folded, i)) {
        Match<V> m = matchFolded(folded, i);
        if (m != null) {
          found.add(m);
          i = m.end();
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /** The longest name that starts exactly at a position, or null. */
  public Match<V> matchAt(CharSequence text, int start) {
    return matchFolded(fold(text.toString()), start);
  }

  private Match<V> matchFolded(String folded, int start) {
    if (!openings.get(opening(folded, start))) {
      return null;
    }
    List<Entry<V>> candidates = byFirstWord.get(firstWord(folded, start));
    if (candidates == null) {
      return null;
    }
    for (Entry<V> e : candidates) {
      int stop = end(folded, start, e.folded);
      if (stop >= 0 && (stop == folded.length() || !isWordChar(folded.charAt(stop)))) {
        return new Match<>(start, stop, e.value);
      }
    }
    return null;
  }

  /**
   * Where a name read from a position ends, or -1. Its spaces and hyphens are compared as runs:
   * a run of the text matches a run of the name that has as many hyphens, however many spaces
   * either has ("Guinea -Bissau" is "Guinea-Bissau", "Great\nBritain" is "Great Britain"); a
   * combining mark the name does not have is passed over (the dot of "Türki̇ye", a lower-cased "İ").
   */
  private static int end(String folded, int start, String name) {
    int i = start;
    int k = 0;
    while (k < name.length()) {
      char c = name.charAt(k);
      if (isGap(c)) {
        int nameEnd = gapEnd(name, k);
        int textEnd = gapEnd(folded, i);
        if (textEnd == i || hyphens(name, k, nameEnd) != hyphens(folded, i, textEnd)) {
          return -1;
        }
        k = nameEnd;
        i = textEnd;
      } else if (i < folded.length() && folded.charAt(i) == c) {
        i++;
        k++;
      } else if (i < folded.length() && Character.getType(folded.charAt(i)) == Character.NON_SPACING_MARK) {
        i++;
      } else {
        return -1;
      }
    }
    return i;
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '-';
  }

  private static int gapEnd(String s, int i) {
    while (i < s.length() && isGap(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static long hyphens(String s, int from, int to) {
    return s.substring(from, to).chars().filter(c -> c == '-').count();
  }

  private static boolean isWordStart(String s, int i) {
    return isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)));
  }

  /** Letters, digits and hyphens make words: "Guinée" is not a word inside "Nouvelle-Guinée". */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /**
   * The letters and digits from a position, combining marks passed over: the key of the names that
   * may start there, whatever follows.
   */
  private static String firstWord(String folded, int start) {
    StringBuilder key = new StringBuilder();
    for (int i = start; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        break;
      }
    }
    return key.toString();
  }

  /** The first two characters of {@link #firstWord} (as many as it has), hashed into {@link #openings}. */
  private static int opening(String folded, int start) {
    int first = 0;
    int second = 0;
    int letters = 0;
    for (int i = start; i < folded.length() && letters < 2; i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (letters++ == 0) {
          first = c;
        } else {
          second = c;
        }
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        break;
      }
    }
    return (first * 31 + second) & (OPENINGS - 1);
  }

  /** One character for one character, so that positions in the folded text are positions in the text. */
  private String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      c = switch (c) {
        case '’', '‘', 'ʼ', '´', '`' -> '\'';
        case '\u2010', '\u2011', '\u2012' -> '-';
        case '\u00a0', '\u202f', '\n', '\t', '\r' -> ' ';
        default -> c;
      };
      if (ignoreVariants) {
        c = variant(c);
      }
      sb.append(ignoreCase ? Character.toLowerCase(c) : c);
    }
    return sb.toString();
  }

  /** The one letter for the letters written in more than one way (see the constructor). */
  private static char variant(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى', 'ی' -> 'ي';
      case 'ک' -> 'ك';
      case 'ё' -> 'е';
      case 'Ё' -> 'Е';
      default -> c < 0x250 && c > 0x7f ? withoutAccent(c) : c;
    };
  }

  /** A Latin letter without its accents ("é" is "e"), or the character itself when it has none. */
  private static char withoutAccent(char c) {
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return d.length() > 1 && Character.isLetter(d.charAt(0)) && d.chars().skip(1).allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK)
        ? d.charAt(0) : c;
  }
}
