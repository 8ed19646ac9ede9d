package org.w3id.hrckg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.w3id.hrckg.lang.fr.FrenchNumbers;
import org.w3id.hrckg.synth.SyntheticParagraph.Cited;
import org.w3id.hrckg.synth.SyntheticParagraph.Due;

/**
 * The paragraph patterns a synthetic text is made of, taken from the Council's French texts
 * (the bundled samples): preambular paragraphs that recall the Council's own resolutions and the
 * Assembly's, name the funds of technical cooperation or a goal of sustainable development, and
 * operative paragraphs that request reports, decide panels, name a fund or a goal. Each pattern
 * states its facts, which become the gold of the text.
 */
final class SynthPhrases {

  /** What a pattern draws from: the session of the text, earlier resolutions to cite, chance. */
  interface Draw {
    int session();

    /** Some earlier resolutions of the Council, with their adoption dates (empty for the first sessions). */
    List<Cited> earlier(int atMost);

    int between(int low, int high);
  }

  /** Resolutions of the General Assembly the Council cites, with their dates. */
  static final List<Cited> ASSEMBLY = List.of(
      new Cited("A/RES/48/141", LocalDate.of(1993, 12, 20)), new Cited("A/RES/60/251", LocalDate.of(2006, 3, 15)),
      new Cited("A/RES/65/281", LocalDate.of(2011, 6, 17)), new Cited("A/RES/69/179", LocalDate.of(2014, 12, 18)));

  private static final Cited AGENDA_2030 = new Cited("A/RES/70/1", LocalDate.of(2015, 9, 25));

  /** Titles of texts under item 10 of the agenda, as the Council words them. */
  static final List<String> TITLES = List.of(
      "Amélioration de la coopération technique et du renforcement des capacités dans le domaine des droits de l’homme",
      "Promotion de la coopération internationale à l’appui des mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi",
      "Renforcement de la coopération internationale dans le domaine des droits de l’homme",
      "Assistance technique et renforcement des capacités dans le domaine des droits de l’homme",
      "Coopération technique et services consultatifs dans le domaine des droits de l’homme");

  private static final List<String> PREAMBLE = List.of(
      "Conscient|que, dans le contexte de la coopération technique et du renforcement des capacités, l’amélioration de la "
          + "coopération internationale est indispensable à la promotion et à la protection effectives des droits de l’homme,",
      "Soulignant|l’importance que revêtent la coopération internationale, notamment la mise en commun des bonnes pratiques, "
          + "et la coopération technique pour ce qui est de faciliter la réalisation des droits de l’homme,",
      "Estimant|que le renforcement de la coopération internationale dans le domaine des droits de l’homme est indispensable "
          + "à la pleine réalisation des buts de l’Organisation des Nations Unies,",
      "Considérant|qu’il faut poursuivre la coopération, en puisant dans les divers enseignements tirés de l’expérience et "
          + "les pratiques optimales issues de la coopération Sud-Sud et de la coopération triangulaire,",
      "Gardant à l’esprit|que les États devraient intégrer dans leur législation nationale et leurs politiques publiques les "
          + "obligations et les engagements qui sont les leurs en application du droit international des droits de l’homme,",
      "Réaffirmant|la Déclaration universelle des droits de l’homme et tous les instruments internationaux relatifs aux "
          + "droits de l’homme pertinents,");

  private static final List<String> OPERATIVE = List.of(
      "Salue|les efforts déployés par les États pour renforcer la coopération technique dans le domaine des droits de l’homme ;",
      "Encourage|les États à mettre en place des mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi ;",
      "Réaffirme|que la coopération technique devrait rester un exercice inclusif qui associe et mobilise tous les acteurs "
          + "nationaux, y compris les organismes publics et la société civile ;",
      "Souligne|qu’il importe de renforcer la coordination entre les organismes des Nations Unies dans leurs activités de "
          + "coopération technique et de renforcement des capacités ;");

  private SynthPhrases() {}

  /** The first preambular paragraph of every text. */
  static SyntheticParagraph guided() {
    return SyntheticParagraph.plain("Guidé", "par les buts et principes énoncés dans la Charte des Nations Unies,");
  }

