package org.w3id.hrckg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.lang.CitationVocabulary;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Organs;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.pattern.NamedPattern;

/**
 * Reads the lists of resolution and decision numbers of a text, with the words of its language's
 * {@link CitationVocabulary}. A list starts at "résolution(s)" or "décision(s)" ("resolution(s)",
 * "decision(s)"), may name its issuer before its numbers ("les résolutions de l’Assemblée générale
 * 48/141...", "General Assembly resolutions 48/141..."), and joins numbers with commas, "et" and
 * "ainsi que" ("and", "as well as"); each number may carry its own issuer, date and description. A date given once for several numbers of the same session
 * ("5/1 et 5/2 du 18 juin 2007") belongs to each of them.
 */
final class ReferenceScanner {

  /** The numbering forms of resolutions. */
  enum Form {
    /** 60/251, S-34/1, 2005/69. */
    SLASH,
    /** 1325 (2000): the Security Council. */
    SECURITY_COUNCIL,
    /** 217 A (III): the General Assembly before 1976. */
    OLD_ASSEMBLY
  }

  /** One number of a list, with what the text attaches to it. */
  static final class Item {
    final String number;
    final Form form;
    final int start;
    int end;
    LocalDate date;
    /** The date is the one given to a later number of the list, shared ("5/1 et 5/2 du 18 juin 2007"). */
    boolean dateShared;
    Issuer issuer;
    /** Named as the act of an organ outside the UN ("de la Commission africaine"). */
    boolean outsideUn;

    Item(String number, Form form, int start, int end) {
      this.number = number;
      this.form = form;
      this.start = start;
      this.end = end;
    }

    /** The session or year part of a slash number, or -1. */
    int firstPart() {
      if (form != Form.SLASH) {
        return -1;
      }
      String head = number.substring(0, number.indexOf('/'));
      return Integer.parseInt(head.replaceFirst("^E?S-", ""));
    }
  }

  /**
   * One list of numbers.
   *
   * @param anchorStart where the resolution word (or its determiner) starts
   * @param determinerStart where the determiner starts, or the anchor when there is none
   * @param end where the list ends
   * @param decision whether it lists decisions
   * @param determiner the determiner before the resolution word ("sa", "les"), or null
   * @param preIssuer the issuer named before the numbers, or null
   * @param pinpoint "paragraphes 3 et 4" before the list, or null
   */
  record Group(int anchorStart, int determinerStart, int end, boolean decision, String determiner,
      Issuer preIssuer, List<Item> items, String pinpoint) {

    boolean possessive(CitationVocabulary words) {
      return determiner != null && words.possessive().matchesAll(determiner);
    }
  }

  private final String text;
  private final CitationVocabulary words;
  private final Calendar calendar;

  private ReferenceScanner(String text, LanguageProfile profile) {
    this.text = text;
    this.words = profile.citations();
    this.calendar = profile.calendar();
  }

  /** The lists of numbers in a text, left to right. */
  static List<Group> scan(String text, LanguageProfile profile) {
    return new ReferenceScanner(text, profile).scan();
  }

  private List<Group> scan() {
    List<Group> groups = new ArrayList<>();
    if (!words.anchor().mayOccurIn(text)) {
      return groups;
    }
    Matcher anchor = words.anchor().matcher(text);
    int from = 0;
    while (anchor.find(from)) {
      WorkBudget.check();
      Group g = group(anchor.start(), anchor.end(), anchor.group("decision") != null);
      if (g != null) {
        groups.add(g);
        from = g.end();
      } else {
        from = anchor.end();
      }
    }
    return groups;
  }

