package org.w3id.hrckg.validate;

import static org.apache.jena.shacl.lib.ShLib.displayStr;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ReportConstraint;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Jena's constraints that cost the most for every document, answered with less work and the same
 * results, messages and components.
 *
 * <ul>
 *   <li>Those that ask whether a node conforms to another shape ({@code sh:or}, {@code sh:not},
 *       {@code sh:qualifiedValueShape}): Jena validates the node against the other shape in a
 *       context of its own and then builds that context's report, an RDF model (even for a node
 *       that conforms), only to ask whether it has entries; a context has entries exactly when it
 *       saw one ({@link ValidationContext#hasViolation}), which is asked here instead.
 *   <li>{@code sh:class}: Jena gathers every type of the value node and all their superclasses,
 *       then looks for the class among them; here the search stops at the class (its direct type,
 *       most often), and a value not of the class gets Jena's result.
 *   <li>Inside those sub-validations, whose reports no one reads, the three write no message.
 * </ul>
 */
final class LeanConstraints {

  private LeanConstraints() {}

  /** Replaces, in every shape reachable from the parsed shapes, the constraints that build sub-reports. */
  static Shapes install(Shapes shapes) {
    Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    shapes.getShapeMap().values().forEach(s -> install(s, seen));
    shapes.getTargetShapes().forEach(s -> install(s, seen));
    return shapes;
  }

  private static void install(Shape shape, Set<Shape> seen) {
    if (!seen.add(shape)) {
      return;
    }
    // The parser keeps each shape's constraints in a list of its own.
    ((List<Constraint>) shape.getConstraints()).replaceAll(LeanConstraints::answered);
    for (Constraint c : shape.getConstraints()) {
      if (c instanceof Or or) {
        or.getOthers().forEach(s -> install(s, seen));
      } else if (c instanceof Not not) {
        install(not.getOther(), seen);
      } else if (c instanceof Qualified q) {
        install(q.getSub(), seen);
      }
    }
    shape.getPropertyShapes().forEach(s -> install(s, seen));
  }

  private static Constraint answered(Constraint c) {
    if (c instanceof ShOr or && !(c instanceof Or)) {
      return new Or(or.getOthers());
    }
    if (c instanceof ShNot not && !(c instanceof Not)) {
      return new Not(not.getOther());
    }
    if (c instanceof QualifiedValueShape q && !(c instanceof Qualified) && !q.qDisjoint()) {
      return new Qualified(q.getSub(), q.qMin(), q.qMax());
    }
    if (c instanceof ClassConstraint k && !(c instanceof OfClass)) {
      return new OfClass(k.getExpectedClass());
    }
    return c;
  }

  /**
   * How deep this thread is in validations whose report no one reads ({@link #conforms}): their
   * results' messages are never seen, and are not written.
   */
  private static final ThreadLocal<int[]> UNREAD = ThreadLocal.withInitial(() -> new int[1]);

  /** The message of a result in a validation whose report no one reads. */
  static final String UNSEEN = "(unread)";

  /** Whether a node conforms to a shape, as Jena's sub-validations tell it, without their report. */
  static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node node) {
    ValidationContext inner = ValidationContext.create(vCxt);
    int[] depth = UNREAD.get();
    depth[0]++;
    try {
      ValidationProc.execValidateShape(inner, data, shape, node);
    } finally {
      depth[0]--;
    }
    return !inner.hasViolation();
  }

  /** A result's message, or {@link #UNSEEN} where no one reads it. */
  static String message(Supplier<String> message) {
    return UNREAD.get()[0] > 0 ? UNSEEN : message.get();
  }

  /** {@code sh:class}: whether the class is among the types and superclasses of the node's types, the search stopping there. */
  static final class OfClass extends ClassConstraint {
    OfClass(Node expectedClass) {
      super(expectedClass);
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node focusNode) {
      if (!focusNode.isLiteral() && ofClass(data, focusNode, getExpectedClass())) {
        return null;
      }
      // Jena's result, word for word.
      return new ReportItem(message(() -> this + ": Expected class :" + displayStr(getExpectedClass()) + " for " + displayStr(focusNode)),
          focusNode);
    }

    /** As Jena: the node's {@code rdf:type}s and what they reach by {@code rdfs:subClassOf}, themselves included. */
    private static boolean ofClass(Graph data, Node node, Node expected) {
      if (data.contains(node, RDF.type.asNode(), expected)) {
        return true;
      }
      Deque<Node> next = new ArrayDeque<>();
      data.find(node, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> next.add(t.getObject()));
      Set<Node> seen = new HashSet<>();
      while (!next.isEmpty()) {
        Node type = next.poll();
        if (type.equals(expected)) {
          return true;
        }
        if (seen.add(type)) {
          data.find(type, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> next.add(t.getObject()));
        }
      }
      return false;
    }
  }

  /** {@code sh:or}: Jena's, the alternatives tried in order. */
  static final class Or extends ShOr {
    Or(List<Shape> others) {
      super(others);
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
      for (Shape other : others) {
        if (conforms(vCxt, data, other, node)) {
          return null;
        }
      }
      return new ReportItem(message(() -> this + " at focusNode " + displayStr(node)), node);
    }
  }

  /** {@code sh:not}: Jena's. */
  static final class Not extends ShNot {
    Not(Shape other) {
      super(other);
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
      return conforms(vCxt, data, other, node) ? new ReportItem(message(() -> "Not[" + other + "] at focusNode " + displayStr(node)), node)
          : null;
    }
  }

  /**
   * {@code sh:qualifiedValueShape} without {@code sh:qualifiedValueShapesDisjoint} (which keeps
   * Jena's own): the value nodes that conform counted against the minimum and the maximum. The
   * build's validation listens to no events, so none is sent.
   */
  static final class Qualified extends QualifiedValueShape {
    Qualified(Shape sub, int qMin, int qMax) {
      super(sub, qMin, qMax, false);
    }

    @Override
    public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path,
        Set<Node> valueNodes) {
      int conforming = 0;
      for (Node v : valueNodes) {
        // Jena validates each value against the data graph of the context.
        conforming += conforms(vCxt, vCxt.getDataGraph(), getSub(), v) ? 1 : 0;
      }
      if (qMin() >= 0 && qMin() > conforming) {
        vCxt.reportEntry(this + ": Min = " + qMin() + " but got " + conforming + " validations", shape, focusNode, path, null,
            new ReportConstraint(SHACL.QualifiedMinCountConstraintComponent));
      }
      if (qMax() >= 0 && qMax() < conforming) {
        vCxt.reportEntry(this + ": Max = " + qMax() + " but got " + conforming + " validations", shape, focusNode, path, null,
            new ReportConstraint(SHACL.QualifiedMaxCountConstraintComponent));
      }
    }
  }
}
