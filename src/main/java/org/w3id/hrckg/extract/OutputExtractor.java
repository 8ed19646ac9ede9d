package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.w3id.hrckg.extract.SessionFinder.NamedSession;
import org.w3id.hrckg.lang.Calendar;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.OutputVocabulary;
import org.w3id.hrckg.model.DueSession;
import org.w3id.hrckg.model.Frequency;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandateHolder;
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
 * mandated output, with the addressee as its responsible actor (a mandate holder of the resolution
 * among them), the sessions of the Council and the Assembly it is due at, the organs it is presented
 * to, how often it is due and the mandate it belongs to.
 */
final class OutputExtractor {

  private record Clause(int start, int end, String verb) {}

  private record Candidate(OutputKind kind, int start, int end, String determiner) {}

  private final Gazetteer<String> bodies;
  private final Spans spans;
  private final Issuer organ;
  private final OutputVocabulary words;
  private final Calendar calendar;
  private final List<Mandate> mandates;
  private final MandateExtractor holders;
  private final SessionFinder sessionFinder;

  /**
   * @param organ the organ that adopts the text, whose sessions "sa session", "its session" are (the Council when unknown)
   * @param mandates the mandates the resolution establishes or extends, whose holders' outputs belong to them
   */
  OutputExtractor(Gazetteer<String> bodies, Spans spans, Issuer organ, Integer citingSession, LanguageProfile profile,
      List<Mandate> mandates) {
    this.bodies = bodies;
    this.spans = spans;
    this.organ = organ != null ? organ : Issuer.HUMAN_RIGHTS_COUNCIL;
    this.words = profile.outputs();
    this.calendar = profile.calendar();
    this.mandates = mandates;
    this.holders = new MandateExtractor(words, spans);
    this.sessionFinder = new SessionFinder(words, calendar, this.organ, citingSession);
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

  /**
   * The outputs of a resolution's paragraphs without the repeats: an output a later paragraph names
   * again by a possessive, of the same kind and deliverer as an earlier one ("Prie également le Mécanisme
   * d’experts de présenter son rapport annuel aussi à l’Assemblée générale"), is the earlier output,
   * which gains the organs and sessions the repeat adds.
   */
  List<List<MandatedOutput>> withoutRepeats(List<List<MandatedOutput>> perParagraph) {
    List<List<MandatedOutput>> result = new ArrayList<>();
    for (List<MandatedOutput> outputs : perParagraph) {
      List<MandatedOutput> kept = new ArrayList<>();
      for (MandatedOutput o : outputs) {
        if (!mergedIntoEarlier(result, o)) {
          kept.add(o);
        }
      }
      result.add(kept);
    }
    return result.stream().map(List::copyOf).toList();
  }

  private boolean mergedIntoEarlier(List<List<MandatedOutput>> earlier, MandatedOutput repeat) {
    String determiner = repeat.phrase().split("\\s+", 2)[0];
    boolean possessive = words.anaphoric().matchesAll(determiner) && !words.definite().matchesAll(determiner);
    String who = deliverer(repeat);
    if (!possessive || who == null || words.nextInstance().foundIn(repeat.phrase())) {
      return false;
    }
    for (List<MandatedOutput> outputs : earlier) {
      for (int i = 0; i < outputs.size(); i++) {
        MandatedOutput first = outputs.get(i);
        if (first.kind() == repeat.kind() && who.equals(deliverer(first))) {
          outputs.set(i, joined(first, repeat));
          return true;
        }
      }
    }
    return false;
  }

  /** Who delivers an output: the resolution's mandate its holder holds, else the actor's body. */
  private static String deliverer(MandatedOutput o) {
    return o.mandate() != null ? o.mandate() : o.actor();
  }

  private static MandatedOutput joined(MandatedOutput first, MandatedOutput repeat) {
    Set<Issuer> to = new LinkedHashSet<>(first.addressees());
    to.addAll(repeat.addressees());
    Set<DueSession> due = new LinkedHashSet<>(first.dueSessions());
    due.addAll(repeat.dueSessions());
    return new MandatedOutput(first.kind(), List.copyOf(due), List.copyOf(to), first.frequency(), first.fromSession(),
        first.actor(), first.actorName(), first.mandate(), first.quantity(), first.theme(), first.span(), first.phrase());
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
      clauses.add(new Clause(start, end, s.substring(start, Math.min(end, start + 60))));
    }
    return clauses;
  }

