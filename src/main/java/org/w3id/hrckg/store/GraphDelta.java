package org.w3id.hrckg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.pipeline.TemporaryFiles;
import org.w3id.hrckg.search.SearchIndex;

/**
 * A build onto a copy of the generation it starts from: the graphs that differ from that build's
 * ({@link GraphRuns}) are set aside on disk as they stream, so that memory grows with what changed
 * and not with the corpus; then, in one write transaction, the previous version of each changed
 * graph and every graph no longer built are dropped and the new versions added. What the change
 * means for the full-text index is worked out in the same transaction, before and after.
 */
final class GraphDelta implements AutoCloseable {

  /**
   * Past this share of the previous build's graphs written or dropped, the full-text index is
   * built anew rather than updated: the statements an update touches are held in memory, and
   * filling the index costs less than deleting and adding most of what it holds.
   */
  private static final double UPDATE_SHARE = 0.10;

  private final Path file;
  private final OutputStream out;
  private final GraphRuns runs;

  private GraphDelta(Path file, GraphLedger previous) throws IOException {
    this.file = file;
    this.out = new BufferedOutputStream(Files.newOutputStream(file));
    this.runs = new GraphRuns(StreamRDFWriter.getWriterStream(out, Lang.NQUADS), previous);
  }

  /** A delta over the build a ledger describes. */
  static GraphDelta over(GraphLedger previous) throws IOException {
    return new GraphDelta(TemporaryFiles.file(TemporaryFiles.Kind.DELTA, ".nq"), previous);
  }

  /** Where the pipeline streams the build. */
  StreamRDF stream() {
    return runs;
  }

  /** The ledger of the build streamed. */
  GraphLedger ledger() {
    return runs.ledger();
  }

  /** How many graphs differ from the previous build's: new or changed. */
  int changed() {
    return runs.changed().size();
  }

  /**
   * Applies what changed to the dataset of the previous build, once the build has been streamed;
   * returns what that changes for the full-text index, unless so much changed that the index is
   * better built anew.
   */
  Optional<SearchChanges> applyTo(DatasetGraph dataset) throws IOException {
    out.close();
    List<Node> dropped = new ArrayList<>();
    runs.changed().stream().filter(runs::previousHolds).forEach(dropped::add);
    runs.gone().forEach(name -> dropped.add(NodeFactory.createURI(name)));
    boolean update = runs.changed().size() + runs.gone().size() <= UPDATE_SHARE * runs.previousGraphs();
    return Txn.calculateWrite(dataset, () -> {
      Set<Triple> touched = update ? indexedStatements(dataset, dropped) : Set.of();
      Graph union = dataset.getUnionGraph();
      Set<Triple> before = held(touched, union);
      dropped.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
      StreamRDF into = StreamRDFLib.dataset(dataset);
      read(into::quad);
      Set<Triple> after = held(touched, union);
      return update ? Optional.of(new SearchChanges(without(before, after), without(after, before))) : Optional.empty();
    });
  }

  /** The indexed statements of the graphs dropped and of the graphs set aside: those whose place in the index may change. */
  private Set<Triple> indexedStatements(DatasetGraph dataset, List<Node> dropped) {
    List<Node> properties = SearchIndex.properties();
    Set<Triple> touched = new LinkedHashSet<>();
    for (Node g : dropped) {
      for (Node p : properties) {
        dataset.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> touched.add(q.asTriple()));
      }
    }
    read(q -> {
      if (properties.contains(q.getPredicate())) {
        touched.add(q.asTriple());
      }
    });
    return touched;
  }

  private static Set<Triple> held(Set<Triple> statements, Graph union) {
    Set<Triple> held = new LinkedHashSet<>();
    statements.stream().filter(union::contains).forEach(held::add);
    return held;
  }

  private static Set<Triple> without(Set<Triple> these, Set<Triple> those) {
    Set<Triple> rest = new LinkedHashSet<>(these);
    rest.removeAll(those);
    return rest;
  }

  /** Reads back the graphs set aside. */
  private void read(Consumer<Quad> each) {
    RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        each.accept(quad);
      }
    });
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(file);
  }
}