  private Group group(int anchorStart, int anchorEnd, boolean decision) {
    int pos = anchorEnd;
    Issuer pre = null;
    Matcher issuer = at(words.issuerOf(), pos);
    if (issuer != null && at(CitationPatterns.NUMBER, skipSpaces(issuer.end())) != null) {
      pre = Organs.of(issuer);
      pos = issuer.end();
    }
    List<Item> items = new ArrayList<>();
    pos = items(pos, items);
    if (items.isEmpty()) {
      pos = topicLists(pos, items);
    }
    if (items.isEmpty()) {
      return null;
    }
    shareLastIssuer(items);
    shareDates(items);
    int before = anchorStart;
    Matcher named = words.issuerBefore() != null ? lookBack(words.issuerBefore(), anchorStart, 80) : null;
    if (named != null && pre == null) {
      // "General Assembly resolution 60/251": the organ is named before the resolution word;
      // "Environment Assembly resolution 5/14": a body outside the UN, whose acts are no UN documents.
      pre = Organs.of(named);
      before = named.start();
      if (pre == null) {
        items.stream().filter(i -> i.issuer == null).forEach(i -> i.outsideUn = true);
      }
    }
    Matcher det = lookBack(words.determiner(), before, 40);
    int detStart = det != null ? det.start("det") : before;
    Matcher pin = lookBack(words.pinpoint(), before, 120);
    return new Group(anchorStart, detStart, pos, decision, det != null ? det.group("det").toLowerCase(java.util.Locale.ROOT) : null,
        pre, List.copyOf(items), pin != null ? pin.group("pin") : null);
  }

  /** Reads a list of numbers joined by commas, "et" and "ainsi que"; returns where it ends. */
  private int items(int from, List<Item> items) {
    int pos = from;
    while (true) {
      Matcher number = at(CitationPatterns.NUMBER, skipSpaces(pos));
      if (number == null) {
        return items.isEmpty() ? from : items.get(items.size() - 1).end;
      }
      Item item = item(number);
      pos = attributes(item, number.end());
      items.add(item);
      Matcher connector = at(words.listConnector(), pos);
      if (connector == null) {
        return item.end;
      }
      pos = connector.end();
    }
  }

  /**
   * "ses résolutions sur la justice transitionnelle (9/10 du …, 12/11 du …), le droit à la vérité
   * (9/11 du …)": lists in parentheses after their subject, one after another.
   */
  private int topicLists(int from, List<Item> items) {
    if (at(words.topic(), from) == null) {
      return from;
    }
    int pos = from;
    while (true) {
      int open = listParenthesis(pos);
      if (open < 0) {
        return pos;
      }
      int before = items.size();
      int end = skipSpaces(items(open + 1, items));
      if (items.size() == before || end >= text.length() || text.charAt(end) != ')') {
        items.subList(before, items.size()).clear();
        return pos;
      }
      pos = end + 1;
    }
  }

