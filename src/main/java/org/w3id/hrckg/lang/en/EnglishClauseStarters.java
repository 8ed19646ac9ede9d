package org.w3id.hrckg.lang.en;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.ClauseStarters;
import org.w3id.hrckg.lang.Lexicons;

/**
 * The phrases that open paragraphs of English UN resolutions, read by the morphology of English
 * drafting: the preamble opens with a present participle ("Recalling", "Taking note"), an
 * adjective or past participle ("Aware", "Convinced"), perhaps after an adverb ("Deeply
 * concerned"); the operative part with a verb in the third person ("Requests", "Takes note"),
 * whose adverb often comes first ("Also requests", "Strongly condemns"). The phrase goes on over
 * the adverbs that follow ("Recalling also", "Reaffirms once again"), a stance with "with"
 * ("Noting with deep concern"), a stance as object ("Reaffirming its commitment", "Expressing
 * deep concern") and a second verb after "and" ("Welcomes and encourages").
 *
 * <p>The lexicons beside this class: {@code verbs.txt} (base forms; the participle and the third
 * person are made from them), {@code adjectives.txt}, {@code modifiers.txt} and {@code stances.txt}.
 */
public final class EnglishClauseStarters implements ClauseStarters {

  /** Words in -ing that a line may start with without opening a paragraph. */
  private static final Pattern POSSIBLE_OPENING = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:by|of|that|with|at|to|about)\\b");

  private static final Set<String> NOT_PARTICIPLES = Set.of("during", "including", "regarding", "concerning", "according",
      "following", "pending", "notwithstanding", "excluding", "nothing", "something", "anything", "everything", "building",
      "buildings", "meeting", "meetings", "funding", "training", "housing", "spring", "string", "thing", "things", "beijing",
      "wellbeing", "bring", "morning", "evening", "wedding", "ceiling", "clothing", "sterling");
  /** Words in -ly that are not adverbs. */
  private static final Set<String> NOT_ADVERBS = Set.of("assembly", "family", "only", "early", "italy", "july", "supply",
      "apply", "reply", "rely", "ally", "rally", "daily", "holy", "likely", "friendly", "elderly");
  /** The verbs of being, after which an adjective states a stance ("Remains concerned", "Being satisfied"). */
  private static final Set<String> COPULAS = Set.of("is", "remains", "being", "remaining");
  private static final Set<String> POSSESSIVES = Set.of("its", "our", "their");

  private static final List<String> BASE = load("verbs.txt");
  private static final Map<String, String> BASE_OF_FORM = new HashMap<>();
  private static final List<String> OPERATIVE = forms(1);
  private static final List<String> PARTICIPLES = forms(2);
  private static final List<String> ADJECTIVES = load("adjectives.txt");
  private static final List<String> PREAMBULAR = longestFirst(concat(PARTICIPLES, ADJECTIVES));
  private static final List<String> MODIFIERS = load("modifiers.txt");
  private static final Map<String, List<String>> STANCES = sections("stances.txt");
  private static final Set<String> STANCE_NOUNS = Set.copyOf(STANCES.get(""));
  private static final Set<String> INTENSIFIERS = Set.copyOf(STANCES.get("intensifiers"));
  private static final Set<String> BARE_AFTER = Set.copyOf(STANCES.get("bare after"));

  static final EnglishClauseStarters INSTANCE = new EnglishClauseStarters();

  private EnglishClauseStarters() {}

  @Override
  public Optional<String> preambular(CharSequence text) {
    return phrase(text.toString(), true);
  }

  @Override
  public boolean strongPreambular(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    // Only the lexicon's openings: English capitalises the words of names, and a line break may put
    // a participle of a name first ("Working Group on ...", "Persons Belonging to ...").
    return longestAt(PREAMBULAR, fold(s), 0) >= 0;
  }

  /**
   * A capitalised word followed by a preposition or "that" ("Outraged by", "Mindful of"): the shape
   * of an opening the lexicon may not know, which the structure stage reports where a comma ends the
   * line before it.
   */
  @Override
  public boolean possibleOpening(CharSequence text) {
    return POSSIBLE_OPENING.matcher(text).lookingAt();
  }

  @Override
  public Optional<String> operative(CharSequence text) {
    return phrase(text.toString(), false);
  }

  /** The opening phrase of a paragraph known to be of a kind: the phrase read, or else its first word. */
  @Override
  public String of(CharSequence text, boolean preambular) {
    Optional<String> phrase = phrase(text.toString(), preambular);
    if (phrase.isPresent()) {
      return phrase.get();
    }
    String s = text.toString();
    return s.substring(0, wordEnd(fold(s), 0));
  }

  private static Optional<String> phrase(String s, boolean preambular) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return Optional.empty();
    }
    String f = fold(s);
    Head head = head(f, adverbs(f, 0), preambular);
    return head == null ? Optional.empty() : Optional.of(s.substring(0, extend(f, head, preambular)));
  }

  /** The verb or adjective a phrase is built on: where it ends, and the base of its verb (or null). */
  private record Head(int end, String base) {}

  private static Head head(String f, int at, boolean preambular) {
    int end = longestAt(preambular ? PREAMBULAR : OPERATIVE, f, at);
    if (end < 0 && preambular) {
      end = participle(f, at);
    }
    if (end < 0) {
      return null;
    }
    String word = f.substring(at, wordEnd(f, at));
    if (COPULAS.contains(word) && end == at + word.length()) {
      end = Math.max(end, stateAfter(f, end));
    } else if (word.equals("having") && end == at + word.length() && end < f.length()) {
      // "Having considered", "Having also examined": the past participle after the auxiliary.
      int next = skipModifiers(f, end + 1);
      end = next < f.length() ? wordEnd(f, next) : end;
    }
    if (f.startsWith(" to", end - 3) && end - 3 > at) {
      // "Continues to encourage": the base form of another verb of the lexicon.
      int infinitive = longestAt(BASE, f, end + 1);
      end = infinitive > 0 ? infinitive : end;
    }
    return new Head(end, BASE_OF_FORM.get(word));
  }

  /** After a verb of being, the adjective of the state, perhaps after an adverb: "deeply concerned". */
  private static int stateAfter(String f, int end) {
    if (end >= f.length() || f.charAt(end) != ' ') {
      return -1;
    }
    int at = adverbs(f, end + 1);
    int adjective = longestAt(ADJECTIVES, f, at);
    if (adjective < 0 && f.startsWith("ed", wordEnd(f, at) - 2)) {
      adjective = wordEnd(f, at);
    }
    return adjective;
  }

  /** Extends a phrase over the modifiers, stances and second verbs that follow it. */
  private static int extend(String f, Head head, boolean preambular) {
    int end = head.end();
    for (int round = 0; round < 12 && end < f.length() && f.charAt(end) == ' '; round++) {
      int next = longestAt(MODIFIERS, f, end + 1);
      if (next < 0) {
        next = withStance(f, end + 1);
      }
      if (next < 0) {
        next = stanceObject(f, end + 1, head.base() != null && BARE_AFTER.contains(head.base()));
      }
      if (next < 0 && f.startsWith("and ", end + 1)) {
        Head second = head(f, adverbs(f, end + 5), preambular);
        next = second != null ? second.end() : -1;
      }
      if (next < 0) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** "with appreciation", "with deep concern": a stance after "with". */
  private static int withStance(String f, int at) {
    if (!f.startsWith("with ", at)) {
      return -1;
    }
    return stanceNoun(f, intensifiers(f, at + 5), false);
  }

  /**
   * A stance as the object of the verb: after a possessive ("its commitment"), after an intensifier
   * ("deep concern"), and after a verb of the bare-after list also bare or after "the" ("concern",
   * "the hope"); a second stance may follow after "and" ("its gratitude and appreciation").
   */
  private static int stanceObject(String f, int at, boolean bareAllowed) {
    int pos = at;
    String first = f.substring(at, wordEnd(f, at));
    boolean possessive = POSSESSIVES.contains(first);
    boolean article = first.equals("the");
    if (possessive || article) {
      pos = wordEnd(f, at) + 1;
    }
    int afterIntensifiers = intensifiers(f, pos);
    boolean intensified = afterIntensifiers > pos;
    if (!possessive && !intensified && !bareAllowed) {
      return -1;
    }
    int end = stanceNoun(f, afterIntensifiers, true);
    if (end > 0 && f.startsWith(" and ", end)) {
      int second = stanceNoun(f, intensifiers(f, end + 5), true);
      end = second > 0 ? second : end;
    }
    return end;
  }

  /** A stance noun at a position, with "for" or "upon" after "call"; not one followed by a number (a citation). */
  private static int stanceNoun(String f, int at, boolean object) {
    if (at >= f.length()) {
      return -1;
    }
    int end = wordEnd(f, at);
    String noun = f.substring(at, end);
    if (!STANCE_NOUNS.contains(noun)) {
      return -1;
    }
    if (object && end + 1 < f.length() && Character.isDigit(f.charAt(end + 1))) {
      return -1;
    }
    if (noun.equals("call")) {
      for (String particle : List.of(" for", " upon", " on")) {
        if (f.startsWith(particle, end) && (end + particle.length() == f.length() || !Character.isLetter(f.charAt(end + particle.length())))) {
          return end + particle.length();
        }
      }
    }
    return end;
  }

  private static int intensifiers(String f, int at) {
    int pos = at;
    while (pos < f.length()) {
      int end = wordEnd(f, pos);
      String word = f.substring(pos, end);
      boolean joined = word.equals("and") && pos > at;
      if (!(INTENSIFIERS.contains(word) || joined) || end >= f.length() || f.charAt(end) != ' ') {
        return pos;
      }
      pos = end + 1;
    }
    return pos;
  }

  /** The modifiers and adverbs in -ly before a verb or adjective: "Also", "Once again", "Strongly", "Deeply". */
  private static int adverbs(String f, int at) {
    int pos = at;
    for (int round = 0; round < 3 && pos < f.length(); round++) {
      int end = longestAt(MODIFIERS, f, pos);
      if (end < 0) {
        int word = wordEnd(f, pos);
        String w = f.substring(pos, word);
        end = w.length() > 4 && w.endsWith("ly") && !NOT_ADVERBS.contains(w) ? word : -1;
      }
      if (end > 0 && f.startsWith(", ", end)) {
        end++;  // "In that regard, notes"
      }
      if (end < 0 || end >= f.length() || f.charAt(end) != ' ') {
        return pos;
      }
      pos = end + 1;
    }
    return pos;
  }

  private static int skipModifiers(String f, int at) {
    int pos = at;
    int end = longestAt(MODIFIERS, f, pos);
    while (end > 0 && end < f.length() && f.charAt(end) == ' ') {
      pos = end + 1;
      end = longestAt(MODIFIERS, f, pos);
    }
    return pos;
  }

  /** A present participle at a position: a word in -ing that is no noun or preposition. */
  private static int participle(String f, int at) {
    int end = wordEnd(f, at);
    String word = f.substring(at, end);
    return word.length() >= 6 && word.endsWith("ing") && !NOT_PARTICIPLES.contains(word) ? end : -1;
  }

  /**
   * The end of the longest phrase of a list found as whole words at a position, or -1. Modifiers
   * may stand between the first word of a phrase and the rest ("Calls once again upon").
   */
  private static int longestAt(List<String> phrases, String f, int at) {
    int best = -1;
    for (String p : phrases) {
      best = Math.max(best, phraseEnd(p, f, at));
    }
    return best;
  }

  private static int phraseEnd(String phrase, String f, int at) {
    if (at >= f.length()) {
      return -1;
    }
    int end = at + phrase.length();
    if (f.startsWith(phrase, at) && (end == f.length() || !Character.isLetter(f.charAt(end)))) {
      return end;
    }
    int space = phrase.indexOf(' ');
    if (space < 0 || !f.startsWith(phrase.substring(0, space + 1), at)) {
      return -1;
    }
    int rest = skipModifiers(f, at + space + 1);
    if (rest == at + space + 1) {
      return -1;
    }
    String tail = phrase.substring(space + 1);
    int restEnd = rest + tail.length();
    boolean fits = f.startsWith(tail, rest) && (restEnd == f.length() || !Character.isLetter(f.charAt(restEnd)));
    return fits ? restEnd : -1;
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
   * The inflected forms of the lexicon's phrases (1: third person, 2: present participle), from
   * the forms a line gives or else by the rules of English spelling; the first word is inflected.
   */
  private static List<String> forms(int which) {
    List<String> out = new ArrayList<>();
    for (String line : loadLines("verbs.txt")) {
      String[] given = line.split("\\s*\\|\\s*");
      String phrase = given[0];
      int space = phrase.indexOf(' ');
      String verb = space < 0 ? phrase : phrase.substring(0, space);
      String rest = space < 0 ? "" : phrase.substring(space);
      String form = given.length > which ? given[which] : which == 1 ? thirdPerson(verb) : presentParticiple(verb);
      BASE_OF_FORM.put(form, verb);
      out.add(form + rest);
    }
    return longestFirst(out);
  }

  /** "recall" recalls, "stress" stresses, "reply" replies, "be" is, "have" has. */
  static String thirdPerson(String verb) {
    return switch (verb) {
      case "be" -> "is";
      case "have" -> "has";
      default -> verb.matches(".*(?:s|sh|ch|x|z|o)") ? verb + "es"
          : verb.matches(".*[^aeiou]y") ? verb.substring(0, verb.length() - 1) + "ies" : verb + "s";
    };
  }

  /** "recall" recalling, "note" noting, "agree" agreeing, "be" being. */
  static String presentParticiple(String verb) {
    if (verb.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe") && !verb.equals("be")) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    return verb + "ing";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> longestFirst(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }

  /** The phrases of a lexicon in base form, the forms given after "|" left out. */
  private static List<String> load(String name) {
    return longestFirst(loadLines(name).stream().map(l -> l.split("\\s*\\|\\s*")[0]).toList());
  }

  /** A lexicon cut into sections by "[name]" lines; the lines before the first heading are section "". */
  private static Map<String, List<String>> sections(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String section = "";
    out.put(section, new ArrayList<>());
    for (String line : loadLines(name)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        out.put(section, new ArrayList<>());
      } else {
        out.get(section).add(line);
      }
    }
    return out;
  }

  private static List<String> loadLines(String name) {
    return Lexicons.lines(EnglishClauseStarters.class, name).stream().map(EnglishClauseStarters::fold).toList();
  }
}
