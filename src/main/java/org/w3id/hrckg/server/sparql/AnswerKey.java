package org.w3id.hrckg.server.sparql;

import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.vocabulary.XSD;

/**
 * What makes two SPARQL requests the same question: the query, as Jena writes it back once parsed
 * (so that spacing and comments do not matter), and the graphs the protocol names for its dataset.
 *
 * @param query the parsed query written out, its own FROM and FROM NAMED included
 * @param defaultGraphs the protocol's {@code default-graph-uri}s
 * @param namedGraphs the protocol's {@code named-graph-uri}s
 */
record AnswerKey(String query, List<String> defaultGraphs, List<String> namedGraphs) {

  /**
   * The key of a request, or none for a query whose answer may change from one run to the next on
   * the same data: one that asks the time ({@code NOW()}), random numbers or new identifiers
   * ({@code RAND()}, {@code UUID()}, {@code STRUUID()}, {@code BNODE()}), or calls a function the
   * standard does not define (its casts, {@code xsd:integer(?x)} and the like, are standard).
   */
  static Optional<AnswerKey> of(HttpAction action, Query query, Op algebra) {
    return of(query, algebra, SPARQLProtocol.getProtocolDatasetDescription(action));
  }

  /**
   * The key of a query (its algebra compiled from it) asked with the protocol's dataset graphs
   * ({@code null} when it names none).
   */
  static Optional<AnswerKey> of(Query query, Op algebra, DatasetDescription graphs) {
    if (varies(algebra)) {
      return Optional.empty();
    }
    return Optional.of(graphs == null
        ? new AnswerKey(query.serialize(), List.of(), List.of())
        : new AnswerKey(query.serialize(), graphs.getDefaultGraphURIs(), graphs.getNamedGraphURIs()));
  }

  /** Whether the query holds, anywhere (sub-queries, EXISTS, aggregates, ORDER BY), a function whose value varies. */
  static boolean varies(Op algebra) {
    VaryingFunctions found = new VaryingFunctions();
    // Jena's walker does not go into the expressions of aggregates and sort conditions: they are walked here.
    Walker.walk(algebra, new OpVisitorBase() {
      @Override
      public void visit(OpGroup group) {
        group.getAggregators().forEach(aggregate -> aggregate.visit(found));
      }

      @Override
      public void visit(OpOrder order) {
        order.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), found));
      }
    }, found);
    return found.seen;
  }

  /** Notes a call of a function whose value varies from one run to the next. */
  private static final class VaryingFunctions extends ExprVisitorBase {
    private boolean seen;

    @Override
    public void visit(ExprFunction0 function) {
      note(function);
    }

    @Override
    public void visit(ExprFunction1 function) {
      note(function);
    }

    @Override
    public void visit(ExprFunctionN function) {
      note(function);
    }

    @Override
    public void visit(ExprAggregator aggregate) {
      ExprList inside = aggregate.getAggregator().getExprList();
      if (inside != null) {
        Walker.walk(inside, this);
      }
    }

    private void note(Expr function) {
      seen |= function instanceof Unstable || function instanceof E_Now
          || function instanceof E_Function call && !call.getFunctionIRI().startsWith(XSD.getURI());
    }
  }

  AnswerKey {
    defaultGraphs = List.copyOf(defaultGraphs);
    namedGraphs = List.copyOf(namedGraphs);
  }
}
