package org.w3id.hrckg.server.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The longest an exchange may take, from the request to the last byte of the answer: a client that
 * reads its answer slowly (but not so slowly that the idle timeout closes it) loses its connection
 * then, and the thread that was writing to it is free again. Requests the predicate exempts (a
 * download, whose time depends on the client's link) have only the idle timeout.
 */
final class AnswerDeadline extends Handler.Wrapper {

  private final Duration limit;
  private final Predicate<Request> exempt;

  AnswerDeadline(Duration limit, Predicate<Request> exempt) {
    this.limit = limit;
    this.exempt = exempt;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (exempt.test(request)) {
      return super.handle(request, response, callback);
    }
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    Scheduler.Task cut = getServer().getScheduler().schedule(
        () -> endPoint.close(new TimeoutException("the answer took longer than " + limit.toMillis() + " ms")),
        limit.toMillis(), TimeUnit.MILLISECONDS);
    boolean handled = super.handle(request, response, Callback.from(callback, cut::cancel));
    if (!handled) {
      cut.cancel();
    }
    return handled;
  }
}
