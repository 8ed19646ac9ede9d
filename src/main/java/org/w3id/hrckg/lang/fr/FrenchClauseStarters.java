package org.w3id.hrckg.lang.fr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.ClauseStarters;
import org.w3id.hrckg.lang.Lexicons;

/**
 * The phrases that open paragraphs of French UN resolutions: participles and adjectives in the
 * preamble ({@code preambular-openers.txt}), present-tense verbs in the operative part
 * ({@code operative-verbs.txt}), and the adverbs that qualify either ({@code opening-modifiers.txt}).
 * The lists live beside this class as documented resource files.
 */
public final class FrenchClauseStarters implements ClauseStarters {

  /** Nouns ending in -ant that a line may start with without opening a paragraph. */
  private static final Set<String> NOT_PARTICIPLES = Set.of("représentant", "représentants", "enfant", "enfants",
      "instant", "montant", "montants", "avant", "pendant", "durant", "cependant", "maintenant", "tant", "quant",
      "néant", "géant", "habitant", "habitants", "participant", "participants", "intervenant", "intervenants",
      "combattant", "combattants", "commandant", "restaurant", "mutant", "étudiant", "étudiants");

  private static final Pattern POSSIBLE_OPENING = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:par|de|d['’]|du|des|que|qu['’]|à|au|aux)\\b");

  private static final List<String> PREAMBULAR = withAgreement(load("preambular-openers.txt"));
  private static final List<String> OPERATIVE = load("operative-verbs.txt");
  private static final List<String> MODIFIERS = load("opening-modifiers.txt");

  static final FrenchClauseStarters INSTANCE = new FrenchClauseStarters();

  private FrenchClauseStarters() {}

  /** The preambular opening phrase a text starts with ("Rappelant également"), or empty. */
  @Override
  public Optional<String> preambular(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return Optional.empty();
    }
    String folded = fold(s);
    int end = longestAt(PREAMBULAR, folded, 0);
    if (end < 0) {
      end = participleOrQualifiedAdjective(folded);
    }
    return end < 0 ? Optional.empty() : Optional.of(s.substring(0, extend(folded, end, true)));
  }

  /**
   * Whether a text starts with a participle or adjective of the list, or a present participle:
   * openings sure enough to start a paragraph where the previous one lost its comma.
   */
  @Override
  public boolean strongPreambular(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    String folded = fold(s);
    return longestAt(PREAMBULAR, folded, 0) >= 0 || participleAt(folded, afterReflexive(folded)) >= 0;
  }

  /**
   * A capitalised word followed by a preposition or "que" ("Indigné par", "Soucieux de"): the shape
   * of an opening the lexicon may not know, which the structure stage reports where a comma ends the
   * line before it.
   */
  @Override
  public boolean possibleOpening(CharSequence text) {
    return POSSIBLE_OPENING.matcher(text).lookingAt();
  }

  /** The operative verb phrase a text starts with ("Prie en outre"), or empty. */
  @Override
  public Optional<String> operative(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return Optional.empty();
    }
    String folded = fold(s);
    int end = longestAt(OPERATIVE, folded, 0);
    return end < 0 ? Optional.empty() : Optional.of(s.substring(0, extend(folded, end, false)));
  }

  /**
   * The opening phrase of a paragraph known to be of a kind: the phrase from the lists, or else
   * its first word (with a reflexive pronoun, "Se félicite").
   */
  @Override
  public String of(CharSequence text, boolean preambular) {
    Optional<String> phrase = preambular ? preambular(text) : operative(text);
    if (phrase.isPresent()) {
      return phrase.get();
    }
    String s = text.toString();
    String folded = fold(s);
    int end = wordEnd(folded, 0);
    if ((folded.startsWith("se ") || folded.startsWith("s'")) && end < folded.length()) {
      end = wordEnd(folded, end + 1);
    }
    return s.substring(0, end);
  }

  /**
   * Where the verb starts after a reflexive pronoun, full or elided ("Se félicitant", "S’indignant",
   * "S’alarmant"): French morphology, not a list; 0 when the text opens with none.
   */
  private static int afterReflexive(String folded) {
    if (folded.startsWith("s'")) {
      return 2;
    }
    return folded.startsWith("se ") ? 3 : 0;
  }

  /** The end of a present participle at a position ("rappelant", "indignant"), or -1. */
  private static int participleAt(String folded, int at) {
    int end = wordEnd(folded, at);
    String word = folded.substring(at, end);
    return word.endsWith("ant") && word.length() > 4 && !NOT_PARTICIPLES.contains(word) ? end : -1;
  }

  private static int participleOrQualifiedAdjective(String folded) {
    int participle = participleAt(folded, afterReflexive(folded));
    if (participle >= 0) {
      return participle;
    }
    int first = wordEnd(folded, 0);
    String word = folded.substring(0, first);
    if (word.endsWith("ment") && first < folded.length()) {
      int second = wordEnd(folded, first + 1);
      String next = folded.substring(first + 1, second);
      // "Profondément préoccupé", but not "Gouvernement du Myanmar": after an adverb, a word of the
      // list or a past participle.
      int listed = longestAt(PREAMBULAR, folded, first + 1);
      if (listed >= 0) {
        return listed;
      }
      if (next.length() >= 5 && next.matches("\\p{L}+(?:é|ée|és|ées)")) {
        return second;
      }
    }
    return -1;
  }

  /** Extends a phrase over the modifiers that follow it, and over "et" plus a second participle. */
  private static int extend(String folded, int end, boolean preambular) {
    boolean grown = true;
    while (grown && end < folded.length() && folded.charAt(end) == ' ') {
      grown = false;
      int m = longestModifierAt(folded, end + 1);
      if (m >= 0) {
        end = m;
        grown = true;
      } else if (preambular && folded.startsWith("et ", end + 1)) {
        int second = wordEnd(folded, end + 4);
        String word = folded.substring(end + 4, second);
        if (word.endsWith("ant") && !NOT_PARTICIPLES.contains(word)) {
          end = second;
          grown = true;
        }
      }
    }
    return end;
  }

  /**
   * The end of the longest phrase of a list found as whole words at a position, or -1. Modifiers
   * may stand between the first word of a phrase and the rest ("Prend également acte").
   */
  private static int longestAt(List<String> phrases, String folded, int at) {
    int best = -1;
    for (String p : phrases) {
      int end = phraseEnd(p, folded, at);
      best = Math.max(best, end);
    }
    return best;
  }

  private static int phraseEnd(String phrase, String folded, int at) {
    int end = at + phrase.length();
    if (folded.startsWith(phrase, at) && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
      return end;
    }
    int space = phrase.indexOf(' ');
    if (space < 0 || !folded.startsWith(phrase.substring(0, space + 1), at)) {
      return -1;
    }
    int m = longestModifierAt(folded, at + space + 1);
    if (m < 0 || m >= folded.length() || folded.charAt(m) != ' ') {
      return -1;
    }
    String rest = phrase.substring(space + 1);
    int restEnd = m + 1 + rest.length();
    boolean fits = folded.startsWith(rest, m + 1) && (restEnd == folded.length() || !Character.isLetter(folded.charAt(restEnd)));
    return fits ? restEnd : -1;
  }

  private static int longestModifierAt(String folded, int at) {
    int end = -1;
    for (String m : MODIFIERS) {
      int e = at + m.length();
      if (folded.startsWith(m, at) && (e == folded.length() || !Character.isLetter(folded.charAt(e)))) {
        end = Math.max(end, e);
      }
    }
    return end;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  /** Lower case and straight apostrophes, one character for one. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * Adds the feminine and plural forms of the adjectives and past participles of a list
   * ("préoccupé": préoccupée, préoccupés, préoccupées): a resolution agrees them with its author
   * ("Le Conseil ... Conscient", "Les États ... Préoccupés").
   */
  private static List<String> withAgreement(List<String> phrases) {
    List<String> all = new ArrayList<>(phrases);
    for (String p : phrases) {
      int space = p.indexOf(' ');
      String first = space < 0 ? p : p.substring(0, space);
      String rest = space < 0 ? "" : p.substring(space);
      if (first.endsWith("ant")) {
        continue;
      }
      for (String form : agreed(first)) {
        all.add(form + rest);
      }
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(all);
  }

  private static List<String> agreed(String word) {
    if (word.endsWith("et")) {
      String stem = word.substring(0, word.length() - 2);
      return List.of(stem + "ète", stem + "ets", stem + "ètes");
    }
    if (word.endsWith("x")) {
      String stem = word.substring(0, word.length() - 1);
      return List.of(stem + "se", stem + "ses");
    }
    if (word.endsWith("f")) {
      String stem = word.substring(0, word.length() - 1);
      return List.of(stem + "ve", stem + "fs", stem + "ves");
    }
    if (word.endsWith("é") || word.endsWith("u") || word.endsWith("t") || word.endsWith("i") || word.endsWith("s")) {
      return word.endsWith("s") ? List.of(word + "e", word + "es") : List.of(word + "e", word + "s", word + "es");
    }
    return List.of();
  }

  private static List<String> load(String name) {
    List<String> phrases = new ArrayList<>(Lexicons.lines(FrenchClauseStarters.class, name).stream()
        .map(FrenchClauseStarters::fold).toList());
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(phrases);
  }
}
