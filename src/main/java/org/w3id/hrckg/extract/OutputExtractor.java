package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.OutputVocabulary;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.OutputKind;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.reference.Gazetteer;
import org.w3id.hrckg.source.OffsetText;

/**
 * Finds what an operative paragraph mandates. The paragraph is cut into clauses at its verbs
 * ("Accueille ... la réunion-débat qui s’est tenue ..., et prie le Haut-Commissaire d’élaborer ...
 * un rapport"); in a clause whose verb mandates (Prie, Décide, Demande, Charge, Invite), each
 * output named as new ("un rapport", "une réunion intersessions", "cinq consultations") becomes a
 * mandated output, with the addressee as its responsible actor and the session it is due at.
 */
final class OutputExtractor {

  private record Clause(int start, int end, String verb) {}

  private record Candidate(OutputKind kind, int start, int end, String determiner) {}

  private final Gazetteer<String> bodies;
  private final Spans spans;
  private final Integer citingSession;
  private final OutputVocabulary words;
  private final Calendar calendar;

  OutputExtractor(Gazetteer<String> bodies, Spans spans, Integer citingSession, LanguageProfile profile) {
    this.bodies = bodies;
    this.spans = spans;
    this.citingSession = citingSession;
    this.words = profile.outputs();
    this.calendar = profile.calendar();
  }

  List<MandatedOutput> extract(OffsetText text) {
    String s = text.toString();
    List<MandatedOutput> outputs = new ArrayList<>();
    for (Clause clause : clauses(s)) {
      if (words.mandatingVerb().matcher(clause.verb).lookingAt()) {
        outputs.addAll(inClause(text, s, clause));
      }
    }
    return List.copyOf(outputs);
  }

