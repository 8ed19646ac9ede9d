package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.store.BuiltDataset;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.store.DumpDataset;
import org.w3id.hrckg.store.RdfFiles;
import org.w3id.hrckg.store.TdbStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the commands that read a built graph ({@code query}, {@code analyze}, {@code report}) get
 * it: dump files written by {@code build} (in memory, or in a temporary TDB2 store when they are
 * larger than the heap: {@link DumpDataset}), a TDB2 store written by {@code serve --store}, or
 * else a corpus built on the spot (by default the bundled corpus).
 */
final class GraphOptions {

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--store", paramLabel = "DIR", description = "Read the build of a TDB2 store (see serve --store).")
  Path store;

  @Option(names = "--data", paramLabel = "FILE", split = ",",
      description = "Read dumps written by build (.nq .trig .ttl .nt .jsonld .rdf) instead of building.")
  List<Path> dumps;

  /**
   * A built graph and the minter of its URIs; closing it releases the TDB2 store it was read from
   * (its files and text index, so that the same process may open it again). A dump's temporary
   * store goes when the process ends.
   */
  record Graph(DatasetGraph dataset, IriMinter iris, Runnable release) implements AutoCloseable {
    @Override
    public void close() {
      release.run();
    }
  }

  /** Loads the graph, reporting on stderr what a build found wrong; empty when there is none to load. */
  Optional<Graph> load(PrintWriter stderr) throws IOException {
    if (store != null) {
      TdbStore tdb = new TdbStore(store);
      Optional<DatasetGraph> opened = tdb.open();
      if (opened.isEmpty()) {
        stderr.printf("no build in the store %s: build one with serve --store %s%n", tdb.folder(), store);
        return Optional.empty();
      }
      return Optional.of(new Graph(opened.get(), new IriMinter(TdbStore.baseOf(opened.get()).orElse("http://localhost:3030/")), tdb::close));
    }
    if (dumps != null && !dumps.isEmpty()) {
      DatasetGraph dataset;
      try {
        dataset = DumpDataset.read(dumps, stderr);
      } catch (RdfFiles.InvalidRdf | IOException | IllegalArgumentException e) {
        stderr.println(e.getMessage());
        return Optional.empty();
      }
      return Optional.of(new Graph(dataset, new IriMinter(TdbStore.baseOf(dataset).orElse("http://localhost:3030/")), () -> { }));
    }
    IriMinter iris = corpus.iris(CorpusOptions.DEFAULT_PORT);
    BuiltDataset built = DatasetBuilder.build(corpus.texts(), iris, f -> { });
    built.report().diagnostics().stream().filter(d -> d.isError()).forEach(stderr::println);
    if (!built.validation().conforms()) {
      stderr.printf("warning: the data has %d violation(s) of the shapes (see build)%n", built.validation().violations().size());
    }
    stderr.flush();
    return Optional.of(new Graph(built.dataset(), iris, () -> { }));
  }
}
