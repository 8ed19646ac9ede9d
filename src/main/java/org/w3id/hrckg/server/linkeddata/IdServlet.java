package org.w3id.hrckg.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.PublicOrigins;
import org.w3id.hrckg.server.http.Representation;

/**
 * {@code id/X}, the URI of a thing (not a document about it): answers {@code 303 See Other} to
 * its page for browsers and to its data in the negotiated RDF format for machines, always with
 * {@code Vary: Accept}; 404 for a thing the data does not know, 406 for an Accept no offer meets.
 * The {@code Location} is built from the server's public origins, never from an unchecked
 * {@code Host} header.
 */
public final class IdServlet extends HttpServlet {

  /** Machines first: a client that accepts anything gets Turtle; a browser asks for HTML by name. */
  private static final List<Representation> OFFERS = Arrays.asList(Representation.values());

  private final transient ServedData data;
  private final transient PublicOrigins origins;

  public IdServlet(ServedData data, PublicOrigins origins) {
    this.data = data;
    this.origins = origins;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Vary", "Accept");
    String rest = PathRequests.rest(request, ResourcePaths.ID);
    String iri = data.paths().thing(rest);
    if (rest.isEmpty() || !data.knows(iri)) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "The dataset says nothing of " + iri + ".");
      return;
    }
    Optional<Representation> chosen = ContentNegotiation.choose(request.getHeader("Accept"), OFFERS);
    if (chosen.isEmpty()) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
          "No representation matches the Accept header. Offered: " + ContentNegotiation.offered(OFFERS) + ".");
      return;
    }
    String target = chosen.get() == Representation.HTML
        ? data.paths().page(iri).orElseThrow()
        : data.paths().data(iri, chosen.get()).orElseThrow();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", origins.of(request) + target);
    PlainErrors.send(response, HttpServletResponse.SC_SEE_OTHER, "See " + target);
  }
}
