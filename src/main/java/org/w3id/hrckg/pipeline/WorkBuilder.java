package org.w3id.hrckg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.hrckg.assemble.Expression;
import org.w3id.hrckg.assemble.Finding;
import org.w3id.hrckg.assemble.Work;
import org.w3id.hrckg.assemble.WorkAssembler;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.rdf.WorkEmitter;
import org.w3id.hrckg.validate.AcrossDocuments;
import org.w3id.hrckg.validate.ShapesValidator;

/**
 * Builds one work from the documents of its files: assembles them, emits its graph, validates the
 * graph's own nodes with the ontology and the reference data as context, and sets apart what the
 * graph says about things outside the work (cited documents, sessions, drafts, and its citations
 * reduced to a cited document and a stated date), for the checks that look across documents.
 */
final class WorkBuilder {

  /**
   * One work built: its quads, what crosses documents (what it says of things outside itself, and
   * its links to them as context for the shapes that follow inverse paths), what its assembly
   * found, and its validation.
   */
  record Built(List<Quad> quads, AcrossDocuments.Part across, List<Finding> findings, List<Diagnostic> diagnostics, int leftOut,
      List<DocumentSummary> documents, ShapesValidator.Outcome validation) {}

  private final IriMinter iris;
  private final WorkEmitter emitter;
  private final ShapesValidator.Context context;

  /** A builder of works validated over a context that no longer changes. */
  WorkBuilder(IriMinter iris, Graph context) {
    this.iris = iris;
    this.emitter = new WorkEmitter(iris);
    this.context = new ShapesValidator.Context(context);
  }

  Built build(List<ParsedDocument> documents) {
    WorkAssembler assembler = new WorkAssembler(iris);
    documents.forEach(assembler::add);
    WorkAssembler.Assembly assembly = assembler.assemble();
    Work work = assembly.works().get(0);
    Collector quads = new Collector();
    emitter.emit(work, quads);
    Graph graph = GraphFactory.createDefaultGraph();
    quads.quads.forEach(q -> graph.add(q.asTriple()));
    List<DocumentSummary> summaries = new ArrayList<>();
    for (Expression e : work.expressions()) {
      summaries.add(DocumentSummary.of(e.document()));
      e.others().forEach(o -> summaries.add(DocumentSummary.of(o)));
    }
    return new Built(List.copyOf(quads.quads), AcrossDocuments.Part.of(work.iri(), graph), assembly.findings(), assembly.diagnostics(),
        assembly.leftOut(), summaries, ShapesValidator.validateDocument(graph, context));
  }

  /** Quads in the order they were emitted, each once. */
  static final class Collector extends StreamRDFBase {
    private final Set<Quad> quads = new LinkedHashSet<>();

    @Override
    public void quad(Quad q) {
      quads.add(q);
    }

    @Override
    public void triple(Triple t) {
      quads.add(Quad.create(Quad.defaultGraphIRI, t));
    }

    List<Quad> quads() {
      return List.copyOf(quads);
    }

    /** Writes what was collected into a stream. */
    void writeTo(StreamRDF out) {
      quads.forEach(out::quad);
    }
  }
}
