package org.w3id.hrckg.pattern;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with a name, what it is for, and real phrases it must find (and phrases it
 * must not). Every pattern the parser uses is one of these, declared in a {@link PatternCatalogue},
 * so that a test can show each one on its examples.
 *
 * @param name a short name, unique in its catalogue
 * @param pattern the compiled expression
 * @param purpose what the pattern recognises, in one sentence
 * @param examples phrases in which {@link Matcher#find()} must succeed
 * @param counterExamples phrases in which it must not
 * @param cues literals of which every text the pattern finds a match in holds one (in the match or
 *     in what its look-arounds read), or none when the pattern has no such literal: a text without
 *     any is not searched, a scan for a few literals being much cheaper than one with the regular
 *     expression; for a pattern that ignores case, the cues are held case-folded and looked for in the
 *     case-folded text
 */
public record NamedPattern(
    String name, Pattern pattern, String purpose, List<String> examples, List<String> counterExamples, List<String> cues) {

  /** Pattern flags for French text: case-sensitive, Unicode classes and case. */
  public static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;

  /** Starts the declaration of a pattern. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** Whether the pattern occurs anywhere in the text. */
  public boolean foundIn(CharSequence text) {
    return mayOccurIn(text) && pattern.matcher(text).find();
  }

  /** False when the text holds none of the pattern's cues, and so no match; true when it may hold one. */
  public boolean mayOccurIn(CharSequence text) {
    if (cues.isEmpty()) {
      return true;
    }
    String s = ignoresCase() ? fold(text) : text.toString();
    for (String cue : cues) {
      if (s.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean ignoresCase() {
    return (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
  }

  /**
   * Each character folded as the expression compares characters when it ignores case with Unicode
   * case (the lower case of the upper case: "É" and "é" are "é", "ſ" is "s"), so that a folded cue
   * occurs in the folded text wherever the expression can match it.
   */
  private static String fold(CharSequence text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    }
    return new String(folded);
  }

  /** Whether the whole text matches. */
  public boolean matchesAll(CharSequence text) {
    return pattern.matcher(text).matches();
  }

  /** Fluent declaration: name, purpose, expression, examples. */
  public static final class Builder {
    private final String name;
    private String purpose = "";
    private List<String> examples = List.of();
    private List<String> counterExamples = List.of();
    private List<String> cues = List.of();
    private int flags = FLAGS;

    private Builder(String name) {
      this.name = name;
    }

    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder ignoringCase() {
      this.flags |= Pattern.CASE_INSENSITIVE;
      return this;
    }

    public Builder multiline() {
      this.flags |= Pattern.MULTILINE;
      return this;
    }

    public Builder examples(String... examples) {
      this.examples = List.of(examples);
      return this;
    }

    public Builder counterExamples(String... counterExamples) {
      this.counterExamples = List.of(counterExamples);
      return this;
    }

    /**
     * The literals of which every text with a match holds one, as written (in any case, for a
     * pattern that ignores case): the reason why must be plain from the expression.
     */
    public Builder cues(String... cues) {
      this.cues = List.of(cues);
      return this;
    }

    public NamedPattern regex(String regex) {
      List<String> held = (flags & Pattern.CASE_INSENSITIVE) != 0 ? cues.stream().map(NamedPattern::fold).toList() : cues;
      return new NamedPattern(name, Pattern.compile(regex, flags), purpose, examples, counterExamples, held);
    }
  }
}
