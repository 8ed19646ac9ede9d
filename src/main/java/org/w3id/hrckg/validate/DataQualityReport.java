package org.w3id.hrckg.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.vocab.Hrc;

/**
 * What a build's warnings say of its data, by kind: cited documents that citing texts date
 * differently, citations whose issuer the text does not decide, documents cited under two
 * symbols, mandated outputs without a due session, and the other warnings. Each finding names
 * the thing, the file it comes from and what is wrong, with the detail a person needs to check it.
 */
public record DataQualityReport(List<Section> sections) {

  /** The findings of one kind. */
  public record Section(String key, String title, List<Finding> findings) {}

  /**
   * One finding.
   *
   * @param detail what the data shows of it (the dates given, the phrase cited, the other symbol)
   */
  public record Finding(String focus, String label, String sourceFile, String message, String detail) {}

  private static final String SHAPES = "https://w3id.org/hrc-kg/shapes#";

  /** The kinds, by the shape whose warnings they gather, in the order of the report. */
  private static final Map<String, String[]> KINDS = kinds();

  private static Map<String, String[]> kinds() {
    Map<String, String[]> k = new LinkedHashMap<>();
    k.put(SHAPES + "Document-statedDates", new String[] {"stated-date-conflicts", "Cited documents dated differently by citing texts"});
    k.put(SHAPES + "Citation-issuerDecided", new String[] {"undecided-issuers", "Citations whose issuer the text does not decide"});
    k.put(SHAPES + "CitedUnderTwoSymbolsShape", new String[] {"cited-under-two-symbols", "Documents cited under two symbols"});
    k.put(SHAPES + "MandatedOutput-dueSessionGiven", new String[] {"outputs-without-due-session", "Mandated outputs without a due session"});
    return k;
  }

  /**
   * The report of a validation, with details read from the data it validated: a dataset whose
   * default graph holds them (the union of a build's graphs), in a read transaction.
   */
  public static DataQualityReport of(ShapesValidator.Outcome outcome, DatasetGraph data, String language) {
    DatasetFacts facts = new DatasetFacts(data, language);
    Map<String, List<Finding>> byKind = new LinkedHashMap<>();
    KINDS.values().forEach(k -> byKind.put(k[0], new ArrayList<>()));
    byKind.put("other", new ArrayList<>());
    for (ReportEntry e : outcome.warnings()) {
      String shape = e.source().isURI() ? e.source().getURI() : "";
      String key = KINDS.containsKey(shape) ? KINDS.get(shape)[0] : "other";
      byKind.get(key).add(new Finding(e.focusNode().toString(), label(facts, e.focusNode()),
          outcome.sourceFiles().get(e.focusNode()), ReportPrinter.message(e, language), detail(key, e, facts)));
    }
    List<Section> sections = new ArrayList<>();
    KINDS.values().forEach(k -> sections.add(new Section(k[0], k[1], byKind.get(k[0]))));
    sections.add(new Section("other", "Other warnings", byKind.get("other")));
    return new DataQualityReport(sections);
  }

  /** The number of findings. */
  public int size() {
    return sections.stream().mapToInt(s -> s.findings().size()).sum();
  }

  private static String detail(String key, ReportEntry e, DatasetFacts data) {
    Node focus = e.focusNode();
    return switch (key) {
      case "stated-date-conflicts" -> "dated " + String.join(", ", statedDates(data, focus));
      case "undecided-issuers", "outputs-without-due-session" -> data.literal(focus, Hrc.sourceText.asNode()).map(t -> "\"" + t + "\"").orElse(null);
      case "cited-under-two-symbols" -> e.value() != null && e.value().isLiteral() ? "also cited as " + e.value().getLiteralLexicalForm() : null;
      default -> null;
    };
  }

  /** Each date given, with the texts that give it: "1993-12-20 by A/HRC/RES/56/15". */
  private static TreeSet<String> statedDates(DatasetFacts data, Node document) {
    TreeSet<String> dates = new TreeSet<>();
    for (Node citation : data.subjects(Hrc.citedDocument.asNode(), document)) {
      data.literal(citation, Hrc.statedDate.asNode()).ifPresent(date -> dates.add(date + " by " + data
          .objects(citation, Hrc.citingParagraph.asNode()).stream()
          .flatMap(p -> data.subjects(Hrc.hasParagraph.asNode(), p).stream())
          .map(d -> ownLabel(data, d).orElse("?")).findFirst().orElse("?")));
    }
    return dates;
  }

  /** What to call a thing: its symbol or label, else the label of the paragraph it belongs to. */
  private static String label(DatasetFacts data, Node focus) {
    return ownLabel(data, focus)
        .or(() -> data.subjects(Hrc.mandates.asNode(), focus).stream().flatMap(s -> ownLabel(data, s).stream()).findFirst())
        .or(() -> data.objects(focus, Hrc.citingParagraph.asNode()).stream().flatMap(p -> ownLabel(data, p).stream()).findFirst())
        .orElse(focus.isURI() ? focus.getURI() : focus.toString());
  }

  private static Optional<String> ownLabel(DatasetFacts data, Node n) {
    return data.literal(n, Hrc.symbol.asNode()).or(() -> data.literal(n, RDFS.label.asNode()));
  }
}
