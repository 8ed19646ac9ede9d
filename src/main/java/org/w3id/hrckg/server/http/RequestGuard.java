package org.w3id.hrckg.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;

/**
 * What a public, read-only endpoint refuses before any work is done: methods that write (405),
 * request bodies over the size bound, or of unknown length (413, 411), parameters that do not
 * decode (a malformed {@code %}-escape, 400), and SPARQL Update in any of its protocol forms (403).
 */
public final class RequestGuard extends HttpFilter {

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

  private static final String MALFORMED = "The request's parameters do not decode: a %-escape is malformed"
      + " (a % must be followed by two hexadecimal digits, and the bytes must be UTF-8).";

  private final long maxBodyBytes;
  private final boolean readOnly;

  /** The guard of the public, read-only server. */
  public static RequestGuard readOnly(long maxBodyBytes) {
    return new RequestGuard(maxBodyBytes, true);
  }

  /** The same bounds, writes let through: for the throwaway instance the update protocol tests write to. */
  public static RequestGuard writable(long maxBodyBytes) {
    return new RequestGuard(maxBodyBytes, false);
  }

  private RequestGuard(long maxBodyBytes, boolean readOnly) {
    this.maxBodyBytes = maxBodyBytes;
    this.readOnly = readOnly;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (readOnly && !READ_METHODS.contains(method)) {
      response.setHeader("Allow", String.join(", ", READ_METHODS));
      refuseUnread(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed: this server is read-only.");
      return;
    }
    if ("POST".equals(method) || "PUT".equals(method)) {
      long length = request.getContentLengthLong();
      if (length < 0) {
        refuseUnread(response, HttpServletResponse.SC_LENGTH_REQUIRED, "A request with a body must give its Content-Length.");
        return;
      }
      if (length > maxBodyBytes) {
        refuseUnread(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "The request body has " + length + " bytes; the limit is " + maxBodyBytes + ".");
        return;
      }
    }
    if (!decodes(request)) {
      refuseUnread(response, HttpServletResponse.SC_BAD_REQUEST, MALFORMED);
      return;
    }
    if (readOnly && "POST".equals(method) && isUpdate(request)) {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
      PlainErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "SPARQL Update is not accepted: this endpoint is read-only.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the query string (and a form body) decode: Jetty refuses a malformed escape when asked for a parameter. */
  private static boolean decodes(HttpServletRequest request) {
    try {
      request.getParameterMap();
      return true;
    } catch (BadMessageException e) {
      return false;
    }
  }

  /** Refuses a request whose body is not read: the connection cannot carry another request after it. */
  private static void refuseUnread(HttpServletResponse response, int status, String message) throws IOException {
    response.setHeader("Connection", "close");
    PlainErrors.send(response, status, message);
  }

  /** An update comes as application/sparql-update, or as a form with an update parameter. */
  private static boolean isUpdate(HttpServletRequest request) {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-update")) {
      return true;
    }
    String query = request.getQueryString();
    if (query != null && (query.startsWith("update=") || query.contains("&update="))) {
      return true;
    }
    return type != null && type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") != null;
  }
}