  /** The preambular patterns that state facts, and those that state none. */
  static List<Function<Draw, SyntheticParagraph>> preambular() {
    List<Function<Draw, SyntheticParagraph>> all = new ArrayList<>();
    all.add(SynthPhrases::ownResolutions);
    all.add(SynthPhrases::assemblyResolution);
    all.add(SynthPhrases::assemblyList);
    all.add(d -> funds());
    all.add(d -> boards());
    all.add(SynthPhrases::agenda2030);
    PREAMBLE.forEach(p -> all.add(d -> split(p)));
    return all;
  }

  /** The operative patterns, the last one aside. */
  static List<Function<Draw, SyntheticParagraph>> operative() {
    List<Function<Draw, SyntheticParagraph>> all = new ArrayList<>();
    all.add(SynthPhrases::report);
    all.add(SynthPhrases::reportByHighCommissioner);
    all.add(SynthPhrases::panel);
    all.add(SynthPhrases::goal);
    all.add(d -> fundContributions());
    OPERATIVE.forEach(p -> all.add(d -> split(p)));
    return all;
  }

  /** The last operative paragraph of every text. */
  static SyntheticParagraph seized() {
    return SyntheticParagraph.plain("Décide", "de poursuivre l’examen de la question au titre du même point de l’ordre du jour.");
  }

  private static SyntheticParagraph ownResolutions(Draw d) {
    List<Cited> cited = d.earlier(d.between(1, 4));
    if (cited.isEmpty()) {
      return assemblyResolution(d);
    }
    String list = list(cited, c -> number(c.symbol()) + " du " + date(c.date()));
    String rest = (cited.size() == 1 ? "sa résolution " : "ses résolutions ") + list + ",";
    return new SyntheticParagraph("Rappelant", rest, cited, List.of(), List.of(), List.of());
  }

  private static SyntheticParagraph assemblyResolution(Draw d) {
    Cited c = ASSEMBLY.get(d.between(0, ASSEMBLY.size() - 1));
    return new SyntheticParagraph("Rappelant également", "la résolution " + number(c.symbol())
        + " de l’Assemblée générale, en date du " + date(c.date()) + ",", List.of(c), List.of(), List.of(), List.of());
  }

  private static SyntheticParagraph assemblyList(Draw d) {
    int first = d.between(0, ASSEMBLY.size() - 2);
    List<Cited> cited = ASSEMBLY.subList(first, d.between(first + 2, ASSEMBLY.size()));
    return new SyntheticParagraph("Rappelant", "les résolutions de l’Assemblée générale "
        + list(cited, c -> number(c.symbol()) + " du " + date(c.date())) + ",", cited, List.of(), List.of(), List.of());
  }

  private static SyntheticParagraph funds() {
    return new SyntheticParagraph("Conscient", "du rôle important que jouent le Fonds de contributions volontaires des Nations "
        + "Unies pour la coopération technique dans le domaine des droits de l’homme, le Fonds de contributions volontaires pour "
        + "la participation à l’Examen périodique universel, le Fonds d’affectation spéciale pour l’assistance technique à "
        + "l’appui de la participation des pays les moins avancés et des petits États insulaires en développement aux travaux "
        + "du Conseil des droits de l’homme et le Fonds de contributions volontaires pour l’assistance financière et technique "
        + "aux fins de la mise en œuvre des recommandations faites à l’issue de l’Examen périodique universel dans l’appui "
        + "apporté aux États,", List.of(), List.of("vftc", "upr-participation", "ldc-sids", "upr-implementation"), List.of(),
        List.of());
  }

  private static SyntheticParagraph boards() {
    return new SyntheticParagraph("Prenant note avec satisfaction", "des contributions que lui apportent le Conseil "
        + "d’administration du Fonds de contributions volontaires des Nations Unies pour la coopération technique dans le "
        + "domaine des droits de l’homme et le Conseil d’administration du Fonds de contributions volontaires pour "
        + "l’assistance financière et technique aux fins de la mise en œuvre de l’Examen périodique universel, grâce aux "
        + "rapports annuels qu’ils lui soumettent,", List.of(), List.of("vftc", "upr-implementation"), List.of(), List.of());
  }

