package org.w3id.hrckg.server.linkeddata;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The dataset a server reads, with the paths its things are served under; every read in a transaction. */
public final class ServedData {

  private final DatasetGraph dataset;
  private final ResourcePaths paths;
  private final ResourceDescriber describer;

  public ServedData(DatasetGraph dataset, ResourcePaths paths) {
    this.dataset = dataset;
    this.paths = paths;
    this.describer = new ResourceDescriber(dataset);
  }

  public DatasetGraph dataset() {
    return dataset;
  }

  public ResourcePaths paths() {
    return paths;
  }

  /** Runs a read in a transaction of its own. */
  public <T> T read(Supplier<T> action) {
    return Txn.calculateRead(dataset, action);
  }

  /** Whether the data says anything of a thing. */
  public boolean knows(String iri) {
    return read(() -> dataset.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY).hasNext());
  }

  /** The description of a thing, read in a transaction; empty when the data says nothing of it. */
  public Optional<Graph> describe(String iri) {
    return read(() -> describer.describe(iri));
  }
}
