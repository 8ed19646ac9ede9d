package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hrckg.pipeline.TemporaryFiles;

/**
 * The dataset of the dumps a user names ({@code query}, {@code analyze}, {@code report} with
 * {@code --data}): held in Jena's in-memory dataset while it is small, and moved to a temporary
 * TDB2 store, filled by TDB2's bulk loader, once it holds more quads than the heap can spare for
 * it. Jena's in-memory dataset keeps six persistent indexes and costs about
 * {@value #HEAP_PER_QUAD} bytes of heap a quad of a build's dump (1,028 measured: BENCHMARKS.md,
 * "analyze --data at 20,000"), so 20,000 texts (11.2 million quads) would need some 12 GB; in a
 * temporary store a heap of 2 GB reads them. The move happens while the dumps are read, so the
 * count of quads decides, not the size of the files, which differs from format to format. The
 * temporary store is deleted when the process ends, or by a later run when it is killed
 * ({@link TemporaryFiles}).
 */
public final class DumpDataset {

  /** Heap that a quad of a build's dump takes in Jena's transactional in-memory dataset, measured. */
  static final long HEAP_PER_QUAD = 1_000;
  /** The share of the heap the dataset may take in memory: the rest is for what a command computes from it. */
  private static final int HEAP_SHARE = 4;

  private DumpDataset() {}

  /**
   * Reads dumps, in memory while the heap allows it, else into a temporary TDB2 store (said on
   * {@code notices}).
   *
   * @throws IOException when a file cannot be opened, or the temporary store cannot be written
   * @throws IllegalArgumentException when a file's extension names no RDF format
   * @throws RdfFiles.InvalidRdf when a file is not valid RDF of its format
   */
  public static DatasetGraph read(List<Path> dumps, PrintWriter notices) throws IOException, RdfFiles.InvalidRdf {
    return read(dumps, Runtime.getRuntime().maxMemory() / HEAP_SHARE / HEAP_PER_QUAD, notices);
  }

  /** Reads dumps, in memory up to {@code inMemoryQuads} quads. */
  static DatasetGraph read(List<Path> dumps, long inMemoryQuads, PrintWriter notices)
      throws IOException, RdfFiles.InvalidRdf {
    Destination destination = new Destination(inMemoryQuads, notices);
    try {
      for (Path dump : dumps) {
        RdfFiles.read(dump, destination);
      }
      return destination.dataset();
    } catch (UncheckedIOException e) {
      destination.abandon(e);
      throw e.getCause();
    } catch (IOException | RdfFiles.InvalidRdf | RuntimeException e) {
      destination.abandon(e);
      throw e;
    }
  }

  /** Where the quads go: the in-memory dataset, then, past its limit, the bulk loader of a temporary store. */
  private static final class Destination implements StreamRDF {

    private final long inMemoryQuads;
    private final PrintWriter notices;
    private DatasetGraph memory = DatasetGraphFactory.createTxnMem();
    private StreamRDF target = StreamRDFLib.dataset(memory);
    private long quads;
    private TemporaryStore store;

    Destination(long inMemoryQuads, PrintWriter notices) {
      this.inMemoryQuads = inMemoryQuads;
      this.notices = notices;
    }

    @Override
    public void start() {
      target.start();
    }

    @Override
    public void triple(Triple triple) {
      count();
      target.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
      count();
      target.quad(quad);
    }

    @Override
    public void base(String base) {
      target.base(base);
    }

    @Override
    public void prefix(String prefix, String iri) {
      target.prefix(prefix, iri);
    }

    @Override
    public void finish() {
      target.finish();
    }

    private void count() {
      if (++quads > inMemoryQuads && store == null) {
        moveToStore();
      }
    }

    /** Starts the temporary store and hands it what memory held; from then on the parser writes to its loader. */
    private void moveToStore() {
      try {
        store = TemporaryStore.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      notices.printf("--data: the dumps hold more than %,d quads, more than a heap of %,d MB spares for them in memory:"
          + " reading them into a temporary TDB2 store, %s (deleted on exit)%n", inMemoryQuads,
          Runtime.getRuntime().maxMemory() >> 20, store.folder);
      notices.flush();
      StreamRDF loader = store.loader.stream();
      loader.start();
      memory.prefixes().forEach(loader::prefix);
      memory.find().forEachRemaining(q -> {
        if (q.isDefaultGraph()) {
          loader.triple(q.asTriple());
        } else {
          loader.quad(q);
        }
      });
      memory = null;
      target = loader;
    }

    /** The dataset the dumps were read into, once every dump is read. */
    DatasetGraph dataset() {
      if (store == null) {
        return memory;
      }
      store.loader.finishBulk();
      return store.dataset;
    }

    /** Stops the load that failed and deletes the temporary store, if the dumps had come to one. */
    void abandon(Exception e) {
      if (store != null) {
        store.loader.finishException(e);
        store.discard();
      }
    }
  }

  /** A TDB2 store in a folder of its own under the system's temporary folder, deleted when the process ends. */
  private static final class TemporaryStore {

    final Path folder;
    final DatasetGraph dataset;
    final DataLoader loader;
    private final Thread deletion = new Thread(this::delete, "delete the temporary store");

    private TemporaryStore(Path folder) {
      this.folder = folder;
      this.dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
      // The phased loader builds the indexes in turn, not all at once: fewer threads compete on a machine of few cores.
      // Its output is dropped: the command's own notice says what is happening.
      this.loader = LoaderFactory.phasedLoader(dataset, (format, args) -> { });
    }

    static TemporaryStore create() throws IOException {
      TemporaryStore store = new TemporaryStore(TemporaryFiles.folder(TemporaryFiles.Kind.DATA));
      Runtime.getRuntime().addShutdownHook(store.deletion);
      store.loader.startBulk();
      return store;
    }

    /** Deletes the store now, not at exit. */
    void discard() {
      Runtime.getRuntime().removeShutdownHook(deletion);
      delete();
    }

    /** Releases the store and deletes its files; a deletion that fails leaves files in the temporary folder, no error. */
    private void delete() {
      TDBInternal.expel(dataset);
      try {
        IO.deleteAll(folder);
      } catch (RuntimeIOException e) {
        // Nothing more to do: the system's temporary folder is cleared by the system.
      }
    }
  }
}
