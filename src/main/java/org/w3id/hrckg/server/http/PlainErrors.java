package org.w3id.hrckg.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Error answers as short plain text a person can read: the status and one sentence of why. */
public final class PlainErrors {

  private PlainErrors() {}

  public static void send(HttpServletResponse response, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
