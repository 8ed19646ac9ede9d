package org.w3id.hrckg;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An HTTP listener on the loopback interface that answers every request with a JSON-LD context
 * (and an XML entity) and remembers what was asked: a test names its URLs in an input and then
 * checks that it heard nothing. A test class holds one as a JUnit extension, which stops it after
 * the class: {@code @RegisterExtension static final LoopbackCanary canary = new LoopbackCanary();}.
 */
public final class LoopbackCanary implements AfterAllCallback {

  private final HttpServer server;
  private final List<String> heard = new CopyOnWriteArrayList<>();

  public LoopbackCanary() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on the loopback interface", e);
    }
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
  public void afterAll(ExtensionContext context) {
    server.stop(0);
  }
}
