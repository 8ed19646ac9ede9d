package org.w3id.hrckg;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP listener on the loopback interface that answers every request with a JSON-LD context
 * (and an XML entity) and remembers what was asked: a test names its URLs in an input and then
 * checks that it heard nothing.
 */
public final class LoopbackCanary implements AutoCloseable {

  private final HttpServer server;
  private final List<String> heard = new CopyOnWriteArrayList<>();

  public LoopbackCanary() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      heard.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      byte[] body = "{\"@context\": {\"name\": \"http://canary.example/heard\"}}".getBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  /** A URL of the listener. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  /** The requests it received, as "METHOD /path". */
  public List<String> heard() {
    return List.copyOf(heard);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
