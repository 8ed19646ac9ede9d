package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.PlainErrors;

/**
 * Static files of the site from the class path: our own ({@code /static/}, from {@code web/}) and
 * those of the WebJars the build brings in ({@code /webjars/}). Only plain file names are served,
 * never a path that climbs out of its folder.
 */
public final class AssetServlet extends HttpServlet {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*");
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
      "png", "image/png", "json", "application/json", "map", "application/json");

  private final String prefix;
  private final String folder;

  /**
   * @param prefix the URL path it answers under, such as {@code /static/}
   * @param folder the class-path folder it serves, such as {@code /web/}
   */
  public AssetServlet(String prefix, String folder) {
    this.prefix = prefix;
    this.folder = folder;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String name = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    String extension = name.substring(name.lastIndexOf('.') + 1);
    if (!SAFE.matcher(name).matches() || name.contains("..") || !TYPES.containsKey(extension)) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No such file: " + path);
      return;
    }
    try (InputStream in = AssetServlet.class.getResourceAsStream(folder + name)) {
      if (in == null) {
        PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No such file: " + path);
        return;
      }
      Bodies.send(request, response, in.readAllBytes(), TYPES.get(extension));
    }
  }
}
