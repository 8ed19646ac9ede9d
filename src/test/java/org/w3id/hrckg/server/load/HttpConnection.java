package org.w3id.hrckg.server.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection from a chosen loopback address (127.0.0.0/8 is all loopback
 * on Linux), so that each simulated client is a client of its own to the server's per-client
 * limits. Bodies are read by {@code Content-Length} or chunked.
 */
final class HttpConnection implements AutoCloseable {

  /** A status, the Location header and the body length of one answer. */
  record Answer(int status, String location, long bytes) {}

  private final InetAddress local;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(InetAddress local, int port) {
    this.local = local;
    this.port = port;
  }

  /** A GET of a path; the connection is opened (again) when needed. */
  Answer get(String path, String accept) throws IOException {
    if (socket == null || socket.isClosed()) {
      open();
    }
    out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    String statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String location = null;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
      String value = header.substring(header.indexOf(':') + 1).strip();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "location" -> location = value;
        default -> { }
      }
    }
    long bytes = chunked ? chunks() : skip(length);
    if (close) {
      close();
    }
    return new Answer(status, location, bytes);
  }

  private void open() throws IOException {
    Socket opened = new Socket();
    try {
      opened.bind(new InetSocketAddress(local, 0));
      opened.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      opened.setSoTimeout(20_000);
      opened.setTcpNoDelay(true);
    } catch (IOException e) {
      opened.close();
      throw e;
    }
    socket = opened;
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private long chunks() throws IOException {
    long total = 0;
    for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0; size = Long.parseLong(line().split(";")[0].strip(), 16)) {
      total += skip(size);
      line();
    }
    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
      // Trailers are not used.
    }
    return total;
  }

  private long skip(long length) throws IOException {
    if (length < 0) {
      throw new IOException("an answer without Content-Length");
    }
    long left = length;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("the connection closed " + left + " bytes before the end of the answer");
        }
        skipped = 1;
      }
      left -= skipped;
    }
    return length;
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed in the middle of an answer");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
