package org.w3id.hrckg.server.dataset;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.Representation;

/** {@code /.well-known/void}: the dataset description, in the RDF format the client accepts (Turtle by default). */
public final class VoidServlet extends HttpServlet {

  /** The description for a request (whose links are built from the server's public origin). */
  private final transient Function<HttpServletRequest, Graph> description;

  public VoidServlet(Function<HttpServletRequest, Graph> description) {
    this.description = description;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<Representation> format = ContentNegotiation.choose(request.getHeader("Accept"), Representation.rdf());
    if (format.isEmpty()) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
          "No RDF format matches the Accept header. Offered: " + ContentNegotiation.offered(Representation.rdf()) + ".");
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(description.apply(request)).format(format.get().format()).output(out);
    Bodies.send(request, response, out.toByteArray(), format.get().contentType());
  }
}
