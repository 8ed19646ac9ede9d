package org.w3id.hrckg.server;

import java.time.Duration;

/**
 * How a server runs.
 *
 * @param port the port to listen on; 0 for any free one
 * @param queryTimeout the longest a SPARQL query may run
 * @param maxResults the most rows (or triples) a query may return at once
 * @param maxRequestBytes the largest request body accepted (a query sent by POST)
 */
public record ServerSettings(int port, Duration queryTimeout, long maxResults, long maxRequestBytes) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final long DEFAULT_MAX_RESULTS = 100_000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

  /** The defaults on a port. */
  public static ServerSettings onPort(int port) {
    return new ServerSettings(port, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
  }

  public ServerSettings withTimeout(Duration timeout) {
    return new ServerSettings(port, timeout, maxResults, maxRequestBytes);
  }
}
