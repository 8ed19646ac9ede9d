package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.hrckg.lang.OutputVocabulary;
import org.w3id.hrckg.model.Mandate;
import org.w3id.hrckg.model.MandateHolder;
import org.w3id.hrckg.source.OffsetText;

/**
 * Finds the mandates an operative paragraph establishes or extends ("Décide de proroger le mandat
 * du Rapporteur spécial sur ... pour une période d'un an", "Decides to urgently establish an
 * independent international fact-finding mission for the Sudan"), and tells which holder an
 * actor's name is.
 */
final class MandateExtractor {

  private final OutputVocabulary words;
  private final Spans spans;

  MandateExtractor(OutputVocabulary words, Spans spans) {
    this.words = words;
    this.spans = spans;
  }

  List<Mandate> extract(OffsetText text) {
    String s = text.toString();
    List<Mandate> found = new ArrayList<>();
    if (!words.mandateDecision().mayOccurIn(s)) {
      return found;
    }
    Matcher m = words.mandateDecision().matcher(s);
    while (m.find()) {
      String name = m.group("name").strip();
      Optional<MandateHolder> holder = holder(name);
      if (holder.isPresent()) {
        found.add(new Mandate(m.group("extend") != null, holder.get(), name, spans.of(text, m.start("name"), m.start("name") + name.length())));
      }
    }
    return List.copyOf(found);
  }

  /** The kind of holder a title names, or empty; the unnamed "titulaire du mandat" is not a kind. */
  Optional<MandateHolder> holder(String title) {
    Matcher m = words.mandateHolder().matcher(title);
    if (!m.find()) {
      return Optional.empty();
    }
    for (MandateHolder h : MandateHolder.values()) {
      if (m.group(group(h)) != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** Whether a title names the holder of the resolution's mandate without naming the mandate. */
  boolean unnamedHolder(String title) {
    Matcher m = words.mandateHolder().matcher(title);
    return m.find() && m.group("holder") != null;
  }

  private static String group(MandateHolder h) {
    return switch (h) {
      case SPECIAL_RAPPORTEUR -> "rapporteur";
      case INDEPENDENT_EXPERT -> "expert";
      case WORKING_GROUP -> "workingGroup";
      case COMMISSION_OF_INQUIRY -> "commission";
      case FACT_FINDING_MISSION -> "mission";
      case GROUP_OF_EXPERTS -> "group";
      case TEAM_OF_EXPERTS -> "team";
      case EXPERT_MECHANISM -> "mechanism";
    };
  }
}
