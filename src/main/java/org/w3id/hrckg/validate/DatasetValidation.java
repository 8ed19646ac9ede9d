package org.w3id.hrckg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates a built dataset (a store, or the dumps a user names) as the build validates what it
 * streams, graph by graph, so that memory holds one work's graph at a time and what crosses works,
 * not the whole dataset: each work's named graph over the context graphs (the ontology and the
 * reference data), then what the works say about things outside themselves
 * ({@link AcrossDocuments}). A default graph (a dump in a format without named graphs) is
 * validated whole, with every shape. The quality graph, the report of the build that wrote the
 * dataset, is not data to validate. The findings come sorted by focus node, then as the shapes
 * gave them, so that a store and its dump report them in the same order.
 */
public final class DatasetValidation {

  private static final Comparator<ReportEntry> BY_FOCUS = Comparator.comparing(e -> NodeFmtLib.strNT(e.focusNode()));

  private DatasetValidation() {}

  /**
   * Validates the dataset, in a read transaction.
   *
   * @param contextGraphs the names of the graphs of the ontology and the reference data
   * @param qualityGraph the name of the quality graph
   */
  public static ShapesValidator.Outcome of(DatasetGraph dataset, Set<Node> contextGraphs, Node qualityGraph) {
    return Txn.calculateRead(dataset, () -> validate(dataset, contextGraphs, qualityGraph));
  }

  private static ShapesValidator.Outcome validate(DatasetGraph dataset, Set<Node> contextGraphs, Node qualityGraph) {
    Graph context = GraphFactory.createDefaultGraph();
    contextGraphs.forEach(g -> copy(dataset.getGraph(g), context));
    ShapesValidator.Context shared = new ShapesValidator.Context(context);
    List<ShapesValidator.Outcome> parts = new ArrayList<>();
    AcrossDocuments across = new AcrossDocuments();
    for (Node name : workGraphs(dataset, contextGraphs, qualityGraph)) {
      Graph work = copy(dataset.getGraph(name), GraphFactory.createDefaultGraph());
      parts.add(ShapesValidator.validateDocument(work, shared));
      across.add(AcrossDocuments.Part.of(name.getURI(), work));
    }
    Graph unnamed = dataset.getDefaultGraph();
    if (!unnamed.isEmpty()) {
      parts.add(ShapesValidator.validateAcross(copy(unnamed, GraphFactory.createDefaultGraph()), context));
    }
    parts.addAll(across.validate(context));
    List<ReportEntry> entries = new ArrayList<>(ShapesValidator.merge(parts).report().getEntries());
    entries.sort(BY_FOCUS);
    ValidationReport.Builder report = ValidationReport.create();
    // As Jena's own report, which writes the shapes' prefixes.
    report.addPrefixes(ShapesValidator.shapes().getGraph().getPrefixMapping());
    entries.forEach(report::addReportEntry);
    return ShapesValidator.outcome(report.build(), unnamed.isEmpty() ? dataset.getUnionGraph() : new GraphOverlay(unnamed, dataset.getUnionGraph()));
  }

  /** The named graphs of the works, in the order of their names. */
  private static List<Node> workGraphs(DatasetGraph dataset, Set<Node> contextGraphs, Node qualityGraph) {
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(g -> {
      if (g.isURI() && !contextGraphs.contains(g) && !g.equals(qualityGraph)) {
        names.add(g);
      }
    });
    names.sort(Comparator.comparing(Node::getURI));
    return names;
  }

  private static Graph copy(Graph from, Graph to) {
    from.find().forEachRemaining(to::add);
    return to;
  }
}
