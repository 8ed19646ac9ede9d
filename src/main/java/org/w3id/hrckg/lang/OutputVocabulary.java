package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language's operative paragraphs mandate outputs: a requesting or deciding verb, the
 * addressee, the output named with its determiner (group {@code det}), the session it is due at.
 *
 * @param clauseVerb a verb that opens a new clause inside a paragraph; group {@code verb}
 * @param mandatingVerb at the start of a clause: a verb by which the Council mandates; group {@code verb}
 * @param decidingVerb at the start of a clause: the verb by which it decides (an output then needs no addressee)
 * @param requestAdverb at a position after the verb: an adverb before the addressee
 * @param addressee at a position: the article before the addressee
 * @param actorName at a position: the addressee's name up to what it is asked to do; group {@code name}
 * @param report a report asked for
 * @param oralUpdate an oral update or presentation
 * @param intersessional a meeting held between sessions
 * @param panel a panel discussion
 * @param consultation consultations
 * @param workshop a workshop or seminar
 * @param study a study
 * @param notNew at a position after an output noun: what says it is one already held or named
 * @param recipientBefore looking back from an output noun: what makes it a recipient or a container
 * @param recipientEnd looking back from an output noun with an indefinite determiner: a preposition
 *     that makes it a recipient ("à une réunion", "to a meeting")
 * @param futureEvent at a position after a definite output noun: what says it is yet to be held
 * @param sessionDue the session an output is due at; groups {@code ordinal}, {@code special} and
 *     {@code assembly} (the Assembly's session)
 * @param infinitiveClause where the infinitive clauses of a request part
 * @param afterInfinitive looking back from an output: an infinitive that introduces it as new
 * @param nextSession the next session, counted from the document's own
 * @param assemblyNearby looking back from a session: the General Assembly named just before it
 * @param theme the theme of a meeting; groups {@code quoted} and {@code devoted}
 * @param demonstrative determiners that never introduce a new output (matched whole)
 * @param definite definite articles (matched whole)
 * @param possessiveOrPartitive determiners that introduce a new output only after an infinitive (matched whole)
 * @param anaphoric determiners by which a second noun of the same kind refers to the first (matched whole)
 * @param summary a summary of a meeting's discussions, presented like a report
 * @param compilation a compilation asked for
 * @param frequency how often an output is due; groups {@code annual}, {@code biennial}, {@code regular},
 *     {@code eachSession}
 * @param toCouncil the Council named as the one an output is presented to, or the adopting organ as a
 *     pronoun (group {@code own}: « lui présenter », "to submit to it")
 * @param toAssembly the General Assembly named as the one an output is presented to
 * @param coordinated at the start of an infinitive clause: a second object coordinated with the first
 *     ("ainsi qu’un rapport"), which shares its session
 * @param mandateDecision a mandate established or extended; groups {@code extend} or {@code establish},
 *     and {@code name}
 * @param pastEvent looking back from a session: a past meeting held at it ("tenue à", "held at"), not a due session
 * @param nextInstance in an output's words: the next one of a series ("prochain", "suivante", "next", "subsequent")
 * @param decidedActor at a position after a deciding verb: what introduces the body the decision tasks
 *     ("Décide que le Groupe de travail devrait tenir", "Decides: (a) To request the High Commissioner to organize")
 * @param mandateHolder the kind of holder a name gives; groups {@code mechanism}, {@code workingGroup},
 *     {@code mission}, {@code commission}, {@code team}, {@code group}, {@code expert}, {@code rapporteur},
 *     {@code holder} (the holder of the resolution's mandate, unnamed)
 */
public record OutputVocabulary(
    NamedPattern clauseVerb,
    NamedPattern mandatingVerb,
    NamedPattern decidingVerb,
    NamedPattern requestAdverb,
    NamedPattern addressee,
    NamedPattern actorName,
    NamedPattern report,
    NamedPattern oralUpdate,
    NamedPattern intersessional,
    NamedPattern panel,
    NamedPattern consultation,
    NamedPattern workshop,
    NamedPattern study,
    NamedPattern notNew,
    NamedPattern recipientBefore,
    NamedPattern recipientEnd,
    NamedPattern futureEvent,
    NamedPattern sessionDue,
    NamedPattern infinitiveClause,
    NamedPattern afterInfinitive,
    NamedPattern nextSession,
    NamedPattern assemblyNearby,
    NamedPattern theme,
    NamedPattern demonstrative,
    NamedPattern definite,
    NamedPattern possessiveOrPartitive,
    NamedPattern anaphoric,
    NamedPattern summary,
    NamedPattern compilation,
    NamedPattern frequency,
    NamedPattern toCouncil,
    NamedPattern toAssembly,
    NamedPattern coordinated,
    NamedPattern mandateDecision,
    NamedPattern mandateHolder,
    NamedPattern pastEvent,
    NamedPattern nextInstance,
    NamedPattern decidedActor) {}
