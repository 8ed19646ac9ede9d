package org.w3id.hrckg.server.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update as the protocol asks, for the writable instance that the W3C update tests write to
 * (the public server refuses every update). Fuseki streams an update into a transactional dataset
 * as it parses it, so that an update whose {@code USING} clashes with the protocol's
 * {@code using-graph-uri} is answered 500; here it is parsed first, and refused with 400. And its
 * relative IRIs resolve against the endpoint's own URL (RFC 3986, 5.1.3), not Fuseki's placeholder
 * base, which queries also use.
 */
public final class ParsedUpdate extends SPARQL_Update {

  private final String base;

  /** @param base the endpoint's URL, the base of the updates' relative IRIs */
  public ParsedUpdate(String base) {
    this.base = base;
  }

  @Override
  protected void execute(HttpAction action, InputStream input) {
    UpdateRequest update = null;
    try {
      update = UpdateFactory.read(using(action), new ByteArrayInputStream(input.readAllBytes()), base, Syntax.syntaxARQ);
    } catch (UpdateException | QueryException e) {
      // The parser reports the clash of USING and using-graph-uri as a QueryException.
      ServletOps.errorBadRequest(e.getMessage());
    } catch (IOException e) {
      ServletOps.errorOccurred(e);
    }
    action.beginWrite();
    try {
      UpdateAction.execute(update, action.getActiveDSG());
      action.commit();
    } catch (RuntimeException e) {
      action.abortSilent();
      throw e;
    } finally {
      action.endWrite();
    }
  }

  /** The graphs the protocol's parameters name for the update's WHERE. */
  private static UsingList using(HttpAction action) {
    UsingList using = new UsingList();
    String[] graphs = action.getRequest().getParameterValues("using-graph-uri");
    String[] named = action.getRequest().getParameterValues("using-named-graph-uri");
    for (String g : graphs == null ? new String[0] : graphs) {
      using.addUsing(NodeFactory.createURI(g));
    }
    for (String g : named == null ? new String[0] : named) {
      using.addUsingNamed(NodeFactory.createURI(g));
    }
    return using;
  }
}
