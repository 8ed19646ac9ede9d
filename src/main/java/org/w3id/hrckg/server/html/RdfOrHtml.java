package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.Representation;

/**
 * The pages that document a graph of their own (the vocabulary, the shapes): HTML, or the graph
 * as RDF when {@code ?format=} (ttl, jsonld, rdf...) or the {@code Accept} header asks for it.
 */
final class RdfOrHtml {

  private RdfOrHtml() {}

  /** The RDF representation a request asks for, if it asks for RDF rather than HTML. */
  static Optional<Representation> rdfAsked(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Vary", "Accept, Accept-Language, Cookie");
    List<Representation> offers = new ArrayList<>(List.of(Representation.HTML));
    offers.addAll(Representation.rdf());
    return Optional.ofNullable(request.getParameter("format")).flatMap(Representation::byExtension)
        .or(() -> ContentNegotiation.choose(request.getHeader("Accept"), offers)).filter(Representation::isRdf);
  }

  /** Sends a graph in an RDF representation. */
  static void send(HttpServletRequest request, HttpServletResponse response, Graph graph, Representation format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(format.format()).output(out);
    Bodies.send(request, response, out.toByteArray(), format.contentType());
  }
}
