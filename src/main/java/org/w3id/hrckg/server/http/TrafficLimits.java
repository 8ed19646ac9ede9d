package org.w3id.hrckg.server.http;

import java.time.Duration;
import java.util.List;

/**
 * How much traffic the server takes, in all and from one client, so that no client (and no
 * handful of clients) can hold every thread, connection or queue place.
 *
 * @param threads the most requests handled at once, by the whole server (Jetty's thread pool has
 *     a few more for its own work); more wait in a queue
 * @param waiting the most requests waiting for a thread; beyond, 503
 * @param connections the most open connections; beyond, new ones wait in the system's accept queue
 * @param clientRequests the most requests of one client handled at once; its others wait their turn
 * @param clientRate the requests per second one client may make, sustained (a burst of twice as
 *     many is taken); beyond, 429
 * @param idleTimeout how long a connection may make no progress (sending its request, or taking
 *     its answer) before it is closed
 * @param trustedProxies addresses of the reverse proxies in front of the server: for their
 *     requests, the client is the last address of {@code X-Forwarded-For}
 */
public record TrafficLimits(int threads, int waiting, int connections, int clientRequests, int clientRate,
    Duration idleTimeout, List<String> trustedProxies) {

  public TrafficLimits {
    trustedProxies = List.copyOf(trustedProxies);
    if (threads < 1 || waiting < 1 || connections < 1 || clientRequests < 1 || clientRate < 1) {
      throw new IllegalArgumentException("traffic limits must be positive");
    }
  }

  /**
   * The limits for this machine: most requests wait on the network (a client reading its answer),
   * not on a processor, so there are many threads per processor; one client may use a sixth of them.
   */
  public static TrafficLimits forMachine() {
    int threads = Math.max(100, 50 * Runtime.getRuntime().availableProcessors());
    return new TrafficLimits(threads, 10 * threads, 20 * threads, 16, 100, Duration.ofSeconds(10), List.of());
  }

  public TrafficLimits withClientRate(int perSecond) {
    return new TrafficLimits(threads, waiting, connections, clientRequests, perSecond, idleTimeout, trustedProxies);
  }

  public TrafficLimits withClientRequests(int atOnce) {
    return new TrafficLimits(threads, waiting, connections, atOnce, clientRate, idleTimeout, trustedProxies);
  }

  public TrafficLimits withTrustedProxies(List<String> proxies) {
    return new TrafficLimits(threads, waiting, connections, clientRequests, clientRate, idleTimeout, proxies);
  }
}
