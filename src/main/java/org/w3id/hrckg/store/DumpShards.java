package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A dump written as N N-Quads files, the input that the bulk loaders of large stores take (and load
 * in parallel): each named graph (one per document) whole in one shard, chosen by the CRC-32 of its
 * name modulo N, so that the same build gives the same shards, and a document stays in its shard
 * from one build to the next. {@code hrc-kg.nq} in 4 shards is {@code hrc-kg-1-of-4.nq} to
 * {@code hrc-kg-4-of-4.nq}; each is written beside and renamed into place, as {@link DumpWriter} does.
 */
public final class DumpShards {

  /** The most shards: more files than a loader opens usefully at once. */
  public static final int MAX = 1024;

  private DumpShards() {}

  /** The shard (from 0) of a graph, among {@code shards}. */
  public static int of(Node graph, int shards) {
    CRC32 crc = new CRC32();
    crc.update((graph.isURI() ? graph.getURI() : graph.toString()).getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % shards);
  }

  /** The files of {@code shards} shards of a dump named {@code target}. */
  public static List<Path> files(Path target, int shards) {
    String name = target.getFileName().toString();
    String stem = name.endsWith(DumpFormat.NQUADS.extension()) ? name.substring(0, name.length() - 3) : name;
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= shards; i++) {
      files.add(target.resolveSibling(stem + "-" + i + "-of-" + shards + DumpFormat.NQUADS.extension()));
    }
    return files;
  }

  /**
   * Writes the named graphs of a dataset into its shards, graphs in the order of their names.
   *
   * @return the files written
   */
  public static List<Path> write(DatasetGraph dataset, Path target, int shards) throws IOException {
    if (shards < 1 || shards > MAX) {
      throw new IllegalArgumentException("the number of shards must be between 1 and " + MAX);
    }
    List<Path> files = files(target.toAbsolutePath(), shards);
    Files.createDirectories(files.get(0).getParent());
    List<Path> temporary = new ArrayList<>();
    try {
      List<OutputStream> outs = new ArrayList<>();
      try {
        List<StreamRDF> writers = new ArrayList<>();
        for (Path file : files) {
          Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
          temporary.add(tmp);
          outs.add(Files.newOutputStream(tmp));
          StreamRDF writer = NQuadsStream.to(outs.get(outs.size() - 1));
          writer.start();
          writers.add(writer);
        }
        Txn.executeRead(dataset, () -> {
          List<Node> graphs = new ArrayList<>();
          dataset.listGraphNodes().forEachRemaining(graphs::add);
          graphs.sort(Comparator.comparing(Node::toString));
          for (Node graph : graphs) {
            StreamRDF writer = writers.get(of(graph, shards));
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(writer::quad);
          }
        });
        writers.forEach(StreamRDF::finish);
      } finally {
        for (OutputStream out : outs) {
          out.close();
        }
      }
      for (int i = 0; i < shards; i++) {
        AtomicFiles.replace(temporary.get(i), files.get(i));
      }
      return files;
    } finally {
      for (Path tmp : temporary) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
