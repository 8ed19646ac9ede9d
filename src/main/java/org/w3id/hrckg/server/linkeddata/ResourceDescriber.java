package org.w3id.hrckg.server.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The RDF a thing dereferences to: what is said of it, the parts minted under its IRI (a
 * document's paragraphs, citations, sponsorships, outputs; a paragraph's citations), what points
 * to it (the citations of a document, the sponsorships of a State) with those pointers' own
 * statements, and a label for every resource the description links to. Call it inside a read
 * transaction.
 *
 * <p>The labels of the resources linked are kept once looked up (the data of a running server does
 * not change, as for {@link RenderedCache}): a session, a State or a much cited document is
 * labelled in the graph of every text that names it, so that one look-up reads as many statements
 * as there are such texts, and most descriptions link to some of them.
 */
public final class ResourceDescriber {

  /** Incoming links kept, at most: the most cited document stays a page a browser can show. */
  static final int MAX_INCOMING = 5_000;

  /** Resources whose labels are kept, at most: a few statements each. */
  private static final int LABELLED = 100_000;

  private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

  private final DatasetGraph dataset;
  private final Cache<Node, List<Triple>> labels = CacheFactory.createCache(LABELLED);

  public ResourceDescriber(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /** The description, or empty when the dataset says nothing of the thing. */
  public Optional<Graph> describe(String iri) {
    Node thing = NodeFactory.createURI(iri);
    if (!dataset.find(Node.ANY, thing, Node.ANY, Node.ANY).hasNext()) {
      return Optional.empty();
    }
    Graph g = GraphFactory.createDefaultGraph();
    dataset.prefixes().forEach(g.getPrefixMapping()::setNsPrefix);
    Set<Node> whole = new HashSet<>();
    statementsOf(thing, g, whole);
    parts(iri).forEach(part -> statementsOf(part, g, whole));
    for (Node source : incoming(thing, g)) {
      if (isPart(source)) {
        statementsOf(source, g, whole);
        ancestry(source, g);
      } else {
        dataset.find(Node.ANY, source, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
      }
    }
    labelLinked(g, whole);
    return Optional.of(g);
  }

  /** Copies every statement of a subject, and notes it among those whose labels are all in hand. */
  private void statementsOf(Node subject, Graph g, Set<Node> whole) {
    dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
    whole.add(subject);
  }

  /** The resources minted under the thing's IRI, found in the graph of the document that holds it. */
  private List<Node> parts(String iri) {
    Node graph = documentGraph(iri);
    if (graph == null) {
      return List.of();
    }
    Set<Node> parts = new HashSet<>();
    String prefix = iri + "/";
    dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
      if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(prefix)) {
        parts.add(q.getSubject());
      }
    });
    return new ArrayList<>(parts);
  }

  /**
   * Whether a resource is a part of a document (a paragraph, citation, sponsorship...): its own
   * statements say how it points in. A whole document that points in is named, not copied.
   */
  private boolean isPart(Node resource) {
    Node graph = documentGraph(resource.getURI());
    return graph != null && !graph.equals(resource);
  }

  /** The named graph whose name is the IRI or its nearest prefix: the document it belongs to. */
  private Node documentGraph(String iri) {
    for (int cut = iri.length(); cut > 0; cut = iri.lastIndexOf('/', cut - 1)) {
      Node candidate = NodeFactory.createURI(iri.substring(0, cut));
      if (dataset.containsGraph(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Links a part to the document it belongs to, through the resources its IRI extends (a citation
   * to its paragraph, the paragraph to its document), so that a consumer sees where an incoming
   * link comes from.
   */
  private void ancestry(Node part, Graph g) {
    Node graph = documentGraph(part.getURI());
    if (graph == null) {
      return;
    }
    String iri = part.getURI();
    Node child = part;
    for (int cut = iri.lastIndexOf('/'); cut > 0 && !child.equals(graph); cut = iri.lastIndexOf('/', cut - 1)) {
      Node ancestor = NodeFactory.createURI(iri.substring(0, cut));
      if (dataset.contains(graph, ancestor, RDF.type.asNode(), Node.ANY)) {
        Node down = child;
        dataset.find(graph, ancestor, Node.ANY, down).forEachRemaining(q -> g.add(q.asTriple()));
        dataset.find(graph, ancestor, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        // The document's date of adoption: when the incoming link was made (a mandate's timeline).
        dataset.find(graph, ancestor, Hrc.adoptionDate.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        dataset.find(graph, down, Node.ANY, ancestor).forEachRemaining(q -> g.add(q.asTriple()));
        child = ancestor;
      }
    }
  }

  /** Adds the statements that point to the thing, and returns the resources that make them. */
  private Set<Node> incoming(Node thing, Graph g) {
    Set<Node> sources = new HashSet<>();
    var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, thing);
    int n = 0;
    while (it.hasNext() && n < MAX_INCOMING) {
      Quad q = it.next();
      if (!isLabelLike(q.getPredicate()) && q.getSubject().isURI()) {
        g.add(q.asTriple());
        sources.add(q.getSubject());
        n++;
      }
    }
    return sources;
  }

  /**
   * Adds the labels of the resources linked, but those whose statements were all copied (the thing,
   * its parts: mostly unlabelled paragraphs): what the dataset has of their labels is in hand already.
   */
  private void labelLinked(Graph g, Set<Node> whole) {
    Set<Node> linked = new HashSet<>();
    g.find().forEachRemaining(t -> {
      linked.add(t.getSubject());
      linked.add(t.getObject());
      linked.add(t.getPredicate());
    });
    for (Node n : linked) {
      if (n.isURI() && !whole.contains(n) && !hasLabel(g, n)) {
        labels.get(n, this::labelsOf).forEach(g::add);
      }
    }
  }

  /** What the dataset says of a resource's labels, in any graph, each statement once, in the order found. */
  private List<Triple> labelsOf(Node resource) {
    Set<Triple> found = new LinkedHashSet<>();
    for (Node p : LABELS) {
      dataset.find(Node.ANY, resource, p, Node.ANY).forEachRemaining(q -> found.add(Triple.create(resource, p, q.getObject())));
    }
    return List.copyOf(found);
  }

  private static boolean hasLabel(Graph g, Node n) {
    return LABELS.stream().anyMatch(p -> g.contains(n, p, Node.ANY));
  }

  private static boolean isLabelLike(Node predicate) {
    return LABELS.contains(predicate);
  }
}
