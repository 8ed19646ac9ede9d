package org.w3id.hrckg.validate;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.hrckg.vocab.Hrc;

/**
 * Prints a validation report for people: one line per finding, the source file it comes from
 * (when the data says), the focus node, the property and the message in the chosen language;
 * long lists of the same finding are cut short.
 */
public final class ReportPrinter {

  private static final int PER_SHAPE = 10;

  private final PrintWriter out;
  private final String language;

  public ReportPrinter(PrintWriter out, String language) {
    this.out = out;
    this.language = language;
  }

  public void print(ShapesValidator.Outcome outcome) {
    section("violation", outcome.violations(), outcome.data());
    section("warning", outcome.warnings(), outcome.data());
    out.printf("%d violation(s), %d warning(s): %s%n", outcome.violations().size(), outcome.warnings().size(),
        outcome.conforms() ? "the data conforms" : "the data does not conform");
    out.flush();
  }

  private void section(String severity, List<ReportEntry> entries, Graph data) {
    Map<Node, Integer> perShape = new LinkedHashMap<>();
    for (ReportEntry e : entries) {
      int n = perShape.merge(e.source(), 1, Integer::sum);
      if (n <= PER_SHAPE) {
        out.printf("%s: %s%s%s: %s%n", severity, sourceFile(data, e.focusNode()).map(f -> f + ": ").orElse(""),
            e.focusNode(), e.resultPath() != null ? " " + e.resultPath() : "", message(e));
      } else if (n == PER_SHAPE + 1) {
        long rest = entries.stream().filter(x -> x.source().equals(e.source())).count() - PER_SHAPE;
        out.printf("%s: ... and %d more of %s%n", severity, rest, e.source());
      }
    }
  }

  /**
   * The file of the document a focus node belongs to: the IRIs of paragraphs, citations and
   * sponsorships extend their document's IRI, so the nearest prefix with a source file names it.
   */
  private static Optional<String> sourceFile(Graph data, Node focus) {
    if (!focus.isURI()) {
      return Optional.empty();
    }
    String iri = focus.getURI();
    for (int cut = iri.length(); cut > 0; cut = iri.lastIndexOf('/', cut - 1)) {
      Optional<String> file = data.find(NodeFactory.createURI(iri.substring(0, cut)), Hrc.sourceFileName.asNode(), Node.ANY)
          .nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
      if (file.isPresent()) {
        return file;
      }
    }
    return Optional.empty();
  }

  /** The message in the chosen language, else the first one. */
  private String message(ReportEntry e) {
    for (Node m : e.messages()) {
      if (m.isLiteral() && language.equals(m.getLiteralLanguage())) {
        return m.getLiteralLexicalForm();
      }
    }
    return e.message();
  }
}
