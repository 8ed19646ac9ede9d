package org.w3id.hrckg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sends a representation with a strong entity tag (a digest of its media type and bytes), so that
 * a client that already holds it gets {@code 304 Not Modified} on {@code If-None-Match}. The data of
 * a running server does not change, so equal bytes of one type mean an equal representation; two
 * representations with the same bytes (a graph as Turtle and as TriG) still have two tags.
 */
public final class Bodies {

  private static final String CACHE = "public, max-age=300";

  private Bodies() {}

  /** A body with its type and entity tag, for a body sent many times: digested once. */
  public record Tagged(byte[] body, String contentType, String tag) {

    public static Tagged of(byte[] body, String contentType) {
      return new Tagged(body, contentType, Bodies.tag(contentType, body));
    }
  }

  /** Sends a body, or 304 when the client's If-None-Match holds its tag. HEAD gets the headers only. */
  public static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, String contentType)
      throws IOException {
    send(request, response, Tagged.of(body, contentType));
  }

  /** Sends a tagged body, or 304 when the client's If-None-Match holds its tag. HEAD gets the headers only. */
  public static void send(HttpServletRequest request, HttpServletResponse response, Tagged tagged) throws IOException {
    String tag = tagged.tag();
    String contentType = tagged.contentType();
    byte[] body = tagged.body();
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", CACHE);
    if (matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** The strong entity tag of a body of a type. */
  public static String tag(String contentType, byte[] body) {
    MessageDigest digest = digest();
    digest.update(contentType.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return tagOfDigest(digest.digest(body));
  }

  /** The entity tag of a body from its SHA-256 digest, for bodies digested as they are written. */
  public static String tagOfDigest(byte[] sha256) {
    return "\"" + HexFormat.of().formatHex(sha256, 0, 16) + "\"";
  }

  /** A new SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }


  /** Whether an If-None-Match header (a list of tags, or *) holds a tag; weak tags compare weakly (RFC 9110, 13.1.2). */
  public static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
        return true;
      }
    }
    return false;
  }
}
