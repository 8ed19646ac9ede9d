package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.SdgVocabulary;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.reference.Gazetteer;
import org.w3id.hrckg.source.OffsetText;

/**
 * Finds the funds, States and Sustainable Development Goals a paragraph names. Funds and States
 * are recognised by every name the reference data gives them (a fund named three ways is one
 * fund); goals and targets by their numbers.
 */
final class MentionExtractor {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(?:\\.[\\da-z]{1,2})?");
  private static final int GOALS = 17;

  private final Gazetteer<String> funds;
  private final Gazetteer<String> states;
  private final Spans spans;
  private final SdgVocabulary sdg;

  MentionExtractor(Gazetteer<String> funds, Gazetteer<String> states, Spans spans, SdgVocabulary sdg) {
    this.funds = funds;
    this.states = states;
    this.spans = spans;
    this.sdg = sdg;
  }

  List<Mention> extract(OffsetText text) {
    List<Mention> mentions = new ArrayList<>();
    for (Gazetteer.Match<String> m : funds.findAll(text)) {
      mentions.add(mention(Mention.Kind.FUND, m.value(), text, m.start(), m.end()));
    }
    for (Gazetteer.Match<String> m : states.findAll(text)) {
      mentions.add(mention(Mention.Kind.STATE, m.value(), text, m.start(), m.end()));
    }
    if (sdg.context().foundIn(text)) {
      goals(text, sdg.goal().matcher(text), "goals", mentions);
    }
    if (sdg.acronym().mayOccurIn(text)) {
      goals(text, sdg.acronym().matcher(text), "goal", mentions);
    }
    if (sdg.target().mayOccurIn(text)) {
      targets(text, mentions);
    }
    return List.copyOf(mentions);
  }

  private void goals(OffsetText text, Matcher m, String group, List<Mention> out) {
    while (m.find()) {
      if (sdg.notAGoal() != null && sdg.notAGoal().matcher(text.subSequence(m.end())).lookingAt()) {
        continue;
      }
      Matcher n = NUMBER.matcher(m.group(group));
      while (n.find()) {
        int goal = Integer.parseInt(n.group());
        if (goal >= 1 && goal <= GOALS) {
          int at = m.start(group) + n.start();
          addOnce(out, mention(Mention.Kind.SDG_GOAL, String.valueOf(goal), text, at, at + n.group().length()));
        }
      }
    }
  }

  /** A target is named with its goal: "cible 12.4" mentions target 12.4 of goal 12. */
  private void targets(OffsetText text, List<Mention> out) {
    Matcher m = sdg.target().matcher(text);
    while (m.find()) {
      Matcher n = NUMBER.matcher(m.group("targets"));
      while (n.find()) {
        String target = n.group();
        int goal = Integer.parseInt(target.substring(0, target.indexOf('.')));
        if (goal >= 1 && goal <= GOALS) {
          int at = m.start("targets") + n.start();
          int end = at + target.length();
          addOnce(out, mention(Mention.Kind.SDG_TARGET, target, text, at, end));
          addOnce(out, mention(Mention.Kind.SDG_GOAL, String.valueOf(goal), text, at, end));
        }
      }
    }
  }

  private static void addOnce(List<Mention> out, Mention m) {
    if (out.stream().noneMatch(x -> x.kind() == m.kind() && x.key().equals(m.key()))) {
      out.add(m);
    }
  }

  private Mention mention(Mention.Kind kind, String key, OffsetText text, int start, int end) {
    return new Mention(kind, key, spans.of(text, start, end), text.subSequence(start, end).toString());
  }
}
