package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language's texts name the Sustainable Development Goals.
 *
 * @param context the words that make bare goal numbers goals ("objectifs de développement durable",
 *     "Sustainable Development Goals", "2030 Agenda")
 * @param goal one or more goals by number, in a context; group {@code goals}
 * @param acronym a goal by its acronym ("ODD 5", "SDG 5"); group {@code goal}
 * @param target targets by number ("cible 16.2", "target 16.2"); group {@code targets}
 * @param notAGoal at the position after a goal match: what makes it another series ("du Millénaire"), or null
 */
public record SdgVocabulary(NamedPattern context, NamedPattern goal, NamedPattern acronym, NamedPattern target,
    NamedPattern notAGoal) {}
