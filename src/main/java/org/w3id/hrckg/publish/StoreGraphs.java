package org.w3id.hrckg.publish;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/** The names of a store's named graphs, asked of its SPARQL query endpoint (the Graph Store Protocol cannot list them). */
final class StoreGraphs {

  private final URI endpoint;
  private final Optional<Credentials> credentials;

  StoreGraphs(URI endpoint, Optional<Credentials> credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  Set<Node> list() throws IOException {
    QueryExecHTTPBuilder query = QueryExecHTTP.service(endpoint.toString()).query("SELECT DISTINCT ?g { GRAPH ?g { } }");
    credentials.ifPresent(c -> query.httpHeader("Authorization", c.authorization()));
    Set<Node> names = new HashSet<>();
    try (QueryExecHTTP exec = query.build()) {
      exec.select().forEachRemaining(row -> names.add(row.get("g")));
    } catch (RuntimeException e) {
      throw new IOException("cannot list the graphs of the store at " + endpoint + " to prune: " + e.getMessage(), e);
    }
    return names;
  }
}
