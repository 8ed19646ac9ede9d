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
import org.w3id.hrckg.server.linkeddata.PathRequests;

/** {@code /.well-known/void}: the dataset description, in the RDF format the client accepts (Turtle by default). */
public final class VoidServlet extends HttpServlet {

  /** The description for a server URL (the one the client reached). */
  private final transient Function<String, Graph> description;

  public VoidServlet(Function<String, Graph> description) {
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
    RDFWriter.source(description.apply(PathRequests.absolute(request, "/"))).format(format.get().format()).output(out);
    Bodies.send(request, response, out.toByteArray(), format.get().contentType());
  }
}
