package org.w3id.hrckg.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A validation report as the build's quality graph, with no blank nodes: every node of the report
 * (the report itself, each result, a path) gets an IRI under the quality graph's, minted from what
 * it says (its properties and values, recursively). The same data therefore always gives the same
 * quality graph, byte for byte, and a user can link to a finding. The same naming gives the
 * report's Turtle, blank nodes and all, in an order that does not change from run to run.
 */
public final class QualityGraph {

  private final Graph report;
  private final Function<String, Node> mint;
  private final Map<Node, Node> named = new HashMap<>();

  /** @param mint the node that stands for a blank node, from the digest of what it says */
  private QualityGraph(Graph report, Function<String, Node> mint) {
    this.report = report;
    this.mint = mint;
  }

  /**
   * The report's triples with its blank nodes named, sorted by their N-Triples form: the report's
   * own graph iterates in the order of its blank nodes' hashes, which change from run to run.
   *
   * @param base the IRI of the quality graph, under which the nodes are named
   */
  public static List<Triple> of(ValidationReport report, String base) {
    String under = (base.endsWith("/") ? base : base + "/") + "finding/";
    return new QualityGraph(report.getGraph(), digest -> NodeFactory.createURI(under + digest)).named();
  }

  /**
   * The report as a graph that writes the same Turtle for the same report: blank nodes still, each
   * labelled by what it says and where it hangs, and added in order. Writers list a node's values
   * in the order of their hashes, and a blank node's hash is its label's, which Jena draws at
   * random. Where it hangs keeps apart two results' paths that say the same, as the report has
   * them: one node would be written apart, labelled, instead of inside each result.
   */
  public static Graph stable(ValidationReport report) {
    QualityGraph q = new QualityGraph(report.getGraph(), NodeFactory::createBlankNode);
    Map<Node, Node> labels = new HashMap<>();
    List<Triple> triples = new ArrayList<>();
    report.getGraph().find().forEachRemaining(t -> triples.add(
        Triple.create(q.placed(t.getSubject(), labels), t.getPredicate(), q.placed(t.getObject(), labels))));
    triples.sort(Comparator.comparing(QualityGraph::ntriples));
    Graph out = GraphFactory.createDefaultGraph();
    out.getPrefixMapping().setNsPrefixes(report.getGraph().getPrefixMapping());
    triples.forEach(out::add);
    return out;
  }

  /** A blank node labelled by what it says and by the node and property it is the value of. */
  private Node placed(Node n, Map<Node, Node> labels) {
    if (!n.isBlank()) {
      return n;
    }
    Node label = labels.get(n);
    if (label == null) {
      String place = report.find(Node.ANY, Node.ANY, n).nextOptional()
          .map(t -> NodeFmtLib.strNT(placed(t.getSubject(), labels)) + " " + NodeFmtLib.strNT(t.getPredicate())).orElse("");
      label = NodeFactory.createBlankNode(sha(List.of(place, digest(n))));
      labels.put(n, label);
    }
    return label;
  }

  private List<Triple> named() {
    List<Triple> out = new ArrayList<>();
    report.find().forEachRemaining(t -> out.add(Triple.create(name(t.getSubject()), t.getPredicate(), name(t.getObject()))));
    out.sort(Comparator.comparing(QualityGraph::ntriples));
    return out;
  }

  private static String ntriples(Triple t) {
    return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject());
  }

  private Node name(Node n) {
    if (!n.isBlank()) {
      return n;
    }
    Node minted = named.get(n);
    if (minted == null) {
      minted = mint.apply(digest(n));
      named.put(n, minted);
    }
    return minted;
  }

  /** A digest of what a blank node says: its properties and values, sorted, with blank values named first. */
  private String digest(Node blank) {
    List<String> lines = new ArrayList<>();
    report.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
      Node o = t.getObject();
      lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(o.isBlank() ? name(o) : o));
    });
    lines.sort(null);
    return sha(lines);
  }

  private static String sha(List<String> lines) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
