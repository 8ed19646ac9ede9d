package org.w3id.hrckg.lang.en;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How English operative paragraphs mandate outputs: a requesting verb, often after its adverb
 * ("Also requests the Office of the High Commissioner to present a report..."), a deciding verb
 * ("Decides to convene a panel discussion..."), the output named with an indefinite determiner or
 * a number ("a report", "an intersessional meeting", "five regional consultations"), and the
 * session it is due at ("at its fifty-ninth session", "before the fifty-third session of the
 * Council"). English puts the adjectives of an output before its noun ("an annual half-day panel
 * discussion"), and the adverbs of a verb before or after it.
 */
public final class EnglishOutputs implements PatternCatalogue {

  private EnglishOutputs() {}

  private static final String DETERMINER = "(?<det>an?|the|its|his|her|their|this|that|these|those|such|one|two|three"
      + "|four|five|six|seven|eight|nine|ten|\\d{1,2})";
  /** The adverbs that stand before a verb of an operative paragraph ("Also requests", "Once again requests"). */
  private static final String LEADING_ADVERBS = "(?:(?:also|further|again|once\\s+again|once\\s+more|urgently|strongly|finally)\\s+)*";
  /** Words that describe a meeting before its noun: "an annual half-day panel discussion". */
  private static final String MEETING_ADJECTIVES = "(?:(?:high-level|annual|biennial|quadrennial|half-day|full-day|one-day"
      + "|two-day|interactive|informal|public|regional|global|thematic|upcoming|next)\\s+){0,3}";

  public static final NamedPattern CLAUSE_VERB = NamedPattern.named("clause verb")
      .purpose("a verb that opens a new clause inside an operative paragraph (after \", and\" or \";\")")
      .examples("Welcomes the panel discussion …, and requests the High Commissioner to prepare",
          "…, and decides to continue", "…, and also requests")
      .counterExamples("…, and requests of States", "…, and the requests")
      .regex("(?:[,;]\\s+(?:and\\s+)?|\\band\\s+)(?<verb>" + LEADING_ADVERBS + "(?:requests|decides|calls\\s+upon|invites"
          + "|encourages|recommends|authorizes|urges|stresses|notes|takes|welcomes|recalls|reaffirms|approves|commends"
          + "|emphasizes|underlines|expresses|endorses|entrusts|mandates))\\b(?!\\s+of\\b)");

  public static final NamedPattern MANDATING_VERB = NamedPattern.named("mandating verb")
      .purpose("the verbs by which the Council mandates an output, with the adverbs that may stand before them")
      .examples("Requests", "Also requests", "Requests also", "Decides", "Further decides", "Invites the Advisory Committee",
          "Once again requests", "Calls upon the Office",
          "Reiterates its request to the High Commissioner")
      .counterExamples("Welcomes", "Takes note", "Encourages")
      .ignoringCase()
      .regex("^" + LEADING_ADVERBS + "(?<verb>requests|decides|calls\\s+upon|invites|recommends|authorizes|entrusts|mandates"
          + "|reiterates\\s+its\\s+request\\s+to)\\b");

  public static final NamedPattern DECIDING_VERB = NamedPattern.named("deciding verb")
      .purpose("the verb by which the Council decides an output itself, which then needs no addressee")
      .examples("Decides to convene", "Also decides", "decides further")
      .counterExamples("Requests")
      .ignoringCase()
      .regex("^" + LEADING_ADVERBS + "decides\\b");

  public static final NamedPattern REQUEST_ADVERB = NamedPattern.named("request adverb")
      .purpose("an adverb between the requesting verb and its addressee")
      .examples(" also the Office of the High Commissioner", " further the High Commissioner", " once again the Secretary-General")
      .counterExamples(" the Office of the High Commissioner")
      .regex("^\\s*(?:also|further|again|once\\s+again|once\\s+more|urgently|strongly|in\\s+this\\s+regard|moreover|furthermore|finally)\\b");

  public static final NamedPattern ADDRESSEE = NamedPattern.named("addressee")
      .purpose("the article before the body a request is addressed to, after the verb and its adverbs")
      .examples("the Office of the High Commissioner", "the Secretary-General", "its Advisory Committee")
      .counterExamples("States to", "that the panel")
      .regex("^(?:the|its)\\s+");

  public static final NamedPattern ACTOR_NAME = NamedPattern.named("actor name")
      .purpose("the name of the addressee, up to the infinitive of what it is asked to do")
      .examples("High Commissioner for Human Rights to prepare a report",
          "Special Rapporteur on the right to food to present", "Office of the High Commissioner to organize",
          "Secretary-General, in consultation with States, to submit")
      .counterExamples(", to provide", "Special Rapporteur on the right to food")
      .regex("^(?<name>[^,;]{1,240}?)(?:\\s*,[^,;]{1,120},)?\\s+to\\s+(?:continue\\s+to\\s+|also\\s+|further\\s+)?"
          + "(?:present|submit|prepare|organize|convene|hold|report|provide|conduct|undertake|facilitate|make|ensure|include"
          + "|consult|seek|develop|update|give|brief|engage|assist|support|disseminate|transmit|compile|circulate|publish"
          + "|produce|study|examine|identify|collect|monitor|draft|finalize|share|inform|participate|pay|carry|take|invite"
          + "|establish|follow|promote|elaborate|continue|work|increase|strengthen|allocate|dedicate|mainstream|address)\\b");

  public static final NamedPattern REPORT = NamedPattern.named("report")
      .purpose("a report asked for, with its determiner, or the verb \"to report\" to a body")
      .examples("to prepare a report on", "to present an annual report to", "its annual report", "this report",
          "to report to the Human Rights Council", "a comprehensive report", "to submit a written report",
          "to prepare a stocktaking report", "a joint report", "to report regularly to", "to update the Human Rights Council, from its", "to submit regular reports")
      .counterExamples("the Special Rapporteur", "reported cases", "reporting obligations", "the report's findings in",
          "a Special Rapporteur", "to update the database")
      .regex("\\b(?:" + DETERMINER + "\\s+(?:(?!(?:and|or|of|on|to|in|for|with|the|an?|its|their)\\b)[\\p{Ll}-]+\\s+){0,2}reports?(?![\\p{L}’'])"
          + "|to\\s+report\\s+(?:back\\s+)?(?:to|on|annually|regularly|periodically|orally\\s+to)\\b"
          + "|to\\s+update\\s+the\\s+(?:Human\\s+Rights\\s+)?Council\\b|regular\\s+(?:reports|updates)\\b)");

  public static final NamedPattern ORAL_UPDATE = NamedPattern.named("oral update")
      .purpose("an oral update or oral presentation asked for")
      .examples("an oral update", "an oral report", "to present orally", "to report orally", "an oral briefing")
      .counterExamples("a written report")
      .regex("\\b(?:(?<det>an?)\\s+oral\\s+(?:update|report|briefing|presentation)|(?:report|present|brief)\\s+orally)\\b");

  public static final NamedPattern INTERSESSIONAL = NamedPattern.named("intersessional meeting")
      .purpose("a meeting held between sessions")
      .examples("a one-day intersessional meeting", "two intersessional meetings", "an intersessional seminar",
          "a half-day intersessional panel discussion", "an intersessional dialogue")
      .counterExamples("the annual panel discussion", "intersessional activities")
      .regex("\\b" + DETERMINER + "\\s+" + MEETING_ADJECTIVES + "intersessional\\s+(?:panel\\s+)?(?:meeting|dialogue|seminar|forum"
          + "|consultation|discussion|round\\s*table)s?\\b");

  public static final NamedPattern PANEL = NamedPattern.named("panel discussion")
      .purpose("a panel discussion the Council decides to hold")
      .examples("a panel discussion on", "the annual panel discussion under agenda item 10", "two panel discussions",
          "the annual thematic panel discussion under agenda item 10", "the upcoming biennial high-level panel discussion",
          "to hold at its sixty-first session an interactive debate on",
          "a high-level panel discussion", "an annual half-day panel discussion")
      .counterExamples("an intersessional meeting", "a panel of experts", "a debate on")
      .regex("\\b" + DETERMINER + "\\s+" + MEETING_ADJECTIVES + "(?:panel\\s+discussions?|panels?(?!\\s+of\\b)|round\\s*tables?|interactive\\s+debates?)\\b");

  public static final NamedPattern CONSULTATION = NamedPattern.named("consultation")
      .purpose("consultations a body is asked to hold, with their number")
      .examples("five regional consultations", "an expert consultation", "a consultation with all stakeholders",
          "a series of consultations and outreach activities")
      .counterExamples("in consultation with States")
      .regex("\\b" + DETERMINER + "\\s+(?:series\\s+of\\s+)?(?:[\\p{L}\\-]+\\s+)?consultations?\\b");

  public static final NamedPattern WORKSHOP = NamedPattern.named("workshop")
      .purpose("a workshop or seminar a body is asked to organize")
      .examples("an expert workshop", "a seminar on", "a two-day workshop", "to organize a two-day expert workshop", "to organize a series of regional seminars")
      .counterExamples("an intersessional seminar")
      .regex("\\b" + DETERMINER + "\\s+(?:series\\s+of\\s+)?(?:(?!intersessional\\b)[\\p{L}\\-]+\\s+){0,2}(?:workshops?|seminars?)\\b");

  public static final NamedPattern STUDY = NamedPattern.named("study")
      .purpose("a study a body is asked to prepare")
      .examples("to prepare a study on", "a comprehensive study", "a thematic study", "a comprehensive thematic study on", "to prepare its next annual thematic study")
      .counterExamples("under study", "studying")
      .regex("\\b" + DETERMINER + "\\s+(?:[\\p{L}\\-]+\\s+){0,3}stud(?:y|ies)\\b");

  public static final NamedPattern NOT_NEW = NamedPattern.named("not a new output")
      .purpose("what follows an output noun when it is one already held or already named")
      .examples(" mentioned above", " that was held", " which it held", " held on 5 March", " referred to in paragraph 3",
          " organized at its fiftieth session", " contained in document A/HRC/54/25", " convened by the Council")
      .counterExamples(" to be held", " on the theme")
      .regex("^\\s*,?\\s*(?:mentioned\\s+above|referred\\s+to\\s+(?:above|in)|contained\\s+in"
          + "|(?:that|which)\\s+(?:was|were|it|the\\s+Council)\\s+(?:held|organized|convened|had\\s+held)"
          + "|(?:held|organized|convened)\\s+(?:on|in|at|during|by|from|pursuant)\\b)");

  public static final NamedPattern RECIPIENT_BEFORE = NamedPattern.named("recipient before")
      .purpose("what precedes an output noun that is a recipient or a container, not the thing asked for")
      .examples("to provide to ", "to include in ", "in the course of ", "during ", "the conclusions of ")
      .counterExamples("to organize ", "Decides that the theme of ")
      .regex("\\b(?:to|at|during|in|into|for|on|(?<!theme\\s)of|from|with|throughout|in\\s+the\\s+course\\s+of)\\s*$");

  public static final NamedPattern FUTURE_EVENT = NamedPattern.named("future event")
      .purpose("what makes a definite panel or meeting a mandated one: it is yet to be held")
      .examples(" under agenda item 10 to be held", " which will be held", " will focus on", " will have as its theme",
          " to be convened at its fifty-ninth session")
      .counterExamples(" that it held")
      .regex("^[^;]{0,200}?(?:to\\s+be\\s+(?:held|convened|organized)|will\\s+be\\s+(?:held|convened|organized|devoted)"
          + "|will\\s+focus\\s+on|will\\s+have\\s+as\\s+its\\s+theme|shall\\s+be\\s+held)");

  private static final String ORDINAL = "(?:\\d{1,3}\\s*(?:st|nd|rd|th)|(?:\\p{L}+-)?\\p{L}*(?:th|first|second|third))";

  public static final NamedPattern SESSION_DUE = NamedPattern.named("due session")
      .purpose("the session an output is due at, as an ordinal in words or figures; of several, the first")
      .examples("at its fifty-ninth session", "before the fifty-third session of the Council", "prior to its thirtieth session",
          "during its forty-seventh session", "at its 56th session", "at its sixty-first session",
          "at its fifty-seventh and sixtieth sessions", "at the seventy-ninth session of the General Assembly",
          "at both the fifty-seventh and fifty-eighth sessions", "starting from its seventy-seventh session")
      .counterExamples("at its session", "at its next session")
      .regex("\\b(?:at|before|by|during|prior\\s+to|in\\s+time\\s+for|until"
          + "|(?<from>from|starting\\s+(?:at|from|with)|beginning\\s+(?:at|with)))\\s+(?:both\\s+)?"
          + "(?<which>its|the|their|his|her)\\s+(?<ordinal>" + ORDINAL + ")(?<more>(?:\\s*(?:,|and)\\s*" + ORDINAL + ")*)"
          + "\\s+(?:(?<special>(?:emergency\\s+)?special)\\s+)?sessions?"
          + "(?:\\s+of\\s+the\\s+(?:(?:Human\\s+Rights\\s+)?Council|(?<assembly>General\\s+Assembly)))?");

  public static final NamedPattern INFINITIVE_CLAUSE = NamedPattern.named("infinitive clause")
      .purpose("where the infinitive clauses of a request part: each output is due at the session named in its own clause")
      .examples(" and to submit to it, at its fifty-seventh session, a report", ", as well as an oral update",
          ", to prepare a report on the subject", " and also to present")
      .counterExamples(" and the organizations", ", as well as to the General Assembly", ", of civil society",
          ", to the General Assembly")
      .regex("(?:,\\s*)?\\band\\s+(?:also\\s+)?to\\s+(?!(?:the|its|his|her|their|an?|all|that|this|those|these|each)\\b)(?=\\p{Ll})"
          + "|,\\s*to\\s+(?!(?:the|its|his|her|their|an?|all|that|this|those|these|each)\\b)(?=\\p{Ll})"
          + "|,\\s*as\\s+well\\s+as\\s+(?!to\\b)|;\\s");

  public static final NamedPattern AFTER_INFINITIVE = NamedPattern.named("after an infinitive")
      .purpose("what stands before an output that a possessive introduces as new: an infinitive, perhaps with a phrase between commas")
      .examples("to present ", "to submit to it ", "to present, at its fifty-seventh session, ")
      .counterExamples("the dissemination to the public of ", "taking into account the report and ")
      .regex("\\bto\\s+\\p{Ll}+(?:\\s+(?:to\\s+)?(?:it|them|him|her))?(?:\\s*,[^,;]{1,120},)?\\s*$");

  public static final NamedPattern NEXT_SESSION = NamedPattern.named("next session")
      .purpose("the next session, counted from the document's own")
      .examples("at its next session", "at its following session")
      .counterExamples("at its fifty-third session")
      .regex("\\bat\\s+its\\s+(?:next|following|subsequent)\\s+session\\b");

  public static final NamedPattern ASSEMBLY_NEARBY = NamedPattern.named("assembly before session")
      .purpose("the General Assembly named just before a session: the session is the Assembly's, not the Council's")
      .examples("and to the General Assembly ", "to the General Assembly, ")
      .counterExamples("to the Council ")
      .regex("General\\s+Assembly\\s*,?\\s*$");

  public static final NamedPattern THEME = NamedPattern.named("theme")
      .purpose("the theme of a meeting or consultation")
      .examples("on the theme “Technical cooperation and capacity-building”", "devoted to the exchange of experiences",
          "on the theme \"Technical cooperation\"")
      .counterExamples("on the implementation")
      .regex("\\b(?:on\\s+the\\s+(?:theme|topic)\\s*(?:of\\s*)?:?\\s*[“\"]\\s*(?<quoted>[^”\"]{3,400}?)\\s*[”\"]"
          + "|(?:devoted|dedicated)\\s+to\\s+(?<devoted>[^;]{3,400}?)(?=,\\s+(?:in|with|and\\s+to|to\\s+be|at\\s+its|before)\\b|;|\\.$|$))");

  public static final NamedPattern RECIPIENT_END = NamedPattern.named("recipient end")
      .purpose("looking back from an output with an indefinite determiner: a preposition that makes it a recipient")
      .examples("to participate in ", "to contribute to ", "in the course of ", "to provide the Council with ")
      .counterExamples("to organize ")
      .regex("\\b(?:in|to|into|at|of|during|for|(?<!\\bit\\s)with)\\s*$");

  public static final NamedPattern DEMONSTRATIVE = NamedPattern.named("demonstrative")
      .purpose("determiners that never introduce a new output, matched whole")
      .examples("this", "these", "such")
      .counterExamples("a")
      .ignoringCase()
      .regex("^(?:this|that|these|those|such)$");

  public static final NamedPattern DEFINITE = NamedPattern.named("definite article")
      .purpose("the definite article, matched whole: a meeting it names is new only when yet to be held")
      .examples("the", "The")
      .counterExamples("an")
      .ignoringCase()
      .regex("^the$");

  public static final NamedPattern POSSESSIVE_OR_PARTITIVE = NamedPattern.named("possessive")
      .purpose("determiners that introduce a new output only right after an infinitive, matched whole (English has no partitive)")
      .examples("its", "their", "his")
      .counterExamples("a")
      .ignoringCase()
      .regex("^(?:its|his|her|their)$");

  public static final NamedPattern ANAPHORIC = NamedPattern.named("anaphoric determiner")
      .purpose("determiners by which a second noun of the same kind refers to the first, matched whole")
      .examples("its", "the", "their")
      .counterExamples("a", "two")
      .ignoringCase()
      .regex("^(?:its|his|her|their|the)$");

  public static final NamedPattern SUMMARY = NamedPattern.named("summary")
      .purpose("a summary of a meeting's discussions, presented like a report")
      .examples("to prepare a summary report on the panel discussion", "a summary of the discussions", "a concise summary report")
      .counterExamples("a report on the question", "to summarize", "the summary report")
      .regex("\\b(?<det>an?)\\s+(?:(?:concise|brief)\\s+)?(?:summary\\s+report|summary)\\b");

  public static final NamedPattern COMPILATION = NamedPattern.named("compilation")
      .purpose("a compilation asked for (of good practices, of contributions)")
      .examples("preparing a compilation of best practices", "a compilation of good practices")
      .counterExamples("the existing compilation", "to compile")
      .regex("\\b(?:(?<det>an?)\\s+compilation|preparing\\s+a\\s+compilation)\\b");

  public static final NamedPattern FREQUENCY = NamedPattern.named("frequency")
      .purpose("how often an output is due, in its own clause")
      .examples("an annual report", "to report annually", "on an annual basis", "two virtual consultations annually",
          "the biennial high-level panel discussion", "to report regularly", "regular reports", "regular updates",
          "at each session", "in accordance with its programme of work", "a series of consultations", "every year")
      .counterExamples("a report on the question", "next year")
      .regex("\\b(?:(?<annual>annual(?:ly)?|yearly|every\\s+year|each\\s+year|on\\s+an\\s+annual\\s+basis)|(?<biennial>biennial(?:ly)?|every\\s+two\\s+years)"
          + "|(?<regular>regular(?:ly)?|periodic(?:ally)?|in\\s+accordance\\s+with\\s+(?:its|their)\\s+(?:respective\\s+)?programmes?\\s+of\\s+work"
          + "|a\\s+series\\s+of)|(?<eachSession>at\\s+each\\s+(?:of\\s+its\\s+)?sessions?))\\b");

  public static final NamedPattern TO_COUNCIL = NamedPattern.named("to the Council")
      .purpose("the Council named as the one an output is presented to, or the adopting organ as \"it\" (group own)")
      .examples("to the Human Rights Council", "to the Council at its", "to submit to it", "to provide the Council with", "to update the Human Rights Council",
          "to present, during an enhanced interactive dialogue")
      .counterExamples("to the General Assembly", "to the Security Council")
      .regex("\\b(?:to\\s+the\\s+(?:Human\\s+Rights\\s+)?Council|(?<own>to\\s+(?:\\p{Ll}+\\s+)?it|during\\s+(?:an?|the)\\s+(?:enhanced\\s+)?interactive\\s+dialogue)\\b|(?:provide|update|inform|brief)\\s+the\\s+(?:Human\\s+Rights\\s+)?Council)\\b");

  public static final NamedPattern TO_ASSEMBLY = NamedPattern.named("to the Assembly")
      .purpose("the General Assembly named as the one an output is presented to")
      .examples("and to the General Assembly", "to the General Assembly at its seventy-ninth session", "and the General Assembly in accordance")
      .counterExamples("the United Nations Environment Assembly", "General Assembly resolution 60/251")
      .regex("\\b(?:to|and)\\s+the\\s+General\\s+Assembly\\b(?!\\s+resolution)");

  public static final NamedPattern COORDINATED = NamedPattern.named("coordinated object")
      .purpose("at the start of an infinitive clause: a second object of the same request, which shares its session")
      .examples(", as well as a report", ", as well as an oral update")
      .counterExamples(", and to present")
      .regex("^,\\s*as\\s+well\\s+as\\b");

  private static final String HOLDER = "(?:Special\\s+Rapporteurs?|Independent\\s+(?:human\\s+rights\\s+)?Expert(?!\\s+Mechanism)|Working\\s+Group|Commission\\s+of\\s+Inquiry"
      + "|fact-finding\\s+mission|Expert\\s+Mechanism|team\\s+of\\s+(?:\\p{L}+\\s+)?experts|group\\s+of\\s+(?:\\p{L}+\\s+){0,2}experts)";

  public static final NamedPattern MANDATE_DECISION = NamedPattern.named("mandate decision")
      .purpose("a mandate the Council extends (extend, renew, prolong) or establishes, with the holder's title")
      .examples("Decides to extend the mandate of Special Rapporteur on the situation of human rights in Afghanistan for a period of one year",
          "Decides to renew, for a period of three years, the mandate of Special Rapporteur in the field of cultural rights, to enable",
          "Decides to renew the mandate of Special Rapporteur as Special Rapporteur on the human right to a clean, healthy and sustainable environment, for",
          "Decides to extend the mandate of the Independent International Commission of Inquiry on the Syrian Arab Republic for a period of one year;",
          "Decides to urgently establish an independent international fact-finding mission for the Sudan, comprising",
          "Also decides to urgently establish, for a renewable period of one year, a group of three independent experts on the situation",
          "Decides to extend, for a renewable period of one year, the mandate of the independent human rights expert appointed by the High Commissioner")
      .counterExamples("Welcomes the work of the Special Rapporteur", "to enable it to fulfil its mandate", "Decides to continue its consideration")
      .ignoringCase()
      .cues("extend", "renew", "prolong", "establish", "create", "appoint")
      .regex("\\b(?:(?<extend>extend|renew|prolong)\\b[^;]{0,80}?\\bthe\\s+mandate\\s+of\\s+(?:the\\s+)?(?:Special\\s+Rapporteur\\s+as\\s+)?"
          + "|(?<establish>establish|create|appoint)\\b[^;]{0,80}?\\b(?:an?|the)\\s+)"
          + "(?<name>(?:[\\p{L}-]+\\s+){0,3}?" + HOLDER + "[^;]*?)"
          + "(?=\\s+for\\s+(?:a|an|one)\\b|\\s*,\\s*(?:for|in|to|comprising|composed|with|and|as|effective|under|until|which|who|on|pursuant|including)\\b|\\s+in\\s+(?:accordance|conformity)|\\s+until|\\s+under|\\s+on\\s+the\\s+same|\\s+effective"
          + "|\\s+and\\s+(?:requests|invites|decides|tasked)|\\s+(?:to\\s+be\\s+)?appointed|\\s*;|\\s*\\.?$)");

  public static final NamedPattern MANDATE_HOLDER = NamedPattern.named("mandate holder")
      .purpose("the kind of holder a title names; the holder of the resolution's own mandate when it is not named")
      .examples("Special Rapporteur on the situation of human rights in Belarus", "Independent Expert on",
          "Working Group of Experts on People of African Descent", "Independent International Commission of Inquiry",
          "independent international fact-finding mission", "International Independent Expert Mechanism",
          "team of international experts", "group of three independent experts", "the mandate holder")
      .counterExamples("Office of the High Commissioner", "Advisory Committee")
      .ignoringCase()
      .regex("\\b(?:(?<mechanism>Expert\\s+Mechanism)|(?<workingGroup>Working\\s+Group)|(?<mission>fact-finding\\s+mission)"
          + "|(?<commission>Commission\\s+of\\s+Inquiry)|(?<team>team\\s+of\\s+(?:\\p{L}+\\s+)?experts)"
          + "|(?<group>group\\s+of\\s+(?:\\p{L}+\\s+){0,2}experts)|(?<expert>Independent\\s+(?:human\\s+rights\\s+)?Expert(?!\\s+Mechanism))|(?<rapporteur>Special\\s+Rapporteur)"
          + "|(?<holder>mandate\\s+holder))\\b");

  public static final NamedPattern PAST_EVENT = NamedPattern.named("past event")
      .purpose("looking back from a session: a meeting already held at it, whose session is not a due session")
      .examples("a summary report on the panel discussion held ", "the workshop convened ", "which took place ")
      .counterExamples("the panel discussion to be held ", "to present a report ")
      .regex("(?<!\\bbe\\s)(?<!\\bbeen\\s)\\b(?:held|convened|organized|took\\s+place)\\s*$");

  public static final NamedPattern NEXT_INSTANCE = NamedPattern.named("next instance")
      .purpose("in an output's words: the next one of a series, new although a possessive or an article names it")
      .examples("its next annual interactive debate", "its subsequent study", "the upcoming biennial high-level panel discussion")
      .counterExamples("its annual report", "the above-mentioned study")
      .regex("\\b(?:next|subsequent|upcoming|following)\\b");

  public static final NamedPattern DECIDED_ACTOR = NamedPattern.named("decided actor")
      .purpose("after a deciding verb: what introduces the body the decision tasks, before its article")
      .examples(" that the Working Group should hold", ": (a) To request the United Nations High Commissioner for Human Rights to organize",
          " to request the Office of the High Commissioner to organize")
      .counterExamples(" to convene a panel discussion", " to extend the mandate")
      .regex("^\\s*(?::\\s*)?(?:\\(a\\)\\s*)?(?:that|[Tt]o\\s+request)\\s+");
}
