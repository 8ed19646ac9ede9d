package org.w3id.hrckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what Java's client will not send: a {@code Host} header of the
 * test's choosing, bytes that are not UTF-8 in a request line. One request per connection.
 */
final class RawHttp {

  private RawHttp() {}

  /** The whole answer (status line, headers and body) to one request sent as it is written. */
  static String exchange(int port, String request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("no answer from port " + port, e);
    }
  }

  /** A GET with a Host header and an Accept header, on a connection closed after it. */
  static String get(int port, String path, String host, String accept) {
    return exchange(port, "GET " + path + " HTTP/1.1\nHost: " + host + "\nAccept: " + accept + "\nConnection: close\n\n");
  }
}
