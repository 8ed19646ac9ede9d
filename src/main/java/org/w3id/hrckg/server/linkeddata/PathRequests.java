package org.w3id.hrckg.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

/** The part of a request's path after a servlet's prefix, as the client sent it (still escaped). */
public final class PathRequests {

  private PathRequests() {}

  public static String rest(HttpServletRequest request, String prefix) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.length() > prefix.length() ? path.substring(prefix.length()) : "";
  }
}
