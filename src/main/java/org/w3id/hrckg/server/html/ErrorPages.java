package org.w3id.hrckg.server.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The error pages of the whole site (404 for a path nothing serves, 400, 500...): Jetty's error
 * handler, writing the site's own page, with its title and in the reader's language (by cookie,
 * else {@code Accept-Language}), instead of Jetty's bare table. Clients asking for JSON or plain
 * text still get Jetty's answers in those formats.
 */
public final class ErrorPages extends org.eclipse.jetty.ee10.servlet.ErrorHandler {

  private final Templates templates;

  public ErrorPages(Templates templates) {
    this.templates = templates;
    setShowStacks(false);
  }

  /** Pages are UTF-8, whatever charsets the client lists. */
  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
      List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
    return super.generateAcceptableResponse(request, response, callback, contentType, List.of(StandardCharsets.UTF_8), code,
        message, cause);
  }

  @Override
  protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
      throws IOException {
    String path = request.getHttpURI().getPath();
    Ui ui = Ui.in(language(request), path == null ? "/" : path);
    String title = switch (code) {
      case 404 -> ui.message("notfound_title");
      case 400 -> ui.message("error_bad_request");
      case 503 -> ui.message("error_unavailable");
      default -> code >= 500 ? ui.message("error_server") : code + " " + (message == null ? "" : message);
    };
    String text = code == 404 ? ui.message("error_path", path)
        : code >= 500 && code != 503 ? ui.message("error_server_text") : message;
    writer.write(templates.render("not-found", new NotFoundPage(new PageFrame(title, null, List.of()), text), ui));
  }

  private static String language(Request request) {
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(Ui.COOKIE) && Catalogue.LANGUAGES.contains(cookie.getValue())) {
        return cookie.getValue();
      }
    }
    return Ui.byAcceptLanguage(request.getHeaders().get("Accept-Language"));
  }
}
