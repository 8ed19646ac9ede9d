package org.w3id.hrckg.server.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who a request comes from, for the per-client limits: the address it is connected from, or, when
 * that is a trusted reverse proxy, the address the proxy says it forwards for (the last one of
 * {@code X-Forwarded-For}, the only one the proxy itself wrote). A header from anyone else is
 * ignored, so a client cannot choose its own identity.
 */
final class ClientAddress implements Function<Request, String> {

  private final Set<String> trustedProxies;

  ClientAddress(Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  @Override
  public String apply(Request request) {
    String peer = peer(request.getConnectionMetaData().getRemoteSocketAddress());
    if (!trustedProxies.contains(peer)) {
      return peer;
    }
    String forwarded = null;
    for (String value : request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR)) {
      forwarded = value;
    }
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
  }

  private static String peer(SocketAddress address) {
    if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress().getHostAddress();
    }
    return String.valueOf(address);
  }
}
