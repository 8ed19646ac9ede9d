package org.w3id.hrckg.server.dataset;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a query over an {@link EndpointDataset} by sending it whole to the endpoint, which plans
 * and evaluates it against its own indexes; ARQ then only turns the rows into the answer (a
 * CONSTRUCT's template, a DESCRIBE's descriptions). A query that is not a SELECT is sent as the
 * SELECT of its pattern, with its modifiers.
 */
final class EndpointQueryEngine {

  private EndpointQueryEngine() {}

  /** Takes the queries over an endpoint dataset, or over a view of one, and no others. */
  static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
      return EndpointDataset.under(dataset) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
      Query sent = rowsOf(input == null || input.isEmpty() ? query : QueryTransformOps.transform(query, BindingLib.bindingToMap(input)));
      QueryExec exec = EndpointDataset.under(dataset).exec(sent);
      ExecutionContext execution = ExecutionContext.create(dataset, context);
      Op op = Algebra.compile(sent);
      return new PlanOp(op, exec::close, QueryIterPlainWrapper.create(exec.select(), execution));
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
      return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
      throw new UnsupportedOperationException("an algebra expression is evaluated here, not sent");
    }
  };

  /** The SELECT whose rows the query's answer is made of. */
  static Query rowsOf(Query query) {
    if (query.isSelectType()) {
      return query;
    }
    Query select = query.cloneQuery();
    if (select.getQueryPattern() == null) {
      select.setQueryPattern(new ElementGroup());
    }
    select.setQuerySelectType();
    select.setQueryResultStar(true);
    if (query.isAskType()) {
      select.setLimit(1);
    }
    return select;
  }
}
