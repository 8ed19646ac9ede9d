package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * A TDB2 store folder through its own rebuild, the code path of {@code serve --store}: a build
 * becomes current only once it has validated and kept enough of the previous build's documents;
 * otherwise the previous generation stays current, byte for byte; what a killed build left is
 * cleared; a store remembers the base its URIs were minted under; its default graph is the union
 * of its graphs.
 */
class TdbStoreTest {

  private static final String BASE = "http://kg.example.org/";

  @TempDir
  Path dir;

  @Test
  void aGoodBuildBecomesCurrentAndHoldsWhatAnInMemoryBuildHolds() throws IOException {
    try (TdbStore store = new TdbStore(dir.resolve("store"))) {
      assertTrue(store.current().isEmpty());
      TdbStore.Rebuild rebuilt = rebuild(store, CorpusSource.samples(), BuildAcceptance.DEFAULT);
      assertTrue(rebuilt.switched(), rebuilt.refusal());

      long inMemory = DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset().stream().count();
      DatasetGraph opened = rebuilt.current().orElseThrow();
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
    }
  }

  @Test
  void aGenerationHoldsItsSearchIndexAndAnsweringTextQueryOnceReopened() throws IOException {
    try (TdbStore store = new TdbStore(dir.resolve("store"))) {
      assertTrue(rebuild(store, CorpusSource.samples(), BuildAcceptance.DEFAULT).switched());
      assertTrue(Files.isDirectory(store.current().orElseThrow().resolve("text-index")));
    }
    try (TdbStore store = new TdbStore(dir.resolve("store"))) {
      DatasetGraph opened = UnionDefaultGraph.of(store.open().orElseThrow());
      List<String> found = Txn.calculateRead(opened, () -> SelectQuery.rows(opened, """
          PREFIX text: <http://jena.apache.org/text#>
          PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
          SELECT ?s { ?s text:query (hrc:symbol '"A/HRC/RES/45/32"') }""").stream()
          .map(r -> r.getResource("s").getURI()).toList());
      assertEquals(List.of(BASE + "id/doc/A/HRC/RES/45/32"), found);
    }
  }

  @Test
  void aRebuildThatDoesNotValidateLeavesThePreviousBuildCurrentByteForByte() throws IOException {
    Path folder = dir.resolve("store");
    Path good = firstBuild(folder);
    Map<String, String> before = digests(good);
    try (TdbStore store = new TdbStore(folder)) {
      TdbStore.Rebuild refused = rebuild(store, List.of(itemTwelve()), BuildAcceptance.DEFAULT);
      assertFalse(refused.switched());
      assertTrue(refused.refusal().contains("does not conform"), refused.refusal());
      assertEquals(good, store.current().orElseThrow());
    }
    assertEquals(List.of("CURRENT", good.getFileName().toString()), listing(folder), "the refused generation is removed");
    assertEquals(before, digests(good));
  }

  @Test
  void aRebuildInWhichEveryTextFailsLeavesThePreviousBuildCurrent() throws IOException {
    Path folder = dir.resolve("store");
    Path good = firstBuild(folder);
    Map<String, String> before = digests(good);
    List<SourceFile> bad = List.of(SourceFile.of("empty.txt", new byte[0]), SourceFile.of("list.md", "Pain, lait.\n".getBytes(StandardCharsets.UTF_8)));
    try (TdbStore store = new TdbStore(folder)) {
      TdbStore.Rebuild refused = rebuild(store, bad, BuildAcceptance.DEFAULT);
      assertFalse(refused.switched());
      assertTrue(refused.refusal().contains("0 document(s) built, fewer than the 1 required"), refused.refusal());
      assertEquals(good, store.current().orElseThrow());
    }
    assertEquals(before, digests(good));
  }

  @Test
  void aRebuildThatLosesMoreThanTheAllowedShareIsRefusedUnlessForced() throws IOException {
    Path folder = dir.resolve("store");
    Path good = firstBuild(folder);
    List<SourceFile> three = CorpusSource.samples().subList(0, 3);
    try (TdbStore store = new TdbStore(folder)) {
      TdbStore.Rebuild refused = rebuild(store, three, BuildAcceptance.DEFAULT);
      assertFalse(refused.switched());
      assertTrue(refused.refusal().contains("3 document(s) built where the previous build has 5: 40% lost"), refused.refusal());
      assertEquals(good, store.current().orElseThrow());

      TdbStore.Rebuild forced = rebuild(store, three, new BuildAcceptance(1, 0.10, true));
      assertTrue(forced.switched());
      assertFalse(Files.exists(good), "the previous generation goes once the new one is current and open");
    }
  }

  @Test
  void whatAKilledBuildLeftIsClearedByTheNextRebuild() throws IOException {
    Path folder = dir.resolve("store");
    Path good = firstBuild(folder);
    Path abandoned = Files.createDirectories(folder.resolve("build-0009"));
    Files.writeString(abandoned.resolve("half-written"), "x");
    try (TdbStore store = new TdbStore(folder)) {
      assertEquals(good, store.current().orElseThrow(), "an abandoned generation is never current");
      TdbStore.Rebuild rebuilt = rebuild(store, CorpusSource.samples(), BuildAcceptance.DEFAULT);
      assertTrue(rebuilt.switched());
      assertEquals(List.of("CURRENT", "build-0002"), listing(folder), "the abandoned generation is gone");
    }
  }

  @Test
  void aPointerToNoBuildIsReported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("store"));
    Files.writeString(folder.resolve("CURRENT"), "build-0007\n");
    try (TdbStore store = new TdbStore(folder)) {
      IOException e = assertThrows(IOException.class, store::current);
      assertTrue(e.getMessage().contains("names no build of this store: \"build-0007\""), e.getMessage());
    }
  }

  private static Path firstBuild(Path folder) throws IOException {
    try (TdbStore store = new TdbStore(folder)) {
      assertTrue(rebuild(store, CorpusSource.samples(), BuildAcceptance.DEFAULT).switched());
      return store.current().orElseThrow();
    }
  }

  private static TdbStore.Rebuild rebuild(TdbStore store, List<SourceFile> corpus, BuildAcceptance acceptance)
      throws IOException {
    CorpusPipeline pipeline = new CorpusPipeline(new IriMinter(BASE));
    try (DocumentSpill spill = DocumentSpill.temporary()) {
      return store.rebuild(generation -> DatasetBuilder.buildInto(generation, corpus, pipeline, f -> { }, spill), BASE, acceptance);
    }
  }

  /** A sample whose agenda item is 12: it parses, and violates the shapes (the agenda has ten items). */
  private static SourceFile itemTwelve() throws IOException {
    Path sample;
    try (Stream<Path> files = Files.list(Path.of("corpus/fr"))) {
      sample = files.sorted().findFirst().orElseThrow();
    }
    byte[] text = Files.readString(sample).replaceFirst("Point \\d+ de l", "Point 12 de l").getBytes(StandardCharsets.UTF_8);
    return SourceFile.of("item-12.txt", text);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The SHA-256 of every file of a folder, by relative path. */
  static Map<String, String> digests(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      try {
        out.put(folder.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}
