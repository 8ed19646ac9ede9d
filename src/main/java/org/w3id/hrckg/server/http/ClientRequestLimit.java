package org.w3id.hrckg.server.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The most requests of one client in progress at once ({@link TrafficLimits#clientRequests()}):
 * its others wait, in the order they came, and start as its earlier ones end. A request ends when
 * its callback completes, on whatever thread, so nothing but the request's own end frees its place.
 *
 * <p>Why not Jetty's {@code ThreadLimitHandler}: it counts threads, and completing a response
 * write needs one of the client's permits. With blocking servlet writes (every servlet here) the
 * client's permits are held by threads waiting for their writes, whose completion (or failure, at
 * the idle timeout) then waited for a permit forever: under {@code wrk} at 64 connections all 16
 * places of loopback were stuck for good, and every later request from it with them. The waiting
 * requests are bounded by the server's connection limit (one request in progress per HTTP/1.1
 * connection).
 */
final class ClientRequestLimit extends Handler.Wrapper {

  private final Function<Request, String> clientOf;
  private final int atOnce;
  /** Clients with a request in progress; guarded by itself. */
  private final Map<String, Client> clients = new HashMap<>();

  ClientRequestLimit(Handler handler, Function<Request, String> clientOf, int atOnce) {
    super(handler);
    this.clientOf = clientOf;
    this.atOnce = atOnce;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String address = clientOf.apply(request);
    synchronized (clients) {
      Client client = clients.computeIfAbsent(address, a -> new Client());
      if (client.running >= atOnce) {
        client.waiting.add(() -> resume(address, request, response, callback));
        return true;
      }
      client.running++;
    }
    return start(address, request, response, callback);
  }

  private boolean start(String address, Request request, Response response, Callback callback) throws Exception {
    Ending ending = new Ending(callback, () -> end(address));
    boolean handled;
    try {
      handled = super.handle(request, response, ending);
    } catch (Exception | Error e) {
      ending.release();
      throw e;
    }
    if (!handled) {
      ending.release();
    }
    return handled;
  }

  /** A waiting request's turn: Jetty no longer waits for its answer, so every outcome is answered here. */
  private void resume(String address, Request request, Response response, Callback callback) {
    try {
      if (!start(address, request, response, callback)) {
        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      }
    } catch (Exception | Error e) {
      callback.failed(e);
    }
  }

  private void end(String address) {
    Runnable next;
    synchronized (clients) {
      Client client = clients.get(address);
      next = client.waiting.poll();
      if (next == null && --client.running == 0) {
        clients.remove(address);
      }
    }
    if (next != null) {
      getServer().getThreadPool().execute(next);
    }
  }

  /** A client's requests in progress and waiting. */
  private static final class Client {
    int running;
    final Deque<Runnable> waiting = new ArrayDeque<>();
  }

  /** The request's callback, which frees its place once, when it completes either way. */
  private static final class Ending implements Callback {

    private final Callback callback;
    private final Runnable free;
    private final AtomicBoolean freed = new AtomicBoolean();

    Ending(Callback callback, Runnable free) {
      this.callback = callback;
      this.free = free;
    }

    void release() {
      if (freed.compareAndSet(false, true)) {
        free.run();
      }
    }

    @Override
    public void succeeded() {
      try {
        callback.succeeded();
      } finally {
        release();
      }
    }

    @Override
    public void failed(Throwable cause) {
      try {
        callback.failed(cause);
      } finally {
        release();
      }
    }

    @Override
    public InvocationType getInvocationType() {
      return callback.getInvocationType();
    }
  }
}
