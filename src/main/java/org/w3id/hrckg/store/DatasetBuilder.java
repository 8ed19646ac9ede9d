package org.w3id.hrckg.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.validate.ShapesValidator;
import org.w3id.hrckg.vocab.Namespaces;

/**
 * Builds a corpus into an in-memory dataset and validates it: the step shared by {@code build}
 * (which then writes a dump) and {@code serve} (which then serves it).
 */
public final class DatasetBuilder {

  private DatasetBuilder() {}

  public static BuiltDataset build(List<SourceFile> corpus, IriMinter iris, Consumer<SourceFile> onDocument) {
    long start = System.nanoTime();
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Namespaces.prefixes(iris).forEach((prefix, ns) -> dataset.prefixes().add(prefix, ns));
    CorpusPipeline.Report report = new CorpusPipeline(iris).run(corpus, StreamRDFLib.dataset(dataset), onDocument);
    ShapesValidator.Outcome validation = ShapesValidator.validate(union(dataset));
    return new BuiltDataset(dataset, report, validation, (System.nanoTime() - start) / 1e9);
  }

  /** All the graphs of a dataset as one graph, for validation across documents. */
  public static Graph union(DatasetGraph dataset) {
    Graph g = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }
}
