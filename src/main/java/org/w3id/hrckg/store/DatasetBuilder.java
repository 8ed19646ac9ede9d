package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
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
 * by work, validating as it goes; an empty store generation is filled by TDB2's bulk loader, and
 * one that starts as a copy of the current generation gets only what changed ({@link GraphDelta}). The validation
 * report is in the dataset as its quality graph, so that its findings can be queried with the data.
 */
public final class DatasetBuilder {

  private DatasetBuilder() {}

  /** Builds into a new in-memory dataset, with the pipeline's defaults. */
  public static BuiltDataset build(List<SourceFile> corpus, IriMinter iris, Consumer<SourceFile> onDocument) {
    return buildInto(DatasetGraphFactory.createTxnMem(), corpus, new CorpusPipeline(iris), onDocument);
  }

  /** Builds into an empty dataset in one write transaction; the pipeline validates what it streams. */
  public static BuiltDataset buildInto(DatasetGraph dataset, List<SourceFile> corpus, CorpusPipeline pipeline,
      Consumer<SourceFile> onDocument) {
    long start = System.nanoTime();
    try (DocumentSpill spill = DocumentSpill.temporary()) {
      CorpusPipeline.Report report = Txn.calculateWrite(dataset, () -> {
        addPrefixes(dataset, pipeline.iris());
        return run(pipeline, corpus, StreamRDFLib.dataset(dataset), onDocument, spill);
      });
      return built(dataset, report, start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the parsed documents", e);
    }
  }

  /**
   * Builds into a store generation, parsing only the files a kept spill does not hold. An empty
   * generation is filled by TDB2's bulk loader; a copy of the current generation gets only the
   * graphs that differ from the current build's, and loses those no longer built.
   */
  public static BuiltGeneration buildInto(Generation generation, List<SourceFile> corpus, CorpusPipeline pipeline,
      Consumer<SourceFile> onDocument, DocumentSpill spill) {
    long start = System.nanoTime();
    DatasetGraph dataset = generation.dataset();
    if (generation.startsFrom().isEmpty()) {
      DataLoader loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.nullOutput());
      GraphRuns runs = new GraphRuns(loader.stream(), GraphLedger.NONE);
      CorpusPipeline.Report report;
      loader.startBulk();
      try {
        report = run(pipeline, corpus, runs, onDocument, spill);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      Txn.executeWrite(dataset, () -> addPrefixes(dataset, pipeline.iris()));
      return new BuiltGeneration(built(dataset, report, start), runs.ledger(), runs.changed().size(), Optional.empty());
    }
    try (GraphDelta delta = GraphDelta.over(generation.startsFrom().get())) {
      CorpusPipeline.Report report = run(pipeline, corpus, delta.stream(), onDocument, spill);
      Optional<SearchChanges> search = delta.applyTo(dataset);
      return new BuiltGeneration(built(dataset, report, start), delta.ledger(), delta.changed(), search);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set aside the graphs that changed", e);
    }
  }

  private static BuiltDataset built(DatasetGraph dataset, CorpusPipeline.Report report, long start) {
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
