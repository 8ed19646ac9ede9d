package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.lang.OutputVocabulary;
import org.w3id.hrckg.model.DueSession;
import org.w3id.hrckg.model.Issuer;

/**
 * Finds the sessions a stretch of a request names ("à sa cinquante-huitième session", "at both the
 * fifty-seventh and fifty-eighth sessions", "à partir de sa soixante-dix-septième session"): of the
 * adopting organ unless the Assembly is named, each of a list, with whether a series starts there.
 */
final class SessionFinder {

  private final OutputVocabulary words;
  private final Calendar calendar;
  private final Issuer organ;
  private final Integer citingSession;

  SessionFinder(OutputVocabulary words, Calendar calendar, Issuer organ, Integer citingSession) {
    this.words = words;
    this.calendar = calendar;
    this.organ = organ;
    this.citingSession = citingSession;
  }

  /** A session named in a text, and whether a series starts at it ("à partir de sa ..."). */
  record NamedSession(DueSession due, boolean from) {}

  /**
   * The sessions named between two positions. A session is the Assembly's when the text says so
   * ("de l’Assemblée", "à l’Assemblée générale, à sa ..."); special sessions, and the sessions of past
   * meetings ("la réunion-débat tenue à sa ..."), are not due sessions.
   */
  List<NamedSession> in(String clause, int from, int to) {
    List<NamedSession> found = new ArrayList<>();
    if (from >= to) {
      return found;
    }
    Matcher m = words.sessionDue().matcher(clause);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (m.group("special") != null) {
        continue;
      }
      String before = clause.substring(Math.max(0, m.start() - 30), m.start());
      if (words.pastEvent().foundIn(before)) {
        continue;
      }
      Issuer of = m.group("assembly") != null || words.assemblyNearby().foundIn(before) ? Issuer.GENERAL_ASSEMBLY : organ;
      boolean series = m.group("from") != null;
      List<String> ordinals = new ArrayList<>(List.of(m.group("ordinal")));
      String more = m.group("more");
      if (more != null && !more.isBlank()) {
        ordinals.addAll(List.of(more.strip().replaceFirst("^(?:,|et|and)\\s*", "").split("\\s*(?:,|\\bet\\b|\\band\\b)\\s*")));
      }
      for (String o : ordinals) {
        calendar.ordinal(o.strip()).ifPresent(n -> found.add(new NamedSession(new DueSession(of, n), series)));
      }
    }
    Matcher nextSession = words.nextSession().matcher(clause);
    nextSession.region(from, to);
    if (found.isEmpty() && nextSession.find() && citingSession != null) {
      found.add(new NamedSession(new DueSession(organ, citingSession + 1), false));
    }
    return found;
  }
}
