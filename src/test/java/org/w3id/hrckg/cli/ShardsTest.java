package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.cli.BuildCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.store.DumpShards;

/**
 * {@code build --shards N}: N N-Quads files that hold together the very quads of the one dump,
 * each graph whole in the shard its name's CRC-32 chooses, the same bytes from one build to the next.
 */
class ShardsTest {

  @TempDir
  Path dir;

  @Test
  void theShardsHoldTheDumpEachGraphWholeInItsShard() throws IOException {
    Path dump = dir.resolve("one.nq");
    assertEquals(0, run("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet").status());
    BuildCommandTest.Run sharded = run("build", "--corpus", "corpus/fr", "--out", dir.resolve("hrc-kg.nq").toString(), "--shards", "3", "--quiet");
    assertEquals(0, sharded.status(), sharded.err());
    assertTrue(sharded.out().contains("8 graphs in 3 shard(s), hrc-kg-1-of-3.nq to hrc-kg-3-of-3.nq"), sharded.out());
    assertEquals(List.of("hrc-kg-1-of-3.nq", "hrc-kg-2-of-3.nq", "hrc-kg-3-of-3.nq"), shardNames());

    DatasetGraph union = DatasetGraphFactory.create();
    Set<Node> seen = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      DatasetGraph shard = RDFDataMgr.loadDatasetGraph(dir.resolve("hrc-kg-" + (i + 1) + "-of-3.nq").toString());
      for (var it = shard.listGraphNodes(); it.hasNext(); ) {
        Node graph = it.next();
        assertEquals(i, DumpShards.of(graph, 3), graph + " is in the shard its name chooses");
        assertTrue(seen.add(graph), graph + " is in one shard only");
      }
      shard.find().forEachRemaining(union::add);
    }
    DatasetGraph whole = RDFDataMgr.loadDatasetGraph(dump.toString());
    assertEquals(whole.stream().count(), union.stream().count());
    assertTrue(IsoMatcher.isomorphic(whole, union), "the shards hold the quads of the one dump");

    byte[] first = Files.readAllBytes(dir.resolve("hrc-kg-2-of-3.nq"));
    assertEquals(0, run("build", "--corpus", "corpus/fr", "--out", dir.resolve("hrc-kg.nq").toString(), "--shards", "3", "--quiet").status());
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("hrc-kg-2-of-3.nq")), "the same bytes from the same build");
  }

  @ParameterizedTest(name = "{0} shards: shard {1}")
  @CsvSource({"1, 0", "2, 1", "7, 5", "64, 17"})
  void aGraphsShardIsTheCrc32OfItsName(int shards, int shard) {
    // zlib.crc32(b"http://kg.example.org/id/doc/A/HRC/RES/45/32") = 0x4B8BE891 (Python), modulo the shards.
    assertEquals(shard, DumpShards.of(NodeFactory.createURI("http://kg.example.org/id/doc/A/HRC/RES/45/32"), shards));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --shards 0 --out x.nq
      --shards 1025 --out x.nq
      --shards 2 --out x.ttl
      --shards 2 --store target/no-store
      """)
  void badValuesAreAUsageErrorInOneLine(String arguments) {
    List<String> args = new ArrayList<>(List.of("build"));
    args.addAll(List.of(arguments.split(" ")));
    BuildCommandTest.Run r = run(args.toArray(String[]::new));
    assertEquals(HrcKg.USAGE, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("build: --shards"), r.err());
  }

  private List<String> shardNames() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("hrc-kg-")).sorted().toList();
    }
  }
}
