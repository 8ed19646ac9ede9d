package org.w3id.hrckg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.reference.NamedThing;
import org.w3id.hrckg.reference.ReferenceData;

/**
 * The titles of the ten items of the Council's agenda (from {@code ontology/hrc.ttl}), to read the
 * item's number where a text prints only its title, and to tell where the title ends and the
 * sponsor list begins.
 */
final class AgendaTitles {

  /** A title found at the start of a text. */
  record Found(int item, int end) {}

  private record Title(int item, String squeezed) {}

  private static final Map<Language, List<Title>> TITLES = new ConcurrentHashMap<>();

  private AgendaTitles() {}

  /** The agenda title in a language that a text starts with, white space and apostrophe forms aside, or null. */
  static Found atStart(CharSequence text, Language language) {
    Found best = null;
    for (Title t : TITLES.computeIfAbsent(language, AgendaTitles::load)) {
      int end = prefixEnd(text, t.squeezed);
      if (end >= 0 && (best == null || end > best.end)) {
        best = new Found(t.item, end);
      }
    }
    return best;
  }

  /** Where a squeezed title ends in the text if the text starts with it, or -1. */
  private static int prefixEnd(CharSequence text, String squeezed) {
    int j = 0;
    int i = 0;
    while (i < text.length() && j < squeezed.length()) {
      char c = squeeze(text.charAt(i));
      if (c == ' ') {
        i++;
        continue;
      }
      if (c != squeezed.charAt(j)) {
        return -1;
      }
      i++;
      j++;
    }
    if (j < squeezed.length()) {
      return -1;
    }
    return i == text.length() || !Character.isLetter(text.charAt(i)) ? i : -1;
  }

  private static List<Title> load(Language language) {
    List<Title> titles = new ArrayList<>();
    for (NamedThing item : ReferenceData.get().agendaItems()) {
      for (String name : item.names(language)) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
          char s = squeeze(c);
          if (s != ' ') {
            sb.append(s);
          }
        }
        titles.add(new Title(Integer.parseInt(item.notation()), sb.toString()));
      }
    }
    return List.copyOf(titles);
  }

  /** Lower case, straight apostrophe, and all white space as one space. */
  private static char squeeze(char c) {
    if (Character.isWhitespace(c)) {
      return ' ';
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }
}
