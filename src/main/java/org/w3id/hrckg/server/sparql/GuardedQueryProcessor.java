package org.w3id.hrckg.server.sparql;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation made safe for a public endpoint. Federated queries
 * ({@code SERVICE}) are refused before they run, and the engine is told to refuse them too; every
 * query runs under the timeout; results are read in full, up to a bound, before the first byte is
 * sent, so that a query that times out or gives too much gets an error status instead of a
 * truncated 200. On the read-only endpoint the answers read are kept and given again to the same
 * question ({@link AnswerCache}).
 */
public final class GuardedQueryProcessor extends SPARQL_QueryDataset {

  private final Duration timeout;
  private final long maxResults;
  /** The request attribute that holds the request's {@link AnswerKey}, when its answer may be kept. */
  private static final String KEY = GuardedQueryProcessor.class.getName() + ".key";
  /** The request attribute that holds the written answer found for it, sent instead of running its query. */
  private static final String WRITTEN = GuardedQueryProcessor.class.getName() + ".written";

  private final AnswerCache answers;
  private final Optional<WrittenAnswers> written;

  private GuardedQueryProcessor(Duration timeout, long maxResults, AnswerCache answers, Optional<WrittenAnswers> written) {
    this.timeout = timeout;
    this.maxResults = maxResults;
    this.answers = answers;
    this.written = written;
  }

  /**
   * The processor of the public, read-only endpoint: answers are kept ({@link AnswerCache}), and so
   * are they as written ({@code written}, which {@link BoundedAnswerFilter} fills).
   */
  public static GuardedQueryProcessor readOnly(Duration timeout, long maxResults, WrittenAnswers written) {
    return new GuardedQueryProcessor(timeout, maxResults, AnswerCache.keeping(AnswerCache.defaultTerms()),
        Optional.of(written));
  }

  /** The processor of an endpoint that also takes updates: every query runs. */
  public static GuardedQueryProcessor writable(Duration timeout, long maxResults) {
    return new GuardedQueryProcessor(timeout, maxResults, AnswerCache.none(), Optional.empty());
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    Op algebra = Algebra.compile(query);
    if (usesService(algebra)) {
      ServletOps.error(HttpSC.FORBIDDEN_403,
          "Federated queries (SERVICE) are not allowed on this endpoint: it answers from its own data only.");
    }
    // Compiled once: whether its answer may be kept is read from the same algebra, for executeQuery.
    AnswerKey.of(action, query, algebra).ifPresent(key -> action.getRequest().setAttribute(KEY, key));
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    Context context = Context.mergeCopy(action.getContext(), dataset.getContext());
    context.set(ARQ.httpServiceAllowed, false);
    return QueryExec.newBuilder().dataset(dataset).query(query).context(context)
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
  }

  @Override
  protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
    if (query.isJsonType()) {
      List<JsonObject> items = bounded(exec.execJsonItems(), "items");
      return new QueryExecResult(items.iterator());
    }
    Optional<AnswerKey> key = action.getRequest().getAttribute(KEY) instanceof AnswerKey k ? Optional.of(k) : Optional.empty();
    Optional<WrittenAnswers.Written> before = key.flatMap(k -> written.flatMap(w -> w.find(action.getRequest(), k)));
    if (before.isPresent()) {
      // Fuseki sends what this returns; the answer as written is sent instead, by sendResults.
      action.getRequest().setAttribute(WRITTEN, before.get());
      return new QueryExecResult(true);
    }
    Supplier<Answer> read = () -> read(exec, query);
    return key.map(k -> answers.get(k, read)).orElseGet(read).result();
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    if (!(action.getRequest().getAttribute(WRITTEN) instanceof WrittenAnswers.Written before)) {
      super.sendResults(action, result, prologue);
      return;
    }
    try {
      before.send(action.getResponse());
    } catch (IOException e) {
      ServletOps.errorOccurred(e);
    }
  }

  /**
   * Runs the query and reads its answer in full. A failure once the query's time is up is its
   * timeout: ARQ stops a query by closing its iterators, and one may fail while closing (Jena
   * 5.6's hash join, closed before it built its table, throws a NullPointerException in place of
   * the cancellation), which would otherwise turn the timeout's 503 into a 500.
   */
  private Answer read(QueryExec exec, Query query) {
    long started = System.nanoTime();
    try {
      return readAll(exec, query);
    } catch (QueryCancelledException | ActionErrorException e) {
      throw e;
    } catch (RuntimeException e) {
      if (System.nanoTime() - started < timeout.toNanos()) {
        throw e;
      }
      QueryCancelledException timedOut = new QueryCancelledException();
      timedOut.initCause(e);
      throw timedOut;
    }
  }

  private Answer readAll(QueryExec exec, Query query) {
    if (query.isSelectType()) {
      RowSet rows = exec.select();
      return new Answer.Rows(rows.getResultVars(), bounded(rows, "rows"));
    }
    if (query.isConstructType()) {
      return new Answer.Quads(bounded(exec.constructQuads(), "triples"));
    }
    if (query.isDescribeType()) {
      return new Answer.Triples(bounded(exec.describeTriples(), "triples"));
    }
    return new Answer.Truth(exec.ask());
  }

  /** Reads a result in full, refusing it past the bound. */
  private <T> List<T> bounded(Iterator<T> results, String what) {
    List<T> read = new ArrayList<>();
    while (results.hasNext()) {
      if (read.size() >= maxResults) {
        ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "The query gives more than " + maxResults + " " + what
            + ", the most this endpoint returns at once: add LIMIT " + maxResults + " (or less) and page with OFFSET.");
      }
      read.add(results.next());
    }
    return read;
  }

  /** Whether the query holds SERVICE anywhere: in its pattern, a subquery or an EXISTS filter. */
  static boolean usesService(Op algebra) {
    boolean[] found = {false};
    Walker.walk(algebra, new OpVisitorBase() {
      @Override
      public void visit(OpService op) {
        found[0] = true;
      }
    }, null);
    return found[0];
  }
}
