package org.w3id.hrckg.validate;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;

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
    section("violation", outcome.violations(), outcome.sourceFiles());
    section("warning", outcome.warnings(), outcome.sourceFiles());
    out.printf("%d violation(s), %d warning(s): %s%n", outcome.violations().size(), outcome.warnings().size(),
        outcome.conforms() ? "the data conforms" : "the data does not conform");
    out.flush();
  }

  private void section(String severity, List<ReportEntry> entries, Map<Node, String> sourceFiles) {
    Map<Node, Integer> perShape = new LinkedHashMap<>();
    for (ReportEntry e : entries) {
      int n = perShape.merge(e.source(), 1, Integer::sum);
      if (n <= PER_SHAPE) {
        out.printf("%s: %s%s%s: %s%n", severity, Optional.ofNullable(sourceFiles.get(e.focusNode())).map(f -> f + ": ").orElse(""),
            e.focusNode(), e.resultPath() != null ? " " + e.resultPath() : "", message(e, language));
      } else if (n == PER_SHAPE + 1) {
        long rest = entries.stream().filter(x -> x.source().equals(e.source())).count() - PER_SHAPE;
        out.printf("%s: ... and %d more of %s%n", severity, rest, e.source());
      }
    }
  }

  /** The message in the chosen language, else the first one. */
  static String message(ReportEntry e, String language) {
    for (Node m : e.messages()) {
      if (m.isLiteral() && language.equals(m.getLiteralLanguage())) {
        return m.getLiteralLexicalForm();
      }
    }
    return e.message();
  }
}
