package org.w3id.hrckg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.server.ServerSettings;
import org.w3id.hrckg.server.http.PublicOrigins;
import org.w3id.hrckg.server.http.TrafficLimits;
import org.w3id.hrckg.server.sparql.AnswerLimits;
import picocli.CommandLine.Option;

/** The options of {@code serve} that say where it listens, under which names, and what it takes. */
final class ServerOptions {

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--public-host", paramLabel = "URL", split = ",",
      description = "An origin the server is reached under (https://kg.example.org, or host:port for http); repeatable."
          + " Links (the 303 Location, VoID) use the one the request's Host names, else the first: never an unlisted Host.")
  List<String> publicHosts = new ArrayList<>();

  @Option(names = "--max-answer-bytes", paramLabel = "N", defaultValue = "" + AnswerLimits.DEFAULT_MAX_BYTES,
      description = "Most bytes one SPARQL answer holds (default: ${DEFAULT-VALUE}).")
  long maxAnswerBytes;

  @Option(names = "--client-rate", paramLabel = "N", defaultValue = "100",
      description = "Requests per second one client may make, sustained (default: ${DEFAULT-VALUE}); beyond, 429.")
  int clientRate;

  @Option(names = "--client-requests", paramLabel = "N", defaultValue = "16",
      description = "Requests of one client handled at once (default: ${DEFAULT-VALUE}); its others wait.")
  int clientRequests;

  @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
      description = "Address of a reverse proxy in front (repeatable): for its requests, the client is the last address of X-Forwarded-For.")
  List<String> trustedProxies = new ArrayList<>();

  /**
   * The settings, with the options that {@code serve} keeps beside these.
   *
   * @throws IllegalArgumentException for a value out of range, with a message for the user
   */
  ServerSettings settings(int port, Duration timeout, long maxResults) {
    if (maxAnswerBytes <= 0 || clientRate <= 0 || clientRequests <= 0) {
      throw new IllegalArgumentException("--max-answer-bytes, --client-rate and --client-requests must be positive");
    }
    publicHosts.forEach(PublicOrigins::origin);
    AnswerLimits answers = AnswerLimits.defaults().withTimeout(timeout).withMaxRows(maxResults).withMaxBytes(maxAnswerBytes);
    TrafficLimits traffic = TrafficLimits.forMachine().withClientRate(clientRate).withClientRequests(clientRequests)
        .withTrustedProxies(trustedProxies);
    return ServerSettings.onPort(port).withHost(host).withPublicHosts(publicHosts).withAnswers(answers).withTraffic(traffic);
  }
}
