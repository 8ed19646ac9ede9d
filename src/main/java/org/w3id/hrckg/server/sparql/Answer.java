package org.w3id.hrckg.server.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A query's answer read in full and detached from the store's transaction, so that it can be
 * written again, in any format asked for, by a later request. Each kind knows its size in RDF
 * terms, the measure of what {@link AnswerCache} keeps.
 */
sealed interface Answer {

  /** The answer as Fuseki writes it, new for each request. */
  QueryExecResult result();

  /** How many RDF terms it holds. */
  long terms();

  /** A SELECT's rows. */
  record Rows(List<Var> vars, List<Binding> rows) implements Answer {
    public Rows {
      vars = List.copyOf(vars);
      rows = rows.stream().map(Binding::detach).toList();
    }

    @Override
    public QueryExecResult result() {
      return new QueryExecResult(RowSetStream.create(vars, rows.iterator()));
    }

    @Override
    public long terms() {
      return (long) rows.size() * Math.max(1, vars.size());
    }
  }

  /** A CONSTRUCT's quads. */
  record Quads(List<Quad> quads) implements Answer {
    public Quads {
      quads = List.copyOf(quads);
    }

    @Override
    public QueryExecResult result() {
      DatasetGraph dataset = DatasetGraphFactory.create();
      quads.forEach(dataset::add);
      return new QueryExecResult(dataset);
    }

    @Override
    public long terms() {
      return 4L * quads.size();
    }
  }

  /** A DESCRIBE's triples. */
  record Triples(List<Triple> triples) implements Answer {
    public Triples {
      triples = List.copyOf(triples);
    }

    @Override
    public QueryExecResult result() {
      Graph graph = GraphFactory.createDefaultGraph();
      triples.forEach(graph::add);
      return new QueryExecResult(graph);
    }

    @Override
    public long terms() {
      return 3L * triples.size();
    }
  }

  /** An ASK's answer. */
  record Truth(boolean value) implements Answer {
    @Override
    public QueryExecResult result() {
      return new QueryExecResult(value);
    }

    @Override
    public long terms() {
      return 1;
    }
  }
}
