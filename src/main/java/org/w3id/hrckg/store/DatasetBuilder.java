package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
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
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.vocab.Namespaces;

/**
 * Builds a corpus into a dataset: the step shared by {@code build} (into a store, or a dump written
 * from memory) and {@code serve} (which then serves it). The pipeline streams into the dataset work
 * by work, validating as it goes; a TDB2 dataset is filled by its bulk loader. The validation
 * report is in the dataset as its quality graph, so that its findings can be queried with the data.
 */
public final class DatasetBuilder {

  private DatasetBuilder() {}

  /** Builds into a new in-memory dataset, with the pipeline's defaults. */
  public static BuiltDataset build(List<SourceFile> corpus, IriMinter iris, Consumer<SourceFile> onDocument) {
    return buildInto(DatasetGraphFactory.createTxnMem(), corpus, new CorpusPipeline(iris), onDocument);
  }

  /** Builds into an empty dataset, in memory or TDB2; the pipeline validates what it streams. */
  public static BuiltDataset buildInto(DatasetGraph dataset, List<SourceFile> corpus, CorpusPipeline pipeline,
      Consumer<SourceFile> onDocument) {
    try (DocumentSpill spill = DocumentSpill.temporary()) {
      return buildInto(dataset, corpus, pipeline, onDocument, spill);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the parsed documents", e);
    }
  }

  /** As {@link #buildInto(DatasetGraph, List, CorpusPipeline, Consumer)}, parsing only the files a kept spill does not hold. */
  public static BuiltDataset buildInto(DatasetGraph dataset, List<SourceFile> corpus, CorpusPipeline pipeline,
      Consumer<SourceFile> onDocument, DocumentSpill spill) {
    long start = System.nanoTime();
    IriMinter iris = pipeline.iris();
    CorpusPipeline.Report report;
    if (DatabaseMgr.isTDB2(dataset)) {
      DataLoader loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.nullOutput());
      loader.startBulk();
      try {
        report = run(pipeline, corpus, loader.stream(), onDocument, spill);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      Txn.executeWrite(dataset, () -> addPrefixes(dataset, iris));
    } else {
      report = Txn.calculateWrite(dataset, () -> {
        addPrefixes(dataset, iris);
        return run(pipeline, corpus, StreamRDFLib.dataset(dataset), onDocument, spill);
      });
    }
    return new BuiltDataset(dataset, report, report.validation(), (System.nanoTime() - start) / 1e9);
  }

  private static CorpusPipeline.Report run(CorpusPipeline pipeline, List<SourceFile> corpus, StreamRDF out,
      Consumer<SourceFile> onDocument, DocumentSpill spill) {
    try {
      return pipeline.run(corpus, out, onDocument, spill);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the parsed documents", e);
    }
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
