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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;

/**
 * A validation report as the build's quality graph, with no blank nodes: every node of the report
 * (the report itself, each result, a path) gets an IRI under the quality graph's, minted from what
 * it says (its properties and values, recursively). The same data therefore always gives the same
 * quality graph, byte for byte, and a user can link to a finding.
 */
public final class QualityGraph {

  private final String base;
  private final Graph report;
  private final Map<Node, Node> named = new HashMap<>();

  private QualityGraph(Graph report, String base) {
    this.report = report;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /**
   * The report's triples with its blank nodes named, sorted by their N-Triples form: the report's
   * own graph iterates in the order of its blank nodes' hashes, which change from run to run.
   *
   * @param base the IRI of the quality graph, under which the nodes are named
   */
  public static List<Triple> of(ValidationReport report, String base) {
    return new QualityGraph(report.getGraph(), base).named();
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
    Node iri = named.get(n);
    if (iri == null) {
      iri = NodeFactory.createURI(base + "finding/" + digest(n));
      named.put(n, iri);
    }
    return iri;
  }

  /** A digest of what a blank node says: its properties and values, sorted, with blank values named first. */
  private String digest(Node blank) {
    List<String> lines = new ArrayList<>();
    report.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
      Node o = t.getObject();
      lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(o.isBlank() ? name(o) : o));
    });
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
