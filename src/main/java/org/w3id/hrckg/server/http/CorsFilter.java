package org.w3id.hrckg.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS open for reads: any origin may query and dereference from a browser, without credentials
 * (no cookies, no authentication: there is nothing to write). Pre-flight requests are answered
 * here.
 */
public final class CorsFilter extends HttpFilter {

  private static final String METHODS = "GET, HEAD, POST, OPTIONS";
  private static final String HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
  private static final String EXPOSED = "ETag, Location, Content-Location, Vary, Content-Type, Content-Length, Link, Retry-After";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getHeader("Origin") != null) {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }
    if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Access-Control-Allow-Methods", METHODS);
      response.setHeader("Access-Control-Allow-Headers", HEADERS);
      response.setHeader("Access-Control-Max-Age", "86400");
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(request, response);
  }
}