  private List<MandatedOutput> inClause(OffsetText text, String s, Clause clause) {
    String body = s.substring(clause.start, clause.end);
    Actor actor = actor(body);
    boolean deciding = words.decidingVerb().matcher(body).lookingAt();
    if (actor == null && deciding) {
      actor = holderOfMandateDecided(body);
    }
    if (actor == null && !deciding) {
      return List.of();
    }
    List<Part> parts = infinitiveClauses(body);
    List<Candidate> candidates = withoutStudiesForReports(body, candidates(body), parts);
    String mandate = actor != null ? mandateOf(actor.name) : null;
    List<MandatedOutput> out = new ArrayList<>();
    for (Candidate c : candidates) {
      List<NamedSession> sessions = sessions(body, c, candidates, parts);
      String ownText = extent(body, c, candidates, parts);
      DueSession from = sessions.stream().filter(NamedSession::from).findFirst().map(NamedSession::due).orElse(null);
      List<DueSession> due = sessions.stream().filter(x -> !x.from()).map(NamedSession::due).distinct().toList();
      Frequency frequency = frequency(ownText, from, !due.isEmpty());
      List<Issuer> addressees = addressees(c, ownText, sessions, actor);
      int start = clause.start + c.start;
      int end = clause.start + c.end;
      for (List<DueSession> one : perOwnSession(due)) {
        out.add(new MandatedOutput(c.kind, one, addressees, frequency, from, actor != null ? actor.notation : null,
            actor != null ? actor.name : null, mandate, quantity(c), theme(body, c), spans.of(text, start, end), s.substring(start, end)));
      }
    }
    return out;
  }

