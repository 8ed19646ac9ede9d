package org.w3id.hrckg.lang;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.hrckg.model.Language;

/**
 * Decides the language of a text from its content: the script for Russian, Arabic and Chinese,
 * and for the three languages in Latin script the share of their commonest function words, which
 * a resolution of a few hundred words settles beyond doubt. A file's name, folder or declared
 * language is never asked.
 */
public final class LanguageDetector {

  /** Function words frequent in one of the Latin-script languages and rare in the other two. */
  private static final Map<Language, Set<String>> FUNCTION_WORDS = Map.of(
      Language.FRENCH, Set.of("le", "les", "des", "du", "et", "la", "dans", "pour", "au", "aux", "sur", "est", "qui", "une"),
      Language.ENGLISH, Set.of("the", "of", "and", "to", "in", "its", "for", "on", "with", "that", "by", "is", "which", "an"),
      Language.SPANISH, Set.of("el", "los", "las", "del", "y", "en", "para", "con", "que", "por", "sus", "una", "al", "su"));

  /** The length of the longest function word: a longer word is none. */
  private static final int LONGEST_FUNCTION_WORD =
      FUNCTION_WORDS.values().stream().flatMap(Set::stream).mapToInt(String::length).max().orElse(0);

  /** The first letter that may be Cyrillic, Arabic or Han. */
  private static final char SCRIPTED = '\u0400';

  /** Fewer words than this, and the text says too little to tell. */
  private static final int ENOUGH_WORDS = 8;

  private LanguageDetector() {}

  /** The language of a text, or empty when it holds too few words to tell. */
  public static Optional<Language> detect(CharSequence text) {
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    int words = 0;
    int lowLetters = 0;
    int wordStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        // Below U+0400 no letter is Cyrillic, Arabic or Han: only their number matters.
        if (c < SCRIPTED) {
          lowLetters++;
        } else {
          scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
        }
        continue;
      }
      if (i > wordStart) {
        words++;
        if (i - wordStart <= LONGEST_FUNCTION_WORD) {
          String w = text.subSequence(wordStart, i).toString().toLowerCase(Locale.ROOT);
          FUNCTION_WORDS.forEach((language, set) -> {
            if (set.contains(w)) {
              hits.merge(language, 1, Integer::sum);
            }
          });
        }
      }
      wordStart = i + 1;
    }
    Optional<Language> byScript = byScript(scripts, lowLetters);
    if (byScript.isPresent()) {
      return byScript;
    }
    if (words < ENOUGH_WORDS) {
      return Optional.empty();
    }
    return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Russian, Arabic or Chinese when most letters are Cyrillic, Arabic or Han. */
  private static Optional<Language> byScript(Map<Character.UnicodeScript, Integer> scripts, int lowLetters) {
    int letters = lowLetters + scripts.values().stream().mapToInt(Integer::intValue).sum();
    if (letters == 0) {
      return Optional.empty();
    }
    for (var e : Map.of(Character.UnicodeScript.CYRILLIC, Language.RUSSIAN, Character.UnicodeScript.ARABIC, Language.ARABIC,
        Character.UnicodeScript.HAN, Language.CHINESE).entrySet()) {
      if (scripts.getOrDefault(e.getKey(), 0) * 2 > letters) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
