package org.w3id.hrckg.lang.en;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How English texts name the Sustainable Development Goals and their targets. A bare "Goal 4"
 * counts only in a paragraph that speaks of the Sustainable Development Goals or the 2030 Agenda;
 * a Millennium Development Goal is never one.
 */
public final class EnglishSdg implements PatternCatalogue {

  private EnglishSdg() {}

  public static final NamedPattern CONTEXT = NamedPattern.named("SDG context")
      .purpose("a paragraph that speaks of the Sustainable Development Goals or the 2030 Agenda")
      .examples("the Sustainable Development Goals, in particular", "Sustainable Development Goal 4", "SDG 5",
          "the 2030 Agenda for Sustainable Development")
      .counterExamples("the Millennium Development Goals", "the goals of the Charter")
      .regex("Sustainable\\s+Development\\s+Goals?|\\bSDGs?\\b|2030\\s+Agenda");

  public static final NamedPattern GOAL = NamedPattern.named("SDG goal")
      .purpose("one or more goals by number; the words before the number may be lost to a line break")
      .examples("Sustainable Development Goal 16", "in particular Goal 4,", "Sustainable Development Goals 5 and 16",
          "Goals 3, 5 and 10", "Goal No. 17", "goal 16 of the 2030 Agenda")
      .counterExamples("target 16.2", "Goal 16.2", "Sustainable Development Goals by 2030", "Millennium Development Goal 8")
      .regex("\\b(?:[Ss]ustainable\\s+[Dd]evelopment\\s+)?[Gg]oals?(?<!Millennium\\s{1,3}Development\\s{1,3}[Gg]oals?)\\s+"
          + "(?:No\\.\\s*)?(?<goals>\\d{1,2}(?![\\d.,]\\d)(?:\\s*(?:,|and|to)\\s*\\d{1,2}(?![\\d.,]\\d))*)(?!\\d)");

  public static final NamedPattern ACRONYM = NamedPattern.named("SDG acronym")
      .purpose("a goal named by its acronym: SDG 5")
      .examples("SDG 5", "SDG16")
      .counterExamples("SDGs", "SDG 16.2")
      .cues("SDG")
      .regex("\\bSDG\\s*(?<goal>\\d{1,2})\\b(?![.,]\\d)");

  public static final NamedPattern TARGET = NamedPattern.named("SDG target")
      .purpose("one or more targets of the goals: target 16.2, targets 3.9 and 6.3")
      .examples("target 12.4 of the Sustainable Development Goals", "targets 3.9 and 6.3", "target 16.b", "Target 5.2.")
      .counterExamples("the target of the Goals", "Aichi Biodiversity Target 11")
      .cues("target", "Target")
      .regex("\\b[Tt]argets?\\s+(?<targets>\\d{1,2}\\.[\\da-z]{1,2}(?:\\s*(?:,|and)\\s*\\d{1,2}\\.[\\da-z]{1,2})*)");
}
