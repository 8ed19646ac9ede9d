package org.w3id.hrckg.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

/** The part of a request's path after a servlet's prefix, as the client sent it (still escaped). */
public final class PathRequests {

  private PathRequests() {}

  public static String rest(HttpServletRequest request, String prefix) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.length() > prefix.length() ? path.substring(prefix.length()) : "";
  }

  /** An absolute URL on this server for a path, as a Location header wants it. */
  public static String absolute(HttpServletRequest request, String path) {
    StringBuffer url = request.getRequestURL();
    String origin = url.substring(0, url.length() - request.getRequestURI().length());
    return origin + request.getContextPath() + path;
  }
}
