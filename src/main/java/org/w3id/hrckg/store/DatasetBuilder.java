package org.w3id.hrckg.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.validate.QualityGraph;
import org.w3id.hrckg.validate.ShapesValidator;
import org.w3id.hrckg.vocab.Namespaces;

/**
 * Builds a corpus into a dataset and validates it: the step shared by {@code build} (which then
 * writes a dump) and {@code serve} (which then serves it). The pipeline streams into the dataset
 * document by document; a TDB2 dataset is filled by its bulk loader. The validation report joins
 * the dataset as its quality graph, so that its findings can be queried with the data.
 */
public final class DatasetBuilder {

  private DatasetBuilder() {}

  /** Builds into a new in-memory dataset, with the pipeline's defaults. */
  public static BuiltDataset build(List<SourceFile> corpus, IriMinter iris, Consumer<SourceFile> onDocument) {
    return buildInto(DatasetGraphFactory.createTxnMem(), corpus, new CorpusPipeline(iris), onDocument);
  }

  /** Builds into an empty dataset, in memory or TDB2, and validates what it holds. */
  public static BuiltDataset buildInto(DatasetGraph dataset, List<SourceFile> corpus, CorpusPipeline pipeline,
      Consumer<SourceFile> onDocument) {
    long start = System.nanoTime();
    IriMinter iris = pipeline.iris();
    CorpusPipeline.Report report;
    ShapesValidator.Outcome validation;
    if (DatabaseMgr.isTDB2(dataset)) {
      DataLoader loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.nullOutput());
      loader.startBulk();
      try {
        report = pipeline.run(corpus, loader.stream(), onDocument);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      Txn.executeWrite(dataset, () -> addPrefixes(dataset, iris));
      validation = Txn.calculateRead(dataset, () -> ShapesValidator.validate(dataset.getUnionGraph()));
    } else {
      report = Txn.calculateWrite(dataset, () -> {
        addPrefixes(dataset, iris);
        return pipeline.run(corpus, StreamRDFLib.dataset(dataset), onDocument);
      });
      validation = ShapesValidator.validate(union(dataset));
    }
    Node quality = NodeFactory.createURI(iris.qualityGraph());
    Graph findings = QualityGraph.of(validation.report(), iris.qualityGraph());
    Txn.executeWrite(dataset, () -> findings.find().forEachRemaining(t -> dataset.add(quality,
        t.getSubject(), t.getPredicate(), t.getObject())));
    return new BuiltDataset(dataset, report, validation, (System.nanoTime() - start) / 1e9);
  }

  /** All the graphs of a dataset as one graph, for validation across documents. */
  public static Graph union(DatasetGraph dataset) {
    Graph g = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }

  private static void addPrefixes(DatasetGraph dataset, IriMinter iris) {
    Namespaces.prefixes(iris).forEach((prefix, ns) -> dataset.prefixes().add(prefix, ns));
  }
}
