package org.w3id.hrckg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The origins ({@code scheme://host:port}) the server is reached under. Every absolute link it
 * sends (a {@code Location}, the URLs of the VoID and the service description) is built from one
 * of them: the one the request's {@code Host} names when it is in the list, else the first. So a
 * forged {@code Host} can never put another site into an answer, nor into a cache in front.
 *
 * <p>Unless the operator lists them ({@code --public-host}), they are the base URI's origin when
 * the base is a server root (the data's own URIs then resolve here), and the loopback addresses of
 * the port the server listens on, plus the address it listens on when it is opened to one.
 */
public final class PublicOrigins {

  private final List<String> configured;
  private final String base;
  private final String host;
  private final IntSupplier port;
  private volatile List<String> origins;

  /**
   * @param configured the origins the operator gave, first the one to use for any other host; or none
   * @param base the base URI of the data
   * @param host the address the server listens on
   * @param port the port it listens on, once started
   */
  public PublicOrigins(List<String> configured, String base, String host, IntSupplier port) {
    this.configured = configured.stream().map(PublicOrigins::origin).toList();
    this.base = base;
    this.host = host;
    this.port = port;
  }

  /** The origin to build a request's links from, without a trailing slash. */
  public String of(HttpServletRequest request) {
    List<String> all = origins();
    String authority = request.getHeader("Host");
    if (authority != null) {
      String wanted = authority.strip().toLowerCase(Locale.ROOT);
      for (String origin : all) {
        if (authorityOf(origin).equals(wanted) || authorityOf(origin).equals(withoutDefaultPort(wanted, origin))) {
          return origin;
        }
      }
    }
    return all.get(0);
  }

  /** An origin as given (a URL, or a bare {@code host[:port]} for http), normalised. */
  public static String origin(String given) {
    String url = given.contains("://") ? given : "http://" + given;
    URI uri = URI.create(url);
    if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
      throw new IllegalArgumentException("not an http(s) host: " + given);
    }
    String origin = uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() < 0 ? origin : origin + ":" + uri.getPort();
  }

  private List<String> origins() {
    if (origins == null) {
      origins = configured.isEmpty() ? defaults() : configured;
    }
    return origins;
  }

  private List<String> defaults() {
    List<String> all = new ArrayList<>();
    URI baseUri = URI.create(base);
    if (List.of("http", "https").contains(baseUri.getScheme()) && "/".equals(baseUri.getPath())) {
      all.add(origin(base));
    }
    int listening = port.getAsInt();
    for (String local : List.of("localhost", "127.0.0.1", "::1", host)) {
      if (List.of("0.0.0.0", "::", "").contains(local)) {
        continue;
      }
      String origin = "http://" + (local.contains(":") ? "[" + local + "]" : local) + ":" + listening;
      if (!all.contains(origin)) {
        all.add(origin);
      }
    }
    return List.copyOf(all);
  }

  private static String authorityOf(String origin) {
    return origin.substring(origin.indexOf("://") + 3);
  }

  private static String withoutDefaultPort(String authority, String origin) {
    String defaultPort = origin.startsWith("https:") ? ":443" : ":80";
    return authority.endsWith(defaultPort) ? authority.substring(0, authority.length() - defaultPort.length()) : authority;
  }
}
