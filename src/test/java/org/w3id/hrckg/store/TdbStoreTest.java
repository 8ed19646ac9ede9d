package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * A TDB2 store folder: a build goes into a new generation and becomes current only once it has
 * validated; a failed rebuild leaves the previous build current and whole; a store remembers the
 * base its URIs were minted under; its default graph is the union of its graphs.
 */
class TdbStoreTest {

  private static final String BASE = "http://kg.example.org/";

  @TempDir
  Path dir;

  @Test
  void aGoodBuildBecomesCurrentAndHoldsWhatAnInMemoryBuildHolds() throws IOException {
    TdbStore store = new TdbStore(dir.resolve("store"));
    assertTrue(store.current().isEmpty());
    Path generation = build(store, CorpusSource.bundled(), true);
    assertEquals(generation, store.current().orElseThrow());

    long inMemory = DatasetBuilder.build(CorpusSource.bundled(), new IriMinter(BASE), f -> { }).dataset().stream().count();
    DatasetGraph opened = store.open().orElseThrow();
    try {
      assertEquals(inMemory, Txn.calculateRead(opened, () -> opened.stream().count()));
      assertEquals(BASE, TdbStore.baseOf(opened).orElseThrow());
      DatasetGraph union = UnionDefaultGraph.of(opened);
      long citing = Txn.calculateRead(union, () -> {
        try (QueryExec q = QueryExec.newBuilder().dataset(union).query(
            "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d <http://purl.org/spar/cito/cites> <" + BASE + "id/doc/A/RES/60/251> }").build()) {
          return q.select().next().get("n").getLiteralValue();
        }
      }) instanceof Number n ? n.longValue() : -1;
      assertEquals(5, citing, "the default graph is the union: GA 60/251 is cited by the five samples");
    } finally {
      TDBInternal.expel(opened);
    }
  }

  @Test
  void aRebuildThatDoesNotValidateLeavesThePreviousBuildCurrent() throws IOException {
    TdbStore store = new TdbStore(dir.resolve("store"));
    Path good = build(store, CorpusSource.bundled(), true);
    List<SourceFile> broken = List.of(itemTwelve());

    Path failed = build(store, broken, false);

    assertEquals(good, store.current().orElseThrow());
    assertFalse(Files.exists(failed), "the failed generation is removed");
    assertEquals(List.of("CURRENT", good.getFileName().toString()), listing(store.folder()));
    DatasetGraph opened = store.open().orElseThrow();
    try {
      assertTrue(Txn.calculateRead(opened, () -> opened.stream().count()) > 5000, "the previous build is whole");
    } finally {
      TDBInternal.expel(opened);
    }
  }

  @Test
  void aSecondGoodBuildReplacesTheFirst() throws IOException {
    TdbStore store = new TdbStore(dir.resolve("store"));
    Path first = build(store, CorpusSource.bundled(), true);
    Path second = build(store, CorpusSource.bundled(), true);
    assertEquals(second, store.current().orElseThrow());
    assertFalse(Files.exists(first));
  }

  @Test
  void aPointerToNoBuildIsReported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("store"));
    Files.writeString(folder.resolve("CURRENT"), "build-0007\n");
    IOException e = assertThrows(IOException.class, () -> new TdbStore(folder).current());
    assertTrue(e.getMessage().contains("names no build of this store: \"build-0007\""), e.getMessage());
  }

  /** Builds into a new generation as {@code serve --store} does, switching to it only when it is clean. */
  private static Path build(TdbStore store, List<SourceFile> corpus, boolean expectClean) throws IOException {
    Path generation = store.newGeneration();
    DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(generation.toString());
    BuiltDataset built = DatasetBuilder.buildInto(tdb, corpus, new IriMinter(BASE), f -> { });
    TDBInternal.expel(tdb);
    assertEquals(expectClean, built.validation().conforms());
    if (built.validation().conforms()) {
      store.switchTo(generation);
    } else {
      store.discard(generation);
    }
    return generation;
  }

  /** A sample whose agenda item is 12: it parses, and violates the shapes (the agenda has ten items). */
  private static SourceFile itemTwelve() throws IOException {
    Path sample;
    try (Stream<Path> files = Files.list(Path.of("corpus/fr"))) {
      sample = files.sorted().findFirst().orElseThrow();
    }
    byte[] text = Files.readString(sample).replaceFirst("Point \\d+ de l", "Point 12 de l").getBytes(StandardCharsets.UTF_8);
    return new SourceFile("item-12.txt", () -> text);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
