package org.w3id.hrckg.publish;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The document graphs a store holds that a publish did not send: those of documents removed from
 * the corpus. Only graphs under the build's own document prefix ({@code {base}id/doc/}, the base
 * read from the build's reference graph {@code {base}id/graph/reference}) are stale; anything else
 * in the store (other datasets, other bases) is not the build's to delete.
 */
final class StaleGraphs {

  private static final String REFERENCE = "id/graph/reference";

  private StaleGraphs() {}

  /** The stale graphs, in the order of their IRIs; none when the publish sent no reference graph. */
  static Set<Node> of(Set<Node> sent, Set<Node> stored) {
    Set<Node> stale = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    sent.stream().filter(Node::isURI).map(Node::getURI).filter(g -> g.endsWith(REFERENCE)).findFirst().ifPresent(reference -> {
      String documents = reference.substring(0, reference.length() - REFERENCE.length()) + "id/doc/";
      stored.stream().filter(g -> g.isURI() && g.getURI().startsWith(documents) && !sent.contains(g)).forEach(stale::add);
    });
    return stale;
  }
}
