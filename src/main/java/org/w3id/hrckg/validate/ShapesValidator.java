package org.w3id.hrckg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The validation stage: checks a graph against the shapes of {@code shapes/} (violations in
 * {@code hrc-shapes.ttl}, warnings in {@code hrc-warnings.ttl}). Data conforms when there is no
 * violation; warnings are reported and do not fail it.
 */
public final class ShapesValidator {

  /** The shape files, packed into the jar. */
  public static final List<String> FILES = List.of("hrc-shapes.ttl", "hrc-warnings.ttl");

  /**
   * The result of a validation: the report, its entries by severity, and the source file of the
   * document each focus node belongs to, where the data says.
   */
  public record Outcome(ValidationReport report, List<ReportEntry> violations, List<ReportEntry> warnings,
      Map<Node, String> sourceFiles) {

    /** True when the data has no violation. */
    public boolean conforms() {
      return violations.isEmpty();
    }
  }

  private static final Outcome CONFORMS = new Outcome(ValidationReport.reportConformsTrue(), List.of(), List.of(), Map.of());

  private static volatile Shapes shapes;

  private ShapesValidator() {}

  /** Validates a graph (which should hold the ontology, for subclasses to be seen). */
  public static Outcome validate(Graph data) {
    return outcome(ShaclValidator.get().validate(shapes(), data), data);
  }

  /**
   * Validates the nodes of one document's graph against the shapes, with a context (the ontology
   * and the reference data) that the shapes may read but whose own nodes are not checked again.
   * Shapes whose constraints are SPARQL queries look across documents: they are left to
   * {@link #validateAcross}, on what documents say about things outside themselves.
   */
  public static Outcome validateDocument(Graph own, Context context) {
    return validateWithin(own, context.graph, false, own.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY) ? null : context);
  }

  /**
   * The context of many documents' validations, a graph that no longer changes, with the subclasses
   * of each target class as it declares them: Jena gathers them again for every document. A
   * document that declares a subclass itself has its own gathered again.
   */
  public static final class Context {
    private final Graph graph;
    private final Map<Node, Set<Node>> subclasses = new ConcurrentHashMap<>();

    public Context(Graph graph) {
      this.graph = graph;
    }

    /** The class and its subclasses, as Jena's {@code G.subClasses} gives them (the same set, in the same order). */
    private Set<Node> subclasses(Node type) {
      return subclasses.computeIfAbsent(type, t -> G.subClasses(graph, t));
    }
  }

  /**
   * Validates with every shape the nodes of what documents say about things outside themselves
   * (or the context alone, when {@code own} is the context). Validating every document, and this,
   * checks what validating their union would, part by part.
   */
  public static Outcome validateAcross(Graph own, Graph context) {
    return validateWithin(own, context, true, null);
  }

  private static Outcome validateWithin(Graph own, Graph context, boolean sparql, Context classes) {
    Graph data = own == context ? own : new GraphOverlay(own, context);
    ValidationContext vc = ValidationContext.create(shapes(), data);
    for (Shape shape : shapes().getTargetShapes()) {
      if (!sparql && shape.getConstraints().stream().anyMatch(SparqlConstraint.class::isInstance)) {
        continue;
      }
      for (Node focus : classes == null ? VLib.focusNodes(data, shape) : focusNodes(data, shape, classes)) {
        if (own == context || own.contains(focus, Node.ANY, Node.ANY)) {
          ValidationProc.execValidateShape(vc, data, shape, focus);
        }
      }
    }
    // Most documents give no entry: Jena would still build a report model for each.
    return vc.hasViolation() ? outcome(vc.generateReport(), own) : CONFORMS;
  }

  /**
   * Jena's {@code VLib.focusNodes}, the same nodes in the same order, the subclasses of the target
   * classes taken from the context (the data adding none).
   */
  static Collection<Node> focusNodes(Graph data, Shape shape, Context classes) {
    Collection<Node> focus = new HashSet<>();
    for (Target target : shape.getTargets()) {
      if (target.getTargetType() == TargetType.targetClass || target.getTargetType() == TargetType.implicitClass) {
        Set<Node> typed = new HashSet<>();
        for (Node type : classes.subclasses(target.getObject())) {
          data.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> typed.add(t.getSubject()));
        }
        focus.addAll(typed);
      } else {
        focus.addAll(target.getFocusNodes(data));
      }
    }
    return focus;
  }

  /** The outcomes of the parts of the data as one, each finding once. */
  public static Outcome merge(List<Outcome> parts) {
    ValidationReport.Builder report = ValidationReport.create();
    Set<String> seen = new HashSet<>();
    Map<Node, String> files = new HashMap<>();
    for (Outcome part : parts) {
      part.report().getEntries().stream().filter(e -> seen.add(key(e))).forEach(report::addReportEntry);
      files.putAll(part.sourceFiles());
    }
    return outcome(report.build(), files);
  }

  private static String key(ReportEntry e) {
    return e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.source() + " " + e.sourceConstraintComponent()
        + " " + e.message();
  }

  /** The outcome of a report, with the source file of each focus node read from {@code data}. */
  static Outcome outcome(ValidationReport report, Graph data) {
    Map<Node, String> files = new HashMap<>();
    report.getEntries().forEach(e -> sourceFile(data, e.focusNode()).ifPresent(f -> files.put(e.focusNode(), f)));
    return outcome(report, files);
  }

  private static Outcome outcome(ValidationReport report, Map<Node, String> files) {
    List<ReportEntry> violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
    List<ReportEntry> warnings = report.getEntries().stream().filter(e -> e.severity() != Severity.Violation).toList();
    return new Outcome(report, violations, warnings, Map.copyOf(files));
  }

  /**
   * The file of the document a node belongs to: the IRIs of paragraphs, citations and
   * sponsorships extend their document's IRI, so the nearest prefix with a source file names it;
   * of a work read from several files, the first by name, whatever order the graph holds them in.
   */
  private static Optional<String> sourceFile(Graph data, Node focus) {
    if (!focus.isURI()) {
      return Optional.empty();
    }
    String iri = focus.getURI();
    for (int cut = iri.length(); cut > 0; cut = iri.lastIndexOf('/', cut - 1)) {
      Optional<String> file = data.find(NodeFactory.createURI(iri.substring(0, cut)), Hrc.sourceFileName.asNode(), Node.ANY)
          .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream().min(Comparator.naturalOrder());
      if (file.isPresent()) {
        return file;
      }
    }
    return Optional.empty();
  }

  /** The shapes, read once. */
  public static Shapes shapes() {
    Shapes s = shapes;
    if (s == null) {
      synchronized (ShapesValidator.class) {
        if (shapes == null) {
          shapes = LeanConstraints.install(Shapes.parse(shapesGraph()));
        }
        s = shapes;
      }
    }
    return s;
  }

  /** The shapes as a graph. */
  public static Graph shapesGraph() {
    Graph g = GraphFactory.createDefaultGraph();
    for (String file : FILES) {
      try (InputStream in = ShapesValidator.class.getResourceAsStream("/shapes/" + file)) {
        if (in == null) {
          throw new IllegalStateException("shapes/" + file + " is missing from the class path");
        }
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return g;
  }
}
