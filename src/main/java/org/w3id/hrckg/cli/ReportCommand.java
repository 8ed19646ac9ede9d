package org.w3id.hrckg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.store.UnionDefaultGraph;
import org.w3id.hrckg.validate.DataQualityReport;
import org.w3id.hrckg.validate.DatasetValidation;
import org.w3id.hrckg.validate.QualityGraph;
import org.w3id.hrckg.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code report}: the data-quality report of the built graph (stated-date conflicts, undecided
 * issuers, documents cited under two symbols, outputs without a due session), as text, as JSON,
 * or as the SHACL validation report in Turtle.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Data-quality report: date conflicts, undecided issuers, documents under two symbols, outputs without due session.")
final class ReportCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json, ttl }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, or ttl for the SHACL validation report (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = MessageLanguage.class, description = "Language of the messages: en or fr.")
  String language;

  @Mixin
  GraphOptions graph;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<GraphOptions.Graph> loaded = graph.load(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return HrcKg.USAGE;
    }
    ShapesValidator.Outcome outcome;
    DataQualityReport report;
    try (GraphOptions.Graph read = loaded.get()) {
      IriMinter iris = read.iris();
      outcome = DatasetValidation.of(read.dataset(),
          Set.of(NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI), NodeFactory.createURI(iris.referenceGraph())),
          NodeFactory.createURI(iris.qualityGraph()));
      DatasetGraph union = UnionDefaultGraph.of(read.dataset());
      report = Txn.calculateRead(union, () -> DataQualityReport.of(outcome, union, language));
    }
    switch (format) {
      case json -> stdout.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
      case ttl -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(QualityGraph.stable(outcome.report())).format(RDFFormat.TURTLE_PRETTY).output(out);
        stdout.print(out.toString(StandardCharsets.UTF_8));
      }
      default -> printText(report, stdout);
    }
    stdout.flush();
    return 0;
  }

  private static void printText(DataQualityReport report, PrintWriter out) {
    out.printf("Data-quality report: %d finding(s)%n", report.size());
    for (DataQualityReport.Section section : report.sections()) {
      out.printf("%n%s (%d)%n", section.title(), section.findings().size());
      for (DataQualityReport.Finding f : section.findings()) {
        out.printf("  %s%s%s%n", f.sourceFile() != null ? f.sourceFile() + ": " : "", f.label(),
            f.detail() != null ? ": " + f.detail() : "");
        out.printf("      %s%n", f.message());
      }
    }
  }
}
