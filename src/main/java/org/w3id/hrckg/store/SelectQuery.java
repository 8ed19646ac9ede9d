package org.w3id.hrckg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** Runs a SELECT query over a dataset and keeps its rows, for the figures and analyses read from a build. */
public final class SelectQuery {

  private SelectQuery() {}

  /** The rows of a SELECT query; call it inside a read transaction. */
  public static List<QuerySolution> rows(DatasetGraph dataset, String query) {
    try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query).build()) {
      List<QuerySolution> out = new ArrayList<>();
      ResultSet.adapt(exec.select()).forEachRemaining(out::add);
      return out;
    }
  }
}
