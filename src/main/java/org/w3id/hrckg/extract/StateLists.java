package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.ListVocabulary;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.reference.Gazetteer;
import org.w3id.hrckg.source.OffsetText;

/**
 * Reads the lists of States of a resolution: the sponsors of a draft ("Albanie*, Argentine, ...,
 * Uruguay* et Yémen*", the asterisk marking a State that is not a member of the Council) and the
 * lists of a recorded vote. Whatever in a list is not the name of a State is reported.
 */
final class StateLists {

  private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
  private final Gazetteer<String> states;
  private final Pattern separators;
  private final List<String> joinedConjunctions;
  private final List<String> articles;
  private final Spans spans;
  private final String file;
  private final List<Diagnostic> diagnostics;

  StateLists(Gazetteer<String> states, ListVocabulary lists, Spans spans, String file, List<Diagnostic> diagnostics) {
    this.states = states;
    this.separators = lists.separator().pattern();
    this.joinedConjunctions = lists.joinedConjunctions();
    this.articles = lists.articles();
    this.spans = spans;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * The sponsors a list names.
   *
   * @param marked whether the list marks non-members with an asterisk (texts do; the UN's XML does not)
   * @param additional whether they joined after the draft was issued
   */
  List<Sponsorship> sponsors(OffsetText list, int line, boolean marked, boolean additional) {
    List<Sponsorship> sponsors = new ArrayList<>();
    String s = list.toString();
    for (Gazetteer.Match<String> m : listed(unjoined(s))) {
      Boolean member = marked ? !starFollows(s, m.end()) : null;
      if (sponsors.stream().anyMatch(x -> x.iso3().equals(m.value()))) {
        continue;
      }
      sponsors.add(new Sponsorship(m.value(), member, additional, spans.of(list, m.start(), m.end()), s.substring(m.start(), m.end())));
    }
    reportUnknown(list, line, "sponsor list");
    return List.copyOf(sponsors);
  }

  List<Vote.VoteCast> votes(OffsetText list, Vote.Choice choice, int line) {
    List<Vote.VoteCast> casts = new ArrayList<>();
    if (list == null) {
      return casts;
    }
    for (Gazetteer.Match<String> m : listed(unjoined(list.toString()))) {
      casts.add(new Vote.VoteCast(m.value(), choice));
    }
    reportUnknown(list, line, "list of the recorded vote");
    return casts;
  }

  /**
   * The names of States a list gives, but for those inside a parenthesis of its own: "Guyana (on
   * behalf of the States Members of the United Nations that are members of the Group of 77 and
   * China)" names one sponsor, Guyana. A name's own parentheses ("Bolivia (Plurinational State of)")
   * are the name's.
   */
  private List<Gazetteer.Match<String>> listed(String list) {
    List<Gazetteer.Match<String>> found = states.findAll(list);
    List<Gazetteer.Match<String>> listed = new ArrayList<>();
    int depth = 0;
    int at = 0;
    for (Gazetteer.Match<String> m : found) {
      depth = depthAfter(list, at, m.start(), depth);
      if (depth == 0) {
        listed.add(m);
      }
      at = m.end();
    }
    return listed;
  }

  private static int depthAfter(String s, int from, int to, int depth) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  private static boolean starFollows(String s, int end) {
    int i = end;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\\')) {
      i++;
    }
    return i < s.length() && s.charAt(i) == '*';
  }

  /**
   * The list with each conjunction joined to a name put apart by spaces of its length, so that
   * positions stay those of the list: "وألمانيا" reads " ألمانيا", where "ألمانيا" is a State's name
   * and "وألمانيا" is not. A name is read whole first: the و of "المملكة المتحدة لبريطانيا العظمى
   * وأيرلندا الشمالية" is part of the United Kingdom's name, not the "and" before Ireland.
   */
  private String unjoined(String list) {
    if (joinedConjunctions.isEmpty()) {
      return list;
    }
    StringBuilder s = new StringBuilder(list);
    int i = 0;
    while (i < s.length()) {
      Gazetteer.Match<String> name = null;
      if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
        name = states.matchAt(s, i);
        name = name != null ? name : afterConjunction(s, i);
      }
      i = name == null ? i + 1 : name.end();
    }
    return s.toString();
  }

  /** The name after a joined conjunction at a position, the conjunction blanked; or null. */
  private Gazetteer.Match<String> afterConjunction(StringBuilder s, int i) {
    for (String c : joinedConjunctions) {
      int after = i + c.length();
      if (after < s.length() && c.contentEquals(s.subSequence(i, after))) {
        Gazetteer.Match<String> name = states.matchAt(s, after);
        if (name != null) {
          s.replace(i, after, " ".repeat(c.length()));
          return name;
        }
      }
    }
    return null;
  }

  private boolean isArticle(String word) {
    return articles.stream().anyMatch(word::equalsIgnoreCase);
  }

  /** Reports the parts of a list that are not the names of States. */
  private void reportUnknown(OffsetText list, int line, String what) {
    StringBuilder rest = new StringBuilder(unjoined(list.toString()));
    List<Gazetteer.Match<String>> found = states.findAll(rest);
    for (int i = found.size() - 1; i >= 0; i--) {
      Gazetteer.Match<String> m = found.get(i);
      rest.replace(m.start(), m.end(), ",");
    }
    String leftover = rest.toString();
    String nested;
    do {
      nested = leftover;
      leftover = PARENTHESIS.matcher(nested).replaceAll(" ");
    } while (!leftover.equals(nested));
    for (String part : separators.split(leftover)) {
      String name = part.strip();
      if (name.chars().anyMatch(Character::isLetter) && !isArticle(name)) {
        diagnostics.add(Diagnostic.warning(file, line, "not the name of a State in the " + what + ": \"" + name + "\""));
      }
    }
  }
}
