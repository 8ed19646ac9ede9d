package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.rdf.ReferenceEmitter;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.store.RdfFiles;
import org.w3id.hrckg.validate.DatasetValidation;
import org.w3id.hrckg.validate.ReportPrinter;
import org.w3id.hrckg.validate.ShapesValidator;
import org.w3id.hrckg.vocab.Hrc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code validate}: checks RDF files against the shapes and prints a readable report. The ontology
 * is added to the data so that classes are seen with their subclasses; the reference data too,
 * under the base the files use, when the files do not carry it. A file that does not parse is a
 * data problem (exit 1), reported by file and line; a file that is not there, a usage one (exit 2).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "SHACL-validate RDF files with the shapes of hrc-kg; exit 1 on violations or a file that does not parse.")
final class ValidateCommand implements Callable<Integer> {

  private static final String DOC_PATH = "id/doc/";

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files (.nq .trig .ttl .nt .jsonld .rdf).")
  List<Path> files;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = MessageLanguage.class,
      description = "Language of the messages: en or fr (default: ${DEFAULT-VALUE}).")
  String language;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stderr = spec.commandLine().getErr();
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    for (Path file : files) {
      try {
        RdfFiles.read(file, StreamRDFLib.dataset(data));
      } catch (RdfFiles.InvalidRdf e) {
        return refuse(stderr, e.getMessage(), HrcKg.DATA_PROBLEM);
      } catch (IOException | IllegalArgumentException e) {
        return refuse(stderr, e.getMessage(), HrcKg.USAGE);
      }
    }
    IriMinter iris = completeWithReferenceData(data);
    ShapesValidator.Outcome outcome = DatasetValidation.of(data,
        Set.of(NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI), NodeFactory.createURI(iris.referenceGraph())),
        NodeFactory.createURI(iris.qualityGraph()));
    new ReportPrinter(spec.commandLine().getOut(), language).print(outcome);
    return outcome.conforms() ? 0 : HrcKg.DATA_PROBLEM;
  }

  private static int refuse(PrintWriter stderr, String problem, int status) {
    stderr.printf("validate: %s%n", problem);
    stderr.flush();
    return status;
  }

  /**
   * Adds the ontology, and the reference data when the files do not carry it; returns the minter
   * of the files' base, which names the graphs of the reference data and of a build's quality report.
   */
  private static IriMinter completeWithReferenceData(DatasetGraph data) {
    boolean hasStates = data.find(Node.ANY, Node.ANY, RDF.type.asNode(), Hrc.State.asNode()).hasNext();
    String base = baseOf(data);
    IriMinter iris = new IriMinter(base != null ? base : "http://localhost:3030/");
    DatasetGraph extra = DatasetGraphFactory.createTxnMem();
    ReferenceEmitter.emit(iris, StreamRDFLib.dataset(extra));
    extra.find().forEachRemaining(q -> {
      boolean ontology = q.getGraph().getURI().equals(OntologyFiles.ONTOLOGY_IRI);
      if (ontology || (base != null && !hasStates)) {
        data.add(q);
      }
    });
    return iris;
  }

  /** The base URI of the files, read from the first document IRI they hold. */
  private static String baseOf(DatasetGraph data) {
    return data.stream().map(q -> q.getSubject())
        .filter(Node::isURI).map(Node::getURI).filter(u -> u.contains(DOC_PATH))
        .map(u -> u.substring(0, u.indexOf(DOC_PATH))).findFirst().orElse(null);
  }
}
