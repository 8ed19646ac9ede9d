package org.w3id.hrckg.server;

import java.util.List;
import org.w3id.hrckg.server.http.TrafficLimits;
import org.w3id.hrckg.server.sparql.AnswerLimits;

/**
 * How a server runs.
 *
 * @param host the address to listen on: the loopback interface unless opened on purpose
 * @param port the port to listen on; 0 for any free one
 * @param publicHosts the origins the server is reached under ({@code https://kg.example.org}, or a
 *     bare {@code host:port} for http), first the one links use for any other {@code Host}; none
 *     for the defaults of {@link org.w3id.hrckg.server.http.PublicOrigins}
 * @param answers what one SPARQL exchange may take and give
 * @param traffic how much traffic the server takes, in all and from one client
 */
public record ServerSettings(String host, int port, List<String> publicHosts, AnswerLimits answers, TrafficLimits traffic) {

  /** The loopback interface, by the name clients use for it. */
  public static final String LOOPBACK = "localhost";

  public ServerSettings {
    publicHosts = List.copyOf(publicHosts);
  }

  /** The defaults on a port of the loopback interface. */
  public static ServerSettings onPort(int port) {
    return new ServerSettings(LOOPBACK, port, List.of(), AnswerLimits.defaults(), TrafficLimits.forMachine());
  }

  public ServerSettings withPort(int number) {
    return new ServerSettings(host, number, publicHosts, answers, traffic);
  }

  public ServerSettings withHost(String address) {
    return new ServerSettings(address, port, publicHosts, answers, traffic);
  }

  public ServerSettings withPublicHosts(List<String> origins) {
    return new ServerSettings(host, port, origins, answers, traffic);
  }

  public ServerSettings withAnswers(AnswerLimits limits) {
    return new ServerSettings(host, port, publicHosts, limits, traffic);
  }

  public ServerSettings withTraffic(TrafficLimits limits) {
    return new ServerSettings(host, port, publicHosts, answers, limits);
  }
}
