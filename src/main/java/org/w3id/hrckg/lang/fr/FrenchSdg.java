package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How texts name the Sustainable Development Goals and their targets. A bare "l’objectif 4" counts
 * only in a paragraph that speaks of the Sustainable Development Goals (not of the Millennium
 * Development Goals).
 */
public final class FrenchSdg implements PatternCatalogue {

  private FrenchSdg() {}

  public static final NamedPattern CONTEXT = NamedPattern.named("SDG context")
      .purpose("a paragraph that speaks of the Sustainable Development Goals or the 2030 Agenda")
      .examples("les objectifs de développement durable, en particulier", "l’objectif de développement durable n° 4", "l’ODD 5",
          "le Programme de développement durable à l’horizon 2030")
      .counterExamples("les objectifs du Millénaire pour le développement")
      .cues("objectif", "ODD", "Programme")
      .regex("objectifs?\\s+de\\s+développement\\s+durable|\\bODD\\b|Programme\\s+de\\s+développement\\s+durable|Programme\\s+2030");

  public static final NamedPattern GOAL = NamedPattern.named("SDG goal")
      .purpose("one or more goals by number")
      .examples("l’objectif de développement durable n° 4", "l’objectif no 17", "l’objectif 4,", "objectifs de développement durable 5 et 16",
          "les objectifs 3, 5 et 10")
      .counterExamples("l’objectif 16.2", "objectifs de développement durable d’ici à 2030", "objectifs du Millénaire 8")
      .regex("\\bobjectifs?\\s+(?:de\\s+développement\\s+durable\\s+)?(?:n[o°º]s?\\.?\\s*)?"
          + "(?<goals>\\d{1,2}(?![\\d.,]\\d)(?:\\s*(?:,|et|à)\\s*(?:n[o°º]\\s*)?\\d{1,2}(?![\\d.,]\\d))*)(?!\\d)");

  public static final NamedPattern ACRONYM = NamedPattern.named("SDG acronym")
      .purpose("a goal named by its acronym: ODD 5")
      .examples("l’ODD 5", "ODD 16")
      .counterExamples("ODD")
      .cues("ODD")
      .regex("\\bODD\\s*(?<goal>\\d{1,2})\\b(?![.,]\\d)");

  public static final NamedPattern TARGET = NamedPattern.named("SDG target")
      .purpose("one or more targets of the goals: cible 12.4, cibles 3.9 et 6.3")
      .examples("la cible 12.4 des objectifs de développement durable", "les cibles 3.9 et 6.3", "cible 16.b")
      .counterExamples("la cible des objectifs")
      .cues("cible")
      .regex("\\bcibles?\\s+(?<targets>\\d{1,2}\\.[\\da-z]{1,2}(?:\\s*(?:,|et)\\s*\\d{1,2}\\.[\\da-z]{1,2})*)");

  public static final NamedPattern NOT_A_GOAL = NamedPattern.named("not a sustainable development goal")
      .purpose("after a goal's number: what makes it another series of goals")
      .examples(" du Millénaire pour le développement")
      .counterExamples(" et la cible 16.2")
      .regex("^\\s*du\\s+Millénaire");
}