  private List<Clause> clauses(String s) {
    List<int[]> starts = new ArrayList<>();
    starts.add(new int[] {0, 0});
    Matcher m = words.clauseVerb().matcher(s);
    while (m.find()) {
      starts.add(new int[] {m.start("verb"), m.start("verb")});
    }
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i)[0];
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : s.length();
      clauses.add(new Clause(start, end, s.substring(start, Math.min(end, start + 20))));
    }
    return clauses;
  }

  private List<MandatedOutput> inClause(OffsetText text, String s, Clause clause) {
    String body = s.substring(clause.start, clause.end);
    Actor actor = actor(body);
    boolean deciding = words.decidingVerb().matcher(body).lookingAt();
    if (actor == null && !deciding) {
      return List.of();
    }
    List<Candidate> candidates = candidates(body);
    List<MandatedOutput> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Integer due = dueSession(body, c, candidates);
      int from = clause.start + c.start;
      int to = clause.start + c.end;
      out.add(new MandatedOutput(c.kind, due, actor != null ? actor.notation : null, actor != null ? actor.name : null,
          quantity(c), theme(body, c), spans.of(text, from, to), s.substring(from, to)));
    }
    return out;
  }

  /** The body a request is addressed to, if it is a UN body. */
  private record Actor(String notation, String name) {}

  private Actor actor(String clause) {
    Matcher verb = words.mandatingVerb().matcher(clause);
    if (!verb.lookingAt()) {
      return null;
    }
    int pos = skipModifiers(clause, verb.end());
    Matcher article = words.addressee().matcher(clause);
    article.region(pos, clause.length());
    if (!article.lookingAt()) {
      return null;
    }
    Gazetteer.Match<String> body = bodies.matchAt(clause, article.end());
    if (body == null) {
      return null;
    }
    Matcher name = words.actorName().matcher(clause);
    name.region(article.end(), clause.length());
    String asNamed = name.lookingAt() ? name.group("name") : clause.substring(body.start(), body.end());
    return new Actor(body.value(), asNamed);
  }

  private int skipModifiers(String clause, int pos) {
    int p = pos;
    Matcher m = words.requestAdverb().matcher(clause);
    m.region(p, clause.length());
    while (m.lookingAt()) {
      p = m.end();
      m.region(p, clause.length());
    }
    while (p < clause.length() && clause.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private List<Candidate> candidates(String clause) {
    List<Candidate> found = new ArrayList<>();
    add(found, clause, words.oralUpdate(), OutputKind.ORAL_UPDATE);
    add(found, clause, words.intersessional(), OutputKind.INTERSESSIONAL_MEETING);
    add(found, clause, words.panel(), OutputKind.PANEL_DISCUSSION);
    add(found, clause, words.report(), OutputKind.REPORT);
    add(found, clause, words.consultation(), OutputKind.CONSULTATION);
    add(found, clause, words.workshop(), OutputKind.WORKSHOP);
    add(found, clause, words.study(), OutputKind.STUDY);
    found.sort(Comparator.comparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      boolean sameKindBefore = kept.stream().anyMatch(k -> k.kind == c.kind);
      if (isAnaphoric(c) && sameKindBefore) {
        continue;
      }
      kept.add(c);
    }
    return kept;
  }

  private void add(List<Candidate> found, String clause, NamedPattern pattern, OutputKind kind) {
    Matcher m = pattern.matcher(clause);
    while (m.find()) {
      String det = m.group("det");
      if (found.stream().anyMatch(c -> m.start() < c.end && c.start < m.end())) {
        continue;
      }
      if (isNew(clause, m.start(), m.end(), det, kind)) {
        found.add(new Candidate(kind, m.start(), m.end(), det));
      }
    }
  }

  /**
   * Whether a noun names a new output rather than one held already, a recipient or a container.
   * A demonstrative never introduces one ("ce rapport", "cette table ronde"); an article does for a
   * meeting yet to be held ("la réunion-débat annuelle qui doit se tenir"); a possessive or "des",
   * which is also the contracted article, right after an infinitive ("de présenter son rapport
   * annuel", "d’organiser des consultations"); an indefinite or a number, unless it is a recipient
   * ("à une réunion").
   */
  private boolean isNew(String clause, int start, int end, String det, OutputKind kind) {
    if (words.notNew().matcher(clause.substring(end)).lookingAt()) {
      return false;
    }
    String before = clause.substring(Math.max(0, start - 160), start);
    String d = det == null ? "" : det;
    if (words.demonstrative().matchesAll(d)) {
      return false;
    }
    if (words.definite().matchesAll(d)) {
      boolean recipient = words.recipientBefore().foundIn(before);
      return !recipient && kind != OutputKind.REPORT && words.futureEvent().matcher(clause.substring(end)).lookingAt();
    }
    if (words.possessiveOrPartitive().matchesAll(d)) {
      return words.afterInfinitive().foundIn(before);
    }
    return !words.recipientEnd().foundIn(before);
  }

  private boolean isAnaphoric(Candidate c) {
    return c.determiner != null && words.anaphoric().matchesAll(c.determiner);
  }

  /**
   * The session an output is due at: named in its own infinitive clause (after it, else before
   * it), else in the clauses that follow up to the next output. A session of the General Assembly
   * ("et à l’Assemblée générale à sa soixante-dix-neuvième session") is not a session of the
   * Council: an output due there has no due session.
   */
  private Integer dueSession(String clause, Candidate c, List<Candidate> all) {
    List<int[]> parts = infinitiveClauses(clause);
    int own = partOf(parts, c.start);
    int[] part = parts.get(own);
    Session after = firstSession(clause, c.end, part[1]);
    if (after == null) {
      after = firstSession(clause, part[0], c.start);
    }
    for (int i = own + 1; after == null && i < parts.size(); i++) {
      int[] next = parts.get(i);
      if (all.stream().anyMatch(x -> x.start >= next[0] && x.start < next[1])) {
        break;
      }
      after = firstSession(clause, next[0], next[1]);
    }
    return after != null && !after.assembly ? after.number : null;
  }

  private List<int[]> infinitiveClauses(String clause) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = words.infinitiveClause().matcher(clause);
    int start = 0;
    while (m.find()) {
      parts.add(new int[] {start, m.start()});
      start = m.end();
    }
    parts.add(new int[] {start, clause.length()});
    return parts;
  }

  private static int partOf(List<int[]> parts, int position) {
    for (int i = 0; i < parts.size(); i++) {
      if (position < parts.get(i)[1]) {
        return i;
      }
    }
    return parts.size() - 1;
  }

  /** A session named in a text: its number, and whether it is the Assembly's. */
  private record Session(Integer number, boolean assembly) {}

  private Session firstSession(String clause, int from, int to) {
    if (from >= to) {
      return null;
    }
    Matcher m = words.sessionDue().matcher(clause);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      String before = clause.substring(Math.max(0, m.start() - 30), m.start());
      if (m.group("special") != null) {
        continue;
      }
      if (m.group("assembly") != null || words.assemblyNearby().foundIn(before)) {
        return new Session(null, true);
      }
      Optional<Integer> n = calendar.ordinal(m.group("ordinal"));
      if (n.isPresent()) {
        return new Session(n.get(), false);
      }
    }
    Matcher nextSession = words.nextSession().matcher(clause);
    nextSession.region(from, to);
    if (nextSession.find() && citingSession != null) {
      return new Session(citingSession + 1, false);
    }
    return null;
  }

  private Integer quantity(Candidate c) {
    if (c.determiner == null) {
      return null;
    }
    return calendar.cardinal(c.determiner).filter(n -> n > 1).orElse(null);
  }

  private String theme(String clause, Candidate c) {
    if (c.kind == OutputKind.REPORT || c.kind == OutputKind.ORAL_UPDATE) {
      return null;
    }
    Matcher m = words.theme().matcher(clause);
    m.region(c.start, clause.length());
    if (m.find() && m.start() - c.end < 250) {
      String t = m.group("quoted") != null ? m.group("quoted") : m.group("devoted");
      return t.strip();
    }
    return null;
  }
}