  /**
   * A study followed by a report in the next infinitive clause, with no session of its own ("de mener
   * une étude sur ..., d’établir un rapport sur le sujet et de le lui présenter", "to conduct a study
   * and to prepare a report on ..."), is the research the report is made of: one output, the report.
   */
  private List<Candidate> withoutStudiesForReports(String clause, List<Candidate> candidates, List<Part> parts) {
    List<Candidate> kept = new ArrayList<>(candidates);
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate study = candidates.get(i);
      Candidate report = candidates.get(i + 1);
      boolean nextClause = partOf(parts, report.start) == partOf(parts, study.start) + 1;
      if (study.kind == OutputKind.STUDY && report.kind == OutputKind.REPORT && nextClause
          && sessionFinder.in(clause, study.end, report.start).isEmpty()) {
        kept.remove(study);
      }
    }
    return kept;
  }

  /**
   * One object asked for at two sessions of the adopting organ is two outputs, one per session (one
   * report cannot be given twice); sessions of the other organ stay with the first.
   */
  private List<List<DueSession>> perOwnSession(List<DueSession> due) {
    List<DueSession> council = due.stream().filter(d -> d.organ() == organ).toList();
    if (council.size() < 2) {
      return List.of(due);
    }
    List<List<DueSession>> split = new ArrayList<>();
    List<DueSession> others = due.stream().filter(d -> d.organ() != organ).toList();
    for (int i = 0; i < council.size(); i++) {
      List<DueSession> one = new ArrayList<>(List.of(council.get(i)));
      if (i == 0) {
        one.addAll(others);
      }
      split.add(List.copyOf(one));
    }
    return split;
  }

  /** The mandate of the resolution whose holder the actor is: by the kind of holder, or the only one. */
  private String mandateOf(String actorName) {
    if (actorName == null || mandates.isEmpty()) {
      return null;
    }
    if (holders.unnamedHolder(actorName)) {
      return mandates.size() == 1 ? mandates.get(0).name() : null;
    }
    Optional<MandateHolder> holder = holders.holder(actorName);
    return holder.flatMap(h -> mandates.stream().filter(m -> m.holder() == h).map(Mandate::name).findFirst()).orElse(null);
  }

  /**
   * How often an output is due, as its clause says; a standing duty with no period ("conformément à
   * son programme de travail") that names the session it is due at is one output, due once.
   */
  private Frequency frequency(String ownText, DueSession from, boolean dueAtNamedSessions) {
    Matcher m = words.frequency().matcher(ownText);
    if (m.find()) {
      if (m.group("annual") != null) {
        return Frequency.ANNUAL;
      }
      if (m.group("biennial") != null) {
        return Frequency.BIENNIAL;
      }
      if (m.group("regular") != null) {
        return dueAtNamedSessions && from == null ? Frequency.ONCE : Frequency.REGULAR;
      }
      return Frequency.PER_SESSION;
    }
    return from != null ? Frequency.REGULAR : Frequency.ONCE;
  }

  /**
   * The organs an output is presented to: those of its sessions, and those its clause names (« lui »,
   * "to it" being the adopting organ); a panel or a meeting the organ itself decides is held by it.
   */
  private List<Issuer> addressees(Candidate c, String ownText, List<NamedSession> sessions, Actor actor) {
    Set<Issuer> to = new LinkedHashSet<>();
    boolean meeting = c.kind == OutputKind.PANEL_DISCUSSION || c.kind == OutputKind.INTERSESSIONAL_MEETING;
    Matcher council = words.toCouncil().matcher(ownText);
    if (council.find()) {
      to.add(council.group("own") != null ? organ : Issuer.HUMAN_RIGHTS_COUNCIL);
    }
    if (c.kind == OutputKind.PANEL_DISCUSSION || (meeting && actor == null)) {
      to.add(organ);
    }
    if (words.toAssembly().foundIn(ownText)) {
      to.add(Issuer.GENERAL_ASSEMBLY);
    }
    boolean deliverable = !meeting && c.kind != OutputKind.WORKSHOP && c.kind != OutputKind.CONSULTATION;
    if (deliverable) {
      sessions.forEach(x -> to.add(x.due().organ()));
    }
    List<Issuer> ordered = new ArrayList<>();
    for (Issuer i : List.of(Issuer.HUMAN_RIGHTS_COUNCIL, Issuer.GENERAL_ASSEMBLY)) {
      if (to.contains(i)) {
        ordered.add(i);
      }
    }
    return List.copyOf(ordered);
  }

  /** The body a request is addressed to, if it is a UN body. */
  private record Actor(String notation, String name) {}

  private Actor actor(String clause) {
    Matcher verb = words.mandatingVerb().matcher(clause);
    if (!verb.lookingAt()) {
      return null;
    }
    int pos = skipModifiers(clause, verb.end());
    Matcher subject = words.decidedActor().matcher(clause);
    subject.region(pos, clause.length());
    if (words.decidingVerb().matcher(clause).lookingAt() && subject.lookingAt()) {
      pos = subject.end();
    }
    Matcher article = words.addressee().matcher(clause);
    article.region(pos, clause.length());
    if (!article.lookingAt()) {
      return null;
    }
    Matcher name = words.actorName().matcher(clause);
    name.region(article.end(), clause.length());
    String named = name.lookingAt() ? name.group("name") : null;
    Optional<MandateHolder> holder = named == null ? Optional.empty() : holders.holder(named);
    boolean ownMandate = holder.isPresent() && mandates.stream().anyMatch(m -> m.holder() == holder.get());
    Gazetteer.Match<String> body = bodies.matchAt(clause, article.end());
    if (ownMandate || (body == null && holder.isPresent())) {
      return new Actor(notation(holder.get()), named);
    }
    if (body == null) {
      return null;
    }
    return new Actor(body.value(), named != null ? named : clause.substring(body.start(), body.end()));
  }

  /**
   * The holder of a mandate that the clause itself establishes or extends, whose tasks it then lists
   * ("Décide d’établir ... une mission ..., dont le mandat sera le suivant : ... f) Lui présenter un
   * compte rendu oral"), or null.
   */
  private Actor holderOfMandateDecided(String clause) {
    Matcher m = words.mandateDecision().matcher(clause);
    if (!words.mandateDecision().mayOccurIn(clause) || !m.find()) {
      return null;
    }
    String name = m.group("name").strip();
    return holders.holder(name).map(h -> new Actor(notation(h), name)).orElse(null);
  }

  /**
   * The body a kind of mandate holder belongs to among the bodies of the reference data: special
   * procedures, or commissions of inquiry and the like; none for expert mechanisms and teams of experts.
   */
  private static String notation(MandateHolder holder) {
    return switch (holder) {
      case SPECIAL_RAPPORTEUR, INDEPENDENT_EXPERT, WORKING_GROUP -> "special-procedures";
      case COMMISSION_OF_INQUIRY, FACT_FINDING_MISSION, GROUP_OF_EXPERTS -> "commission-of-inquiry";
      case TEAM_OF_EXPERTS, EXPERT_MECHANISM -> null;
    };
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
    add(found, clause, words.summary(), OutputKind.SUMMARY);
    add(found, clause, words.compilation(), OutputKind.COMPILATION);
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
      boolean next = words.nextInstance().foundIn(clause.substring(c.start, Math.min(clause.length(), c.end + 12)));
      if (isAnaphoric(c) && sameKindBefore && !next || isObjectOfOralVerb(clause, kept, c)) {
        continue;
      }
      kept.add(c);
    }
    return kept;
  }

  /**
   * A report that is the object of an oral verb ("de lui présenter oralement à ses ... sessions un
   * rapport") is the oral update itself, not a written report.
   */
  private boolean isObjectOfOralVerb(String clause, List<Candidate> kept, Candidate c) {
    if (c.kind != OutputKind.REPORT || kept.isEmpty()) {
      return false;
    }
    Candidate last = kept.get(kept.size() - 1);
    return last.kind == OutputKind.ORAL_UPDATE && last.determiner == null
        && !words.infinitiveClause().foundIn(clause.substring(last.end, c.start));
  }

  private void add(List<Candidate> found, String clause, NamedPattern pattern, OutputKind kind) {
    if (!pattern.mayOccurIn(clause)) {
      return;
    }
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
   * ("à une réunion"); a verb ("faire rapport", "présenter oralement") always does, and so does the
   * next one of a series ("son prochain débat annuel", "l’étude suivante", "its next annual study").
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
    if (words.nextInstance().foundIn(clause.substring(start, Math.min(clause.length(), end + 12)))) {
      return !words.recipientEnd().foundIn(before);
    }
    if (words.definite().matchesAll(d)) {
      boolean recipient = words.recipientBefore().foundIn(before);
      return !recipient && kind != OutputKind.REPORT && words.futureEvent().matcher(clause.substring(end)).lookingAt();
    }
    if (words.possessiveOrPartitive().matchesAll(d)) {
      return words.afterInfinitive().foundIn(before);
    }
    return det == null || !words.recipientEnd().foundIn(before);
  }

  private boolean isAnaphoric(Candidate c) {
    return c.determiner != null && words.anaphoric().matchesAll(c.determiner);
  }

  /**
   * The sessions an output is due at: those named in its own infinitive clause after it (up to the
   * next output: "un compte rendu oral à sa cinquante-septième session et un rapport complet à sa
   * cinquante-huitième session"), else before it ("de lui présenter, à sa soixante et unième session,
   * un rapport"); else those of the clauses
   * that follow up to the next output; else, for an object coordinated with the next one ("un
   * rapport sur ..., ainsi qu’un rapport sur ..., à sa cinquante-huitième session"), the next one's.
   */
  private List<NamedSession> sessions(String clause, Candidate c, List<Candidate> all, List<Part> parts) {
    int own = partOf(parts, c.start);
    int after = all.stream().filter(x -> x.start >= c.end).mapToInt(x -> x.start).min().orElse(clause.length());
    int before = all.stream().filter(x -> x.end <= c.start).mapToInt(x -> x.end).max().orElse(0);
    List<NamedSession> found = new ArrayList<>(sessionFinder.in(clause, c.end, Math.min(after, parts.get(own).end)));
    if (found.isEmpty()) {
      found.addAll(sessionFinder.in(clause, Math.max(before, parts.get(own).start), c.start));
    }
    for (int i = own + 1; i < parts.size(); i++) {
      Part next = parts.get(i);
      boolean holdsOutput = holdsOutput(next, all);
      boolean haveOwn = found.stream().anyMatch(x -> !x.from() && x.due().organ() == organ);
      if (holdsOutput) {
        if (found.isEmpty() && words.coordinated().matcher(clause.substring(next.separator, next.end)).lookingAt()) {
          found.addAll(sessionFinder.in(clause, next.start, next.end));
        }
        break;
      }
      if (!haveOwn) {
        found.addAll(sessionFinder.in(clause, next.start, next.end));
      }
    }
    return found;
  }

  /**
   * The words that speak of an output: its own infinitive clause and those around it up to the
   * outputs before and after ("d’établir un rapport succinct ... et de le lui présenter à sa
   * soixante-troisième session", "De lui présenter, et de présenter également à l’Assemblée
   * générale, un rapport annuel").
   */
  private static String extent(String clause, Candidate c, List<Candidate> all, List<Part> parts) {
    int own = partOf(parts, c.start);
    int first = own;
    while (first > 0 && !holdsOutput(parts.get(first - 1), all)) {
      first--;
    }
    int last = own;
    while (last + 1 < parts.size() && !holdsOutput(parts.get(last + 1), all)) {
      last++;
    }
    return clause.substring(parts.get(first).start, parts.get(last).end);
  }

  private static boolean holdsOutput(Part part, List<Candidate> all) {
    return all.stream().anyMatch(x -> x.start >= part.start && x.start < part.end);
  }

  /** An infinitive clause of a request: where its separator starts, where its words start and end. */
  private record Part(int separator, int start, int end) {}

  private List<Part> infinitiveClauses(String clause) {
    List<Part> parts = new ArrayList<>();
    Matcher m = words.infinitiveClause().matcher(clause);
    int separator = 0;
    int start = 0;
    while (m.find()) {
      parts.add(new Part(separator, start, m.start()));
      separator = m.start();
      start = m.end();
    }
    parts.add(new Part(separator, start, clause.length()));
    return parts;
  }

  private static int partOf(List<Part> parts, int position) {
    for (int i = 0; i < parts.size(); i++) {
      if (position < parts.get(i).end) {
        return i;
      }
    }
    return parts.size() - 1;
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