  private static SyntheticParagraph agenda2030(Draw d) {
    int goal = d.between(1, 17);
    return new SyntheticParagraph("Réaffirmant", "la résolution 70/1 de l’Assemblée générale, en date du "
        + date(AGENDA_2030.date()) + ", intitulée « Transformer notre monde : le Programme de développement durable à "
        + "l’horizon 2030 », et rappelant les objectifs de développement durable, en particulier l’objectif " + goal
        + ", et les cibles qui lui sont associées,", List.of(AGENDA_2030), List.of(), List.of(), List.of(goal));
  }

  private static SyntheticParagraph report(Draw d) {
    int due = d.session() + d.between(1, 3);
    return new SyntheticParagraph("Prie", "le Haut-Commissariat des Nations Unies aux droits de l’homme d’établir un rapport, "
        + "qui lui sera soumis à sa " + ordinal(due) + " session, sur les activités menées pour aider les États à promouvoir "
        + "et à protéger les droits de l’homme ;", List.of(), List.of(), List.of(new Due("Report", due, "ohchr")), List.of());
  }

  private static SyntheticParagraph reportByHighCommissioner(Draw d) {
    int due = d.session() + d.between(1, 3);
    return new SyntheticParagraph("Prie également", "la Haute-Commissaire de lui présenter un rapport à sa " + ordinal(due)
        + " session, dans lequel elle recommandera la marche à suivre pour améliorer la coopération technique ;", List.of(),
        List.of(), List.of(new Due("Report", due, "high-commissioner")), List.of());
  }

  private static SyntheticParagraph panel(Draw d) {
    int due = d.session() + d.between(1, 2);
    List<Cited> cited = d.earlier(1);
    String pursuant = cited.isEmpty() ? "" : ", en application de sa résolution " + number(cited.get(0).symbol())
        + ", en date du " + date(cited.get(0).date());
    return new SyntheticParagraph("Décide", pursuant + (pursuant.isEmpty() ? "que" : ", que") + " la réunion-débat annuelle "
        + "au titre du point 10 de l’ordre du jour qui doit se tenir au cours de sa " + ordinal(due) + " session aura pour "
        + "thème « La coopération technique pour promouvoir les droits de l’homme » ;", cited, List.of(),
        List.of(new Due("PanelDiscussion", due, null)), List.of());
  }

  private static SyntheticParagraph goal(Draw d) {
    int goal = d.between(1, 17);
    return new SyntheticParagraph("Demande", "aux États de mettre en œuvre le Programme de développement durable à l’horizon "
        + "2030, notamment l’objectif de développement durable n° " + goal + ", conformément au droit des droits de l’homme ;",
        List.of(), List.of(), List.of(), List.of(goal));
  }

  private static SyntheticParagraph fundContributions() {
    return new SyntheticParagraph("Réaffirme également", "qu’il faut continuer d’accroître le montant des contributions "
        + "volontaires au Fonds de contributions volontaires des Nations Unies pour la coopération technique dans le domaine "
        + "des droits de l’homme ;", List.of(), List.of("vftc"), List.of(), List.of());
  }

  private static SyntheticParagraph split(String pattern) {
    int bar = pattern.indexOf('|');
    return SyntheticParagraph.plain(pattern.substring(0, bar), pattern.substring(bar + 1));
  }

  /** "a, b et c". */
  private static <T> String list(List<T> items, Function<T, String> each) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      s.append(i == 0 ? "" : i == items.size() - 1 ? " et " : ", ").append(each.apply(items.get(i)));
    }
    return s.toString();
  }

  /** The number of a resolution as its citing text writes it: "45/32" for A/HRC/RES/45/32. */
  private static String number(String symbol) {
    String[] parts = symbol.split("/");
    return parts[parts.length - 2] + "/" + parts[parts.length - 1];
  }

  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"};

  /** A date as French texts write it: "18 juin 2007". */
  static String date(LocalDate d) {
    return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + MONTHS[d.getMonthValue() - 1]
        + " " + d.getYear();
  }

  /** "15 mars", without the year. */
  static String dayAndMonth(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
  }

  static String ordinal(int n) {
    return FrenchNumbers.ordinalWords(n);
  }

  static String capitalized(String s) {
    return s.substring(0, 1).toUpperCase(Locale.FRENCH) + s.substring(1);
  }
}
