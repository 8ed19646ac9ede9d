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

/**
 * {@code page/X}: the HTML page of a thing, rendered from the same description its data URL
 * serves; {@code page/doc}, {@code page/state}... are the browse indexes ({@link BrowseIndex}).
 */
public final class PageServlet extends HttpServlet {

  private final transient ServedData data;
  private final transient ResourcePages pages;
  private final transient RenderedCache rendered = new RenderedCache();
  private final transient BrowseServlet browse;

  public PageServlet(ServedData data, ResourcePages pages, Templates templates) {
    this.data = data;
    this.pages = pages;
    this.browse = new BrowseServlet(new BrowsePages(data.dataset(), data.paths()), templates, data.paths());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String rest = PathRequests.rest(request, ResourcePaths.PAGE);
    Ui ui = Ui.of(request, response);
    response.setHeader("Vary", "Accept, Accept-Language, Cookie");
    if (browse.serves(rest)) {
      browse.send(rest, request, response, ui);
      return;
    }
    String iri = data.paths().thing(rest);
    Optional<Bodies.Tagged> page = rest.isEmpty() ? Optional.empty() : rendered.get(ui.lang() + " " + iri, Representation.HTML,
        () -> data.describe(iri).map(g -> pages.render(iri, g, ui).getBytes(StandardCharsets.UTF_8)));
    if (page.isEmpty()) {
      byte[] body = pages.notFound(iri, ui).getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType(Representation.HTML.contentType());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Bodies.send(request, response, page.get());
  }
}
