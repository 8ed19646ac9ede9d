package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How operative paragraphs mandate outputs: a requesting verb ("Prie le Haut-Commissariat de..."),
 * a deciding verb ("Décide de tenir..."), the output named with an indefinite determiner ("un
 * rapport", "cinq consultations régionales", "une réunion intersessions"), and the session it is
 * due at ("à sa cinquante-troisième session", "avant la cinquante-troisième session du Conseil").
 */
public final class FrenchOutputs implements PatternCatalogue {

  private FrenchOutputs() {}

  private static final String APOSTROPHE = "['’]";
  private static final String DETERMINER = "(?<det>un|une|des|son|sa|ses|leur|leurs|ce|cette|ces|le|la|les|l"
      + APOSTROPHE + "|ledit|ladite|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,2})";
  /** The space after a determiner, none after an elided one ("l’étude"). */
  private static final String AFTER_DETERMINER = "(?:\\s+|(?<=" + APOSTROPHE + "))";

  public static final NamedPattern CLAUSE_VERB = NamedPattern.named("clause verb")
      .purpose("a verb that opens a new clause inside an operative paragraph (after « , et » or « ; »)")
      .examples("Accueille avec satisfaction la réunion-débat …, et prie le Haut-Commissaire d’élaborer",
          "…, et décide de poursuivre")
      .counterExamples("…, et les prie de")
      .regex("(?:[,;]\\s+(?:et\\s+)?|\\bet\\s+)(?<verb>prie|décide|demande|invite|charge|recommande|autorise|engage|encourage"
          + "|souligne|note|prend|salue|se\\s+félicite|accueille|rappelle|réaffirme|exhorte|approuve)\\b");

  public static final NamedPattern MANDATING_VERB = NamedPattern.named("mandating verb")
      .purpose("the verbs by which the Council mandates an output")
      .examples("Prie", "Prie également", "Décide", "Demande au Haut-Commissariat", "Charge", "Invite le Comité consultatif",
          "Réitère sa demande au Haut-Commissaire")
      .counterExamples("Se félicite", "Prend note")
      .ignoringCase()
      .regex("^(?<verb>prie|décide|demande|charge|invite|recommande|autorise|réitère\\s+sa\\s+demande)\\b");

  public static final NamedPattern REQUEST_ADVERB = NamedPattern.named("request adverb")
      .purpose("an adverb between the requesting verb and its addressee")
      .examples(" également le Haut-Commissariat", " en outre la Haute-Commissaire", " instamment aux États")
      .counterExamples(" le Haut-Commissariat")
      .regex("^\\s*(?:également|aussi|en\\s+outre|de\\s+plus|de\\s+nouveau|à\\s+nouveau|instamment|vivement|enfin|par\\s+ailleurs)\\b");

  public static final NamedPattern ADDRESSEE = NamedPattern.named("addressee")
      .purpose("the article before the body a request is addressed to, after the verb and its adverbs")
      .examples("le Haut-Commissariat", "à la Haute-Commissaire", "au Secrétaire général", "l’Expert indépendant",
          "le (la) titulaire du mandat", "le ou la titulaire du mandat", "au (à la) titulaire du mandat")
      .counterExamples("que la réunion-débat")
      .regex("^(?:(?:le|au)\\s+\\((?:la|à\\s+la)\\)|le\\s+ou\\s+la|la\\s+ou\\s+le|à\\s+la|à\\s+l" + APOSTROPHE + "|au|aux|le|la|les|l" + APOSTROPHE + ")\\s*");

  public static final NamedPattern ACTOR_NAME = NamedPattern.named("actor name")
      .purpose("the name of the addressee, up to the infinitive of what it is asked to do")
      .examples("Haut-Commissaire aux droits de l’homme d’établir un rapport",
          "Rapporteur spécial sur le droit à l’alimentation de présenter", "Haut-Commissariat d’organiser")
      .counterExamples(", de fournir")
      .regex("^(?<name>[^,;]{1,240}?)\\s*,?\\s+(?:de|d" + APOSTROPHE + "|à)\\s*(?:lui\\s+|leur\\s+|bien\\s+vouloir\\s+|continuer\\s+(?:à|de|d" + APOSTROPHE + ")\\s*)?"
          + "\\p{Ll}+(?:er|ir|re|oir)\\b");

  public static final NamedPattern REPORT = NamedPattern.named("report")
      .purpose("a report asked for, with its determiner")
      .examples("d’établir un rapport sur", "de lui présenter un rapport à sa", "son rapport annuel", "ce rapport",
          "de faire rapport au Conseil", "un rapport écrit", "de lui rendre compte régulièrement",
          "de l’informer chaque année", "de lui présenter un rapport à sa cinquante-troisième session")
      .counterExamples("le Rapporteur spécial", "par rapport à", "en rapport avec", "un compte rendu")
      .cues("rapport", "rendre", "informer", "tenir")
      .regex("\\b(?:" + DETERMINER + AFTER_DETERMINER + "(?:(?:nouveau|premier|bref|seul)\\s+)?rapports?(?!\\p{L})"
          + "|(?<faire>faire\\s+rapport|rendre\\s+compte|l" + APOSTROPHE + "informer|tenir\\s+informé)\\b)");

  public static final NamedPattern ORAL_UPDATE = NamedPattern.named("oral update")
      .purpose("an oral update or oral presentation asked for")
      .examples("une mise à jour orale", "un exposé oral", "de lui présenter oralement", "de lui rendre compte oralement",
          "de faire rapport oralement")
      .counterExamples("un rapport écrit")
      .cues("oral")
      .regex("\\b(?:(?<det>une|un)\\s+(?:mise\\s+à\\s+jour\\s+orale|exposé\\s+oral|compte\\s+rendu\\s+oral|rapport\\s+oral)"
          + "|(?:présenter|rendre\\s+compte|faire\\s+rapport)\\s+oralement)\\b");

  public static final NamedPattern INTERSESSIONAL = NamedPattern.named("intersessional meeting")
      .purpose("a meeting held between sessions")
      .examples("une réunion intersessions d’une demi-journée", "deux réunions intersessions", "un séminaire intersessions",
          "un dialogue intersessions")
      .counterExamples("la réunion-débat annuelle")
      .cues("intersession")
      .regex("\\b" + DETERMINER + AFTER_DETERMINER + "(?:(?:réunion|dialogue|séminaire|forum|consultation)s?(?:\\s+(?:d" + APOSTROPHE
          + "une\\s+journée|d" + APOSTROPHE + "une\\s+demi-journée|publique|informelle))?\\s+intersessions?)\\b");

  public static final NamedPattern PANEL = NamedPattern.named("panel discussion")
      .purpose("a panel discussion the Council decides to hold")
      .examples("une réunion-débat sur", "la réunion-débat annuelle au titre du point 10", "deux réunions-débats",
          "la prochaine réunion-débat biennale de haut niveau", "de tenir, à sa soixante et unième session, un débat sur les droits",
          "une réunion-débat de haut niveau")
      .counterExamples("une réunion intersessions", "un débat public")
      .cues("débat", "ronde")
      .regex("\\b" + DETERMINER + AFTER_DETERMINER + "(?:prochaine?s?\\s+)?(?:réunions?[-\\s]débats?|tables?\\s+rondes?|débats?(?=\\s+(?:annuels?|interactifs?|sur)\\b))\\b");

  public static final NamedPattern CONSULTATION = NamedPattern.named("consultation")
      .purpose("consultations a body is asked to hold, with their number")
      .examples("cinq consultations régionales", "une consultation d’experts", "des consultations avec toutes les parties",
          "une série de consultations et d’activités de communication")
      .counterExamples("en consultation avec les États")
      .cues("consultation")
      .regex("\\b" + DETERMINER + AFTER_DETERMINER + "(?:série\\s+de\\s+)?(?:\\p{L}+\\s+)?consultations?\\b(?!\\s+intersessions?)");

  public static final NamedPattern WORKSHOP = NamedPattern.named("workshop")
      .purpose("a workshop or seminar a body is asked to organise")
      .examples("un atelier d’experts", "un séminaire sur", "une série de séminaires régionaux")
      .counterExamples("un séminaire intersessions")
      .cues("atelier", "séminaire")
      .regex("\\b" + DETERMINER + AFTER_DETERMINER + "(?:série\\s+de\\s+)?(?:ateliers?|séminaires?)\\b(?!\\s+intersessions?)");

  public static final NamedPattern STUDY = NamedPattern.named("study")
      .purpose("a study a body is asked to prepare")
      .examples("d’établir une étude sur", "une étude approfondie", "de consacrer sa prochaine étude annuelle",
          "de consacrer l’étude suivante aux infrastructures")
      .counterExamples("à l’étude")
      .cues("étude")
      .regex("(?<!\\bà\\s)\\b" + DETERMINER + AFTER_DETERMINER + "(?:prochaine?s?\\s+)?études?\\b");

  public static final NamedPattern NOT_NEW = NamedPattern.named("not a new output")
      .purpose("what follows an output noun when it is one already held or already named")
      .examples(" susmentionnée", " qui s’est tenue", " qu’il a tenue", " tenue le 5 mars", " précitée", " organisée à sa cinquantième session")
      .counterExamples(" qui doit se tenir", " sur le thème")
      .regex("^\\s*,?\\s*(?:(?:sus)?mentionnée?s?|précitée?s?|visée?s?\\s+(?:au|à)|qui\\s+s" + APOSTROPHE
          + "(?:est|était)\\s+tenue|qu" + APOSTROPHE + "(?:il|elle)\\s+a\\s+(?:tenue|organisée)|tenue?s?\\s+(?:le|les|à|en|lors|pendant|au)\\b"
          + "|organisée?s?\\s+(?:le|les|à|en|lors|pendant|au|par)\\b)");

  public static final NamedPattern RECIPIENT_BEFORE = NamedPattern.named("recipient before")
      .purpose("what precedes an output noun that is a recipient or a container, not the thing asked for")
      .examples("de fournir à ", "d’inclure dans ", "au cours de ", "durant ", "les conclusions de ")
      .counterExamples("d’organiser ")
      .regex("(?:\\bà\\s*$|\\bau\\s+cours\\s+de\\s*$|\\blors\\s+de\\s*$|\\bdurant\\s*$|\\bpendant\\s*$|\\bdans\\s*$|\\bpour\\s*$|\\bsur\\s*$|\\bde\\s*$|\\bd"
          + APOSTROPHE + "\\s*$)");

  public static final NamedPattern FUTURE_EVENT = NamedPattern.named("future event")
      .purpose("what makes a definite panel or meeting a mandated one: it is yet to be held")
      .examples(" annuelle au titre du point 10 de l’ordre du jour qui doit se tenir", " qui se tiendra", " aura pour thème", " biennale")
      .counterExamples(" qu’il a tenue")
      .regex("^[^;]{0,200}?(?:qui\\s+doit\\s+se\\s+tenir|qui\\s+se\\s+tiendra|aura\\s+pour\\s+thème|sera\\s+consacrée|portera\\s+sur)"
          + "|^\\s+(?:annuelle|biennale)\\b");

  private static final String ORDINAL = "(?:\\d{1,3}\\s*e|(?:\\p{L}+[-\\s]){0,4}?\\p{L}+ième)";

  public static final NamedPattern SESSION_DUE = NamedPattern.named("due session")
      .purpose("the session an output is due at, as an ordinal in words or figures; of several, the first")
      .examples("à sa cinquante-troisième session", "avant la cinquante-troisième session du Conseil", "avant sa trentième session",
          "au cours de sa quarante-septième session", "à sa 56e session", "à sa soixante et unième session",
          "à ses cinquante-septième et soixantième sessions", "à partir de sa soixante-dix-septième session",
          "à compter de sa cinquante-sixième session")
      .counterExamples("à sa session", "à la session extraordinaire")
      .regex("\\b(?:à|avant|lors\\s+de|au\\s+cours\\s+de|pendant|durant|jusqu" + APOSTROPHE + "à|d" + APOSTROPHE
          + "ici\\s+à|(?<from>à\\s+partir\\s+de|à\\s+compter\\s+de|dès))\\s+(?<which>sa|ses|la|les|leur)\\s+(?<ordinal>" + ORDINAL + ")"
          + "(?<more>(?:\\s*(?:,|et)\\s*" + ORDINAL + ")*)"
          + "\\s+sessions?(?<special>\\s+extraordinaires?)?(?:\\s+(?:du|de\\s+l" + APOSTROPHE + ")\\s*(?:Conseil|(?<assembly>Assemblée)))?");

  public static final NamedPattern INFINITIVE_CLAUSE = NamedPattern.named("infinitive clause")
      .purpose("where the infinitive clauses of a request part: each output is due at the session named in its own clause")
      .examples(" et de lui soumettre, à sa cinquante-septième session, un rapport", ", ainsi qu’une mise à jour orale",
          ", d’établir un rapport sur le sujet")
      .counterExamples(" et les organisations", ", ainsi qu’à l’Assemblée générale", ", de la société civile")
      .regex("(?:,\\s*)?\\bet\\s+(?:de|d" + APOSTROPHE + "|à)\\s*(?=\\p{Ll})|,\\s*(?:de|d" + APOSTROPHE + ")\\s*(?=(?:lui\\s+|leur\\s+)?\\p{Ll}+(?:er|ir|re|oir)\\b)"
          + "|,\\s*ainsi\\s+qu" + APOSTROPHE + "(?!\\s*(?:à|au|aux)\\b)|;\\s");

  public static final NamedPattern AFTER_INFINITIVE = NamedPattern.named("after an infinitive")
      .purpose("what stands before an output that a possessive or « des » introduces as new: an infinitive, perhaps with a phrase between commas")
      .examples("de lui présenter ", "d’organiser ", "de lui présenter, à sa cinquante-septième session, ",
          "de lui soumettre régulièrement, ainsi qu’à l’Assemblée générale, ")
      .counterExamples("la diffusion auprès du grand public ", "compte tenu du rapport et ")
      .regex("\\b\\p{Ll}+(?:er|ir|re|oir)\\b(?:\\s+\\p{Ll}+ment)?(?:\\s*,[^,;]{1,120},)?\\s*$");

  public static final NamedPattern NEXT_SESSION = NamedPattern.named("next session")
      .purpose("the next session, counted from the document's own")
      .examples("à sa prochaine session", "à sa session suivante")
      .counterExamples("à sa cinquante-troisième session")
      .regex("\\bà\\s+sa\\s+(?:prochaine\\s+session|session\\s+suivante)\\b");

  public static final NamedPattern ASSEMBLY_NEARBY = NamedPattern.named("assembly before session")
      .purpose("the General Assembly named just before a session: the session is the Assembly's, not the Council's")
      .examples("et à l’Assemblée générale ", "à l’Assemblée générale, ")
      .counterExamples("au Conseil ")
      .regex("Assemblée\\s+générale\\s*,?\\s*$");

  public static final NamedPattern THEME = NamedPattern.named("theme")
      .purpose("the theme of a meeting or consultation")
      .examples("sur le thème « Coopération technique et renforcement des capacités »", "consacrées à des échanges de données d’expérience")
      .counterExamples("sur la mise en œuvre")
      .regex("\\b(?:sur\\s+le\\s+thème\\s*(?:suivant\\s*)?:?\\s*«\\s*(?<quoted>[^»]{3,400}?)\\s*»|consacrée?s?\\s+(?:à|au|aux)\\s+(?<devoted>[^;]{3,400}?)(?=,\\s+(?:en|afin|et\\s+de|dans|pour|à\\s+sa|avant)\\b|;|\\.$|$))");

  public static final NamedPattern DECIDING_VERB = NamedPattern.named("deciding verb")
      .purpose("the verb by which the Council decides an output itself, which then needs no addressee")
      .examples("Décide de tenir", "décide également")
      .counterExamples("Prie")
      .ignoringCase()
      .regex("^décide\\b");

  public static final NamedPattern RECIPIENT_END = NamedPattern.named("recipient end")
      .purpose("looking back from an output with an indefinite determiner: a preposition that makes it a recipient")
      .examples("de participer à ", "dans ", "au cours de la ")
      .counterExamples("d’organiser ")
      .regex("\\b(?:à|au|aux|dans|du|de\\s+la)\\s*$");

  public static final NamedPattern DEMONSTRATIVE = NamedPattern.named("demonstrative")
      .purpose("determiners that never introduce a new output, matched whole")
      .examples("ce", "cette", "ladite")
      .counterExamples("un")
      .ignoringCase()
      .regex("^(?:ce|cette|ces|ledit|ladite)$");

  public static final NamedPattern DEFINITE = NamedPattern.named("definite article")
      .purpose("definite articles, matched whole: a meeting they name is new only when yet to be held")
      .examples("le", "la", "l’")
      .counterExamples("une")
      .ignoringCase()
      .regex("^(?:le|la|les|l" + APOSTROPHE + ")$");

  public static final NamedPattern POSSESSIVE_OR_PARTITIVE = NamedPattern.named("possessive or partitive")
      .purpose("determiners that introduce a new output only right after an infinitive, matched whole")
      .examples("son", "leurs", "des")
      .counterExamples("un")
      .ignoringCase()
      .regex("^(?:son|sa|ses|leur|leurs|des)$");

  public static final NamedPattern ANAPHORIC = NamedPattern.named("anaphoric determiner")
      .purpose("determiners by which a second noun of the same kind refers to the first, matched whole")
      .examples("son", "le", "l’")
      .counterExamples("un", "deux")
      .ignoringCase()
      .regex("^(?:son|sa|ses|leur|leurs|le|la|les|l" + APOSTROPHE + ")$");

  public static final NamedPattern SUMMARY = NamedPattern.named("summary")
      .purpose("a summary of a meeting's discussions, presented like a report")
      .examples("d’établir un rapport de synthèse sur la réunion-débat", "un rapport résumant les débats", "un rapport succinct sur les débats",
          "de lui soumettre un compte rendu de cet atelier")
      .counterExamples("un compte rendu oral", "un rapport sur la question", "rendre compte",
          "un rapport de synthèse sur les conclusions des consultations")
      .cues("rapport", "compte", "résumé")
      .regex("\\b(?<det>un|une)\\s+(?:rapport\\s+(?:de\\s+synthèse(?=\\s+(?:sur|de)\\s+(?:la\\s+(?:tenue|réunion|table|discussion)|les\\s+débats|ce\\s+débat"
          + "|cette|l" + APOSTROPHE + "atelier|le\\s+séminaire|les\\s+séminaires))|succinct|résumant)|compte\\s+rendu(?!\\s+oral)|résumé)\\b");

  public static final NamedPattern COMPILATION = NamedPattern.named("compilation")
      .purpose("a compilation asked for (of good practices, of contributions)")
      .examples("d’en établir une compilation", "une compilation des bonnes pratiques")
      .counterExamples("la compilation existante", "compiler")
      .cues("compilation")
      .regex("\\b(?<det>une)\\s+compilation\\b");

  public static final NamedPattern FREQUENCY = NamedPattern.named("frequency")
      .purpose("how often an output is due, in its own clause")
      .examples("un rapport annuel", "chaque année", "deux consultations en ligne par an", "la réunion-débat biennale",
          "de lui faire rapport régulièrement", "à chacune de ses sessions", "conformément à son programme de travail",
          "une série de consultations", "sa prochaine étude annuelle")
      .counterExamples("un rapport sur la question", "l’année prochaine")
      .regex("\\b(?:(?<annual>annuel(?:le)?s?|chaque\\s+année|par\\s+an|tous\\s+les\\s+ans)|(?<biennial>biennale?s?|tous\\s+les\\s+deux\\s+ans)"
          + "|(?<regular>régulièrement|périodiquement|réguliers|régulières|conformément\\s+à\\s+(?:son|leurs?)\\s+programmes?\\s+de\\s+travail"
          + "|une\\s+série\\s+de)|(?<eachSession>à\\s+(?:chaque\\s+session|chacune\\s+de\\s+ses\\s+sessions)))\\b");

  public static final NamedPattern TO_COUNCIL = NamedPattern.named("to the Council")
      .purpose("the Council named as the one an output is presented to (« au Conseil »), or the adopting organ as « lui » before the verb (group own)")
      .examples("de lui présenter un rapport", "de le lui soumettre", "de lui faire rapport", "au Conseil des droits de l’homme",
          "de lui rendre compte", "de l’informer chaque année", "de présenter, au cours d’un dialogue interactif élargi,")
      .counterExamples("de leur présenter", "à l’Assemblée générale")
      .regex("\\b(?:(?<own>lui\\s+(?:présenter|soumettre|faire|rendre|fournir|remettre|communiquer|transmettre)|l" + APOSTROPHE + "informer"
          + "|(?:au\\s+cours\\s+d|pendant\\s+l|lors\\s+d)\\S*\\s*(?:un|le)?\\s*dialogue\\s+(?:interactif|renforcé))|au\\s+Conseil)\\b");

  public static final NamedPattern TO_ASSEMBLY = NamedPattern.named("to the Assembly")
      .purpose("the General Assembly named as the one an output is presented to")
      .examples("et à l’Assemblée générale", "à l’Assemblée générale à sa soixante-dix-neuvième session")
      .counterExamples("l’Assemblée des Nations Unies pour l’environnement", "sa résolution de l’Assemblée")
      .regex("\\bà\\s+l" + APOSTROPHE + "Assemblée\\s+générale\\b");

  public static final NamedPattern COORDINATED = NamedPattern.named("coordinated object")
      .purpose("at the start of an infinitive clause: a second object of the same request, which shares its session")
      .examples(", ainsi qu’un rapport", ", ainsi qu’une mise à jour orale")
      .counterExamples(", et de lui présenter")
      .regex("^,\\s*ainsi\\s+qu" + APOSTROPHE);

  private static final String HOLDER = "(?:Rapporteu(?:r|se)s?\\s+spéciale?|Expert(?:e)?\\s+indépendante?|Groupe\\s+de\\s+travail"
      + "|Commission\\s+d" + APOSTROPHE + "enquête|Mission\\s+(?:internationale\\s+)?(?:indépendante\\s+)?d" + APOSTROPHE + "établissement\\s+des\\s+faits"
      + "|Mécanisme\\s+(?:international\\s+)?d" + APOSTROPHE + "experts|Équipe\\s+d" + APOSTROPHE + "experts"
      + "|groupe\\s+(?:de\\s+\\p{L}+\\s+)?(?:d" + APOSTROPHE + ")?experts)";

  public static final NamedPattern MANDATE_DECISION = NamedPattern.named("mandate decision")
      .purpose("a mandate the Council extends (proroger, prolonger, renouveler, reconduire) or establishes, with the holder's title")
      .examples("Décide de proroger le mandat du Rapporteur spécial sur la situation des droits de l’homme en Afghanistan pour une période d’un an",
          "Décide de proroger, pour une période de trois ans, le mandat d’Expert indépendant sur la promotion d’un ordre international",
          "Décide de prolonger d’un an le mandat de la Commission d’enquête internationale indépendante sur la République arabe syrienne ;",
          "Décide de renouveler pour une période de trois ans le mandat de Rapporteur spécial en tant que Rapporteur spécial sur le droit humain",
          "Décide d’établir d’urgence une mission internationale indépendante d’établissement des faits pour le Soudan, composée",
          "Décide également d’établir d’urgence, pour une période d’un an renouvelable, un groupe de trois experts indépendants sur la situation")
      .counterExamples("Se félicite du travail du Rapporteur spécial", "pour lui permettre de s’acquitter de son mandat",
          "Décide de poursuivre l’examen de la question")
      .ignoringCase()
      .cues("proroger", "prolonger", "renouveler", "reconduire", "établir", "créer", "constituer", "nommer")
      .regex("\\b(?:(?<extend>proroger|prolonger|renouveler|reconduire)\\b[^;]{0,80}?\\ble\\s+mandat\\s+(?:du|de\\s+la|de\\s+l" + APOSTROPHE
          + "|des|de|d" + APOSTROPHE + ")\\s*(?:Rapporteu(?:r|se)\\s+spéciale?\\s+en\\s+tant\\s+que\\s+)?"
          + "|(?<establish>établir|créer|constituer|nommer)\\b[^;]{0,80}?\\b(?:une?|la|le)\\s+)"
          + "(?<name>(?:\\p{L}+\\s+){0,2}?" + HOLDER + "[^;]*?)"
          + "(?=\\s+pour\\s+une|\\s+pour\\s+un\\s+an|\\s*,\\s*(?:pour|tel|telle|selon|afin|dans|conformément|composée?|ayant|chargée?|à|et|qui|jusqu|avec|de|d" + APOSTROPHE + "|en)\\b|\\s+tel\\s+qu|\\s+selon|\\s+afin|\\s+et\\s+(?:prie|invite|demande|lui)|\\s+qui\\s+ser|\\s*;|\\s*\\.?$)");

  public static final NamedPattern MANDATE_HOLDER = NamedPattern.named("mandate holder")
      .purpose("the kind of holder a title names; the holder of the resolution's own mandate when it is not named")
      .examples("Rapporteuse spéciale sur la situation des droits de l’homme au Bélarus", "Expert indépendant sur",
          "Groupe de travail d’experts sur les personnes d’ascendance africaine", "Commission d’enquête internationale indépendante",
          "mission internationale indépendante d’établissement des faits", "Mécanisme international d’experts indépendants",
          "Équipe d’experts internationaux", "groupe de trois experts indépendants", "le titulaire du mandat", "le ou la titulaire du mandat")
      .counterExamples("Haut-Commissariat", "Comité consultatif")
      .ignoringCase()
      .regex("\\b(?:(?<mechanism>Mécanisme\\s+(?:international\\s+)?d" + APOSTROPHE + "experts)|(?<workingGroup>Groupe\\s+de\\s+travail)"
          + "|(?<mission>Mission\\s+(?:internationale\\s+)?(?:indépendante\\s+)?d" + APOSTROPHE + "établissement\\s+des\\s+faits)"
          + "|(?<commission>Commission\\s+(?:internationale\\s+)?(?:indépendante\\s+)?d" + APOSTROPHE + "enquête)"
          + "|(?<team>Équipe\\s+d" + APOSTROPHE + "experts)|(?<group>groupe\\s+(?:de\\s+\\p{L}+\\s+)?(?:d" + APOSTROPHE + ")?experts)"
          + "|(?<expert>Expert(?:e)?\\s+indépendante?|Expert\\(e\\)\\s+indépendant\\(e\\))|(?<rapporteur>Rapporteu(?:r|se)\\s+spéciale?)"
          + "|(?<holder>titulaire\\s+du\\s+mandat))");

  public static final NamedPattern PAST_EVENT = NamedPattern.named("past event")
      .purpose("looking back from a session: a meeting already held at it, whose session is not a due session")
      .examples("un compte rendu de la réunion-débat tenue ", "la réunion-débat qui s’est tenue ", "l’atelier organisé ")
      .counterExamples("la réunion-débat qui doit se tenir ", "de lui présenter ")
      .regex("\\b(?:tenue?s?|organisée?s?|s" + APOSTROPHE + "est\\s+tenue|a\\s+eu\\s+lieu)\\s*$");

  public static final NamedPattern NEXT_INSTANCE = NamedPattern.named("next instance")
      .purpose("in an output's words: the next one of a series, new although a possessive or an article names it")
      .examples("son prochain débat annuel", "sa prochaine étude annuelle", "l’étude suivante aux", "la prochaine réunion-débat")
      .counterExamples("son rapport annuel", "l’étude susmentionnée")
      .regex("\\b(?:prochaine?s?|suivante?s?)\\b");

  public static final NamedPattern DECIDED_ACTOR = NamedPattern.named("decided actor")
      .purpose("after a deciding verb: what introduces the body the decision tasks, before its article")
      .examples(" en outre que le Groupe de travail devrait tenir", " : a) De prier la Haute-Commissaire d’organiser",
          " de demander au Haut-Commissariat d’organiser")
      .counterExamples(" de tenir une réunion-débat", " de proroger le mandat")
      .regex("^\\s*(?:en\\s+outre\\s+|également\\s+)?(?::\\s*)?(?:a\\)\\s*)?(?:que|[Dd](?:e|" + APOSTROPHE + ")\\s*(?:prier|demander))\\s+");
}
