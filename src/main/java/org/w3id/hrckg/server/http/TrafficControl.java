package org.w3id.hrckg.server.http;

import java.time.Duration;
import java.util.HashSet;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Puts the {@link TrafficLimits} on a Jetty server that is built but not started, with Jetty's own
 * handlers: the thread pool, a bound on connections ({@link NetworkConnectionLimit}), per client a
 * request rate ({@link DoSHandler}) and a number of requests in progress ({@link ClientRequestLimit}),
 * for all a number of requests in progress and waiting ({@link QoSHandler}), and a deadline on
 * every answer ({@link AnswerDeadline}). Also the address it listens on, and a {@code Server}
 * header that names no product or version.
 */
public final class TrafficControl {

  /** What the {@code Server} header says. */
  public static final String SERVER_NAME = "hrc-kg";
  /** Threads Jetty keeps for itself (acceptor, selectors, reserved), above those for requests. */
  private static final int JETTY_THREADS = 12;
  /** Connections waiting in the system to be accepted. */
  private static final int ACCEPT_QUEUE = 1024;

  private TrafficControl() {}

  /**
   * @param host the address to listen on
   * @param answerTime the longest an answer may take, request to last byte
   * @param untimed requests (by path) that have only the idle timeout, not the answer deadline
   */
  public static void apply(Server server, String host, TrafficLimits limits, Duration answerTime, Predicate<String> untimed) {
    if (server.getThreadPool() instanceof QueuedThreadPool pool) {
      pool.setMaxThreads(limits.threads() + JETTY_THREADS);
    }
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector network) {
        network.setHost(host);
        network.setIdleTimeout(limits.idleTimeout().toMillis());
        network.setAcceptQueueSize(ACCEPT_QUEUE);
      }
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setSendServerVersion(false);
      }
    }
    server.addBean(new NetworkConnectionLimit(limits.connections(), server));
    server.setHandler(chain(server.getHandler(), limits, answerTime, untimed));
  }

  private static Handler chain(Handler application, TrafficLimits limits, Duration answerTime, Predicate<String> untimed) {
    AnswerDeadline deadline = new AnswerDeadline(answerTime, request -> untimed.test(Request.getPathInContext(request)));
    deadline.setHandler(application);
    QoSHandler all = new QoSHandler(deadline);
    all.setMaxRequestCount(limits.threads());
    all.setMaxSuspendedRequestCount(limits.waiting());
    all.setMaxSuspend(answerTime);
    ClientAddress client = new ClientAddress(new HashSet<>(limits.trustedProxies()));
    ClientRequestLimit perClient = new ClientRequestLimit(all, client, limits.clientRequests());
    DoSHandler rate = new DoSHandler(perClient, client,
        new DoSHandler.LeakingBucketTrackerFactory(limits.clientRate(), 2 * limits.clientRate(), Duration.ofSeconds(10)),
        TrafficControl::tooManyRequests, -1);
    return new ServerName(rate);
  }

  private static boolean tooManyRequests(Request request, Response response, Callback callback) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS_429);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    Content.Sink.write(response, true,
        "Too many requests from your address: slow down, and try again in a second.\n", callback);
    return true;
  }

  /** Sends {@code Server: hrc-kg} on every answer. */
  private static final class ServerName extends Handler.Wrapper {

    ServerName(Handler handler) {
      super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      response.getHeaders().put(HttpHeader.SERVER, SERVER_NAME);
      return super.handle(request, response, callback);
    }
  }
}
