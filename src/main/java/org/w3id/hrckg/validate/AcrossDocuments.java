package org.w3id.hrckg.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hrckg.vocab.Hrc;

/**
 * What works say about things outside themselves (cited documents, sessions, drafts, and their
 * citations reduced to a cited document and a stated date), gathered work by work for the shapes
 * that look across documents: each work's own graph is validated alone
 * ({@link ShapesValidator#validateDocument}), and what is gathered here last, so that memory holds
 * one work at a time and what crosses works. The build and {@code report} gather it the same way.
 */
public final class AcrossDocuments {

  /**
   * What one work's graph gives: what it says about things outside the work, and its links to them
   * (with the linking nodes' types) as context for the shapes that follow inverse paths.
   */
  public record Part(List<Triple> shared, List<Triple> links) {

    /** The part of the graph of the work {@code work} (its IRI, which the IRIs of its paragraphs extend). */
    public static Part of(String work, Graph graph) {
      List<Triple> shared = AcrossDocuments.shared(work, graph);
      return new Part(shared, AcrossDocuments.links(work, graph, shared));
    }
  }

  private final Graph shared = GraphFactory.createDefaultGraph();
  private final Graph links = GraphFactory.createDefaultGraph();

  /** Gathers one work's part. */
  public void add(Part part) {
    part.shared().forEach(shared::add);
    part.links().forEach(links::add);
  }

  /**
   * The validations left once every work was validated alone: the context itself (the ontology and
   * the reference data), and what the works say about things outside themselves, over their links
   * and the context.
   */
  public List<ShapesValidator.Outcome> validate(Graph context) {
    return List.of(ShapesValidator.validateAcross(context, context),
        ShapesValidator.validateAcross(shared, new GraphOverlay(links, context)));
  }

  private static List<Triple> shared(String work, Graph graph) {
    List<Triple> shared = new ArrayList<>();
    graph.find().forEachRemaining(t -> {
      if (!within(work, t.getSubject())) {
        shared.add(t);
      }
    });
    Node cites = Hrc.citedDocument.asNode();
    Node stated = Hrc.statedDate.asNode();
    graph.find(Node.ANY, cites, Node.ANY).forEachRemaining(c -> graph.find(c.getSubject(), stated, Node.ANY)
        .forEachRemaining(d -> {
          Node citing = NodeFactory.createURI(c.getObject().getURI() + "#stated-" + d.getObject().getLiteralLexicalForm());
          shared.add(Triple.create(citing, cites, c.getObject()));
          shared.add(Triple.create(citing, stated, d.getObject()));
        }));
    return shared;
  }

  private static List<Triple> links(String work, Graph graph, List<Triple> shared) {
    Set<Node> outside = new LinkedHashSet<>();
    shared.forEach(t -> outside.add(t.getSubject()));
    List<Triple> links = new ArrayList<>();
    Set<Node> linking = new LinkedHashSet<>();
    for (Node node : outside) {
      graph.find(Node.ANY, Node.ANY, node).forEachRemaining(t -> {
        if (within(work, t.getSubject())) {
          links.add(t);
          linking.add(t.getSubject());
        }
      });
    }
    linking.forEach(n -> graph.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(links::add));
    return links;
  }

  private static boolean within(String work, Node subject) {
    return subject.isURI() && (subject.getURI().equals(work) || subject.getURI().startsWith(work + "/"));
  }
}
