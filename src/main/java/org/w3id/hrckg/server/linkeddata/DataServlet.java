package org.w3id.hrckg.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.Representation;

/**
 * {@code data/X}: the RDF of a thing, in the format the extension names ({@code data/X.ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .trig}) or else the one {@code Accept}
 * negotiates (then with {@code Content-Location}, the URL of the format chosen); with an entity
 * tag, and a link to the thing's page.
 */
public final class DataServlet extends HttpServlet {

  private final transient ServedData data;
  private final transient RenderedCache rendered = new RenderedCache();

  public DataServlet(ServedData data) {
    this.data = data;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String rest = PathRequests.rest(request, ResourcePaths.DATA);
    Optional<Representation> named = extension(rest);
    if (named.isPresent()) {
      rest = rest.substring(0, rest.length() - named.get().extension().length() - 1);
    } else {
      response.setHeader("Vary", "Accept");
    }
    String iri = data.paths().thing(rest);
    if (rest.isEmpty() || !data.knows(iri)) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "The dataset says nothing of " + iri + ".");
      return;
    }
    Optional<Representation> format = named.or(() -> ContentNegotiation.choose(request.getHeader("Accept"), Representation.rdf()));
    if (format.isEmpty()) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "No RDF format matches the Accept header. Offered: "
          + ContentNegotiation.offered(Representation.rdf()) + " (and text/html at " + data.paths().page(iri).orElseThrow() + ").");
      return;
    }
    Optional<Bodies.Tagged> body = rendered.get(iri, format.get(), () -> data.describe(iri).map(g -> write(g, format.get())));
    if (body.isEmpty()) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "The dataset says nothing of " + iri + ".");
      return;
    }
    response.setHeader("Link", "<" + data.paths().page(iri).orElseThrow() + ">; rel=\"alternate\"; type=\"text/html\"");
    if (named.isEmpty()) {
      response.setHeader("Content-Location", data.paths().data(iri, format.get()).orElseThrow());
    }
    Bodies.send(request, response, body.get());
  }

  private static byte[] write(Graph graph, Representation format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(format.format()).output(out);
    return out.toByteArray();
  }

  private static Optional<Representation> extension(String rest) {
    int dot = rest.lastIndexOf('.');
    return dot > rest.lastIndexOf('/') ? Representation.byExtension(rest.substring(dot + 1)) : Optional.empty();
  }
}
