package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.PathRequests;
import org.w3id.hrckg.server.linkeddata.RenderedCache;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.server.linkeddata.ServedData;

/** {@code page/X}: the HTML page of a thing, rendered from the same description its data URL serves. */
public final class PageServlet extends HttpServlet {

  private final transient ServedData data;
  private final transient ResourcePages pages;
  private final transient RenderedCache rendered = new RenderedCache();

  public PageServlet(ServedData data, ResourcePages pages) {
    this.data = data;
    this.pages = pages;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String rest = PathRequests.rest(request, ResourcePaths.PAGE);
    String iri = data.paths().thing(rest);
    Ui ui = Ui.of(request, response);
    response.setHeader("Vary", "Accept-Language, Cookie");
    Optional<byte[]> page = rest.isEmpty() ? Optional.empty() : rendered.get(ui.lang() + " " + iri, Representation.HTML,
        () -> data.describe(iri).map(g -> pages.render(iri, g, ui).getBytes(StandardCharsets.UTF_8)));
    if (page.isEmpty()) {
      byte[] body = pages.notFound(iri, ui).getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType(Representation.HTML.contentType());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Bodies.send(request, response, page.get(), Representation.HTML.contentType());
  }
}