  /** The next "(" that opens a list of numbers, if no sentence end or other resolution word comes first. */
  private int listParenthesis(int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ')' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return -1;
      }
      if (c == '(') {
        return at(CitationPatterns.NUMBER, skipSpaces(i + 1)) != null ? i : -1;
      }
      if (words.anchor().matcher(text).region(i, limit).lookingAt()) {
        return -1;
      }
    }
    return -1;
  }

  private static Item item(Matcher m) {
    if (m.group("sc") != null) {
      return new Item(m.group("sc") + " (" + m.group("scyear") + ")", Form.SECURITY_COUNCIL, m.start(), m.end());
    }
    if (m.group("old") != null) {
      String part = m.group("part") != null ? " " + m.group("part").strip() : "";
      return new Item(m.group("old") + part + " (" + m.group("roman") + ")", Form.OLD_ASSEMBLY, m.start(), m.end());
    }
    String letter = m.group("letter") != null ? m.group("letter") : "";
    return new Item(m.group("slash") + letter, Form.SLASH, m.start(), m.end());
  }

  /** Reads the issuer, date and description that may follow a number; returns where they end. */
  private int attributes(Item item, int pos) {
    for (int round = 0; round < 4; round++) {
      Matcher other = item.issuer == null && !item.outsideUn ? at(words.otherIssuer(), pos) : null;
      if (other != null) {
        item.outsideUn = true;
        pos = other.end();
        item.end = pos;
        continue;
      }
      Matcher date = item.date == null ? at(words.statedDate(), pos) : null;
      if (date != null) {
        item.date = calendar.toDate(date, null).orElse(null);
        pos = date.end();
        item.end = pos;
        continue;
      }
      Matcher issuer = item.issuer == null ? at(words.issuerOf(), pos) : null;
      if (issuer != null) {
        item.issuer = Organs.of(issuer);
        pos = issuer.end();
        item.end = pos;
        continue;
      }
      int aside = parentheticalEnd(pos);
      if (aside > 0) {
        pos = aside;
        continue;
      }
      int described = descriptionEnd(pos);
      if (described > 0) {
        pos = described;
        continue;
      }
      break;
    }
    return pos;
  }

  /**
   * Where a description after a number ends, if the list goes on after it: the description runs
   * to a comma or an "et" after which comes a date, an issuer or the next number. -1 otherwise.
   */
  private int descriptionEnd(int pos) {
    Matcher start = at(words.descriptor(), pos);
    if (start == null) {
      return -1;
    }
    boolean quoted = false;
    int limit = Math.min(text.length(), start.end() + 350);
    for (int i = start.end(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '»' || c == '“' || c == '”') {
        // A title in quotation marks, French or English, may hold commas and "and".
        quoted = c == '«' || c == '“';
      } else if (!quoted && (c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')
          || words.anchor().matcher(text).region(i, limit).lookingAt())) {
        return -1;
      } else if (!quoted && (c == ',' || at(words.conjunction(), i) != null) && continuesAt(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The longest aside in parentheses that a list lets stand between one of its numbers and the next. */
  private static final int ASIDE = 400;

  /**
   * Where an aside in parentheses after a number ends, when the list goes on after it ("70/125 du
   * 16 décembre 2015 (contenant le Document final ...), 75/176 du ..."); -1 otherwise.
   */
  private int parentheticalEnd(int pos) {
    int open = skipSpaces(pos);
    if (open >= text.length() || text.charAt(open) != '(') {
      return -1;
    }
    int depth = 0;
    int limit = Math.min(text.length(), open + ASIDE);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return continuesAt(i + 1) ? i + 1 : -1;
      }
    }
    return -1;
  }

  private boolean continuesAt(int pos) {
    return at(words.statedDate(), pos) != null || at(words.issuerOf(), pos) != null
        || at(words.listConnector(), pos) != null;
  }

  /** An issuer named after the last number of a list names the issuer of all of them. */
  private static void shareLastIssuer(List<Item> items) {
    Item lastItem = items.get(items.size() - 1);
    Issuer last = lastItem.issuer;
    if (last != null && items.stream().allMatch(i -> i.issuer == null || i.issuer == last)) {
      items.forEach(i -> i.issuer = last);
    }
    if (lastItem.outsideUn && items.stream().allMatch(i -> i.issuer == null)) {
      items.forEach(i -> i.outsideUn = true);
    }
  }

  /** "5/1 et 5/2 du 18 juin 2007": a date after the last of several numbers of one session dates them all. */
  private static void shareDates(List<Item> items) {
    Item dated = null;
    for (int i = items.size() - 1; i >= 0; i--) {
      Item item = items.get(i);
      if (item.date != null) {
        dated = item;
      } else if (dated != null && item.form == Form.SLASH && dated.form == Form.SLASH
          && item.firstPart() == dated.firstPart()) {
        item.date = dated.date;
        item.dateShared = true;
      } else {
        dated = null;
      }
    }
  }

  /** The pattern matched at a position (its {@code ^} is the position), or null. */
  private Matcher at(NamedPattern pattern, int pos) {
    if (pos > text.length()) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    m.region(pos, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    return m.lookingAt() ? m : null;
  }

  /** The pattern matched so as to end at a position, looking back at most some characters. */
  private Matcher lookBack(NamedPattern pattern, int end, int window) {
    Matcher m = pattern.matcher(text);
    m.region(Math.max(0, end - window), end);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    return m.find() ? m : null;
  }

  private int skipSpaces(int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }
}
