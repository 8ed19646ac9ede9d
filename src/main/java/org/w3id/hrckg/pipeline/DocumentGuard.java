package org.w3id.hrckg.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.hrckg.guard.BudgetExceeded;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.model.Diagnostic;

/**
 * Runs the work on each document on a pool of threads, inside a guard: whatever one document
 * throws (an exception, a stack overflow, running out of its time) becomes an error diagnostic that
 * names its file and line, and the other documents go on. A document whose work does not stop when
 * its time is up is abandoned to its thread, and a new thread takes its place.
 */
final class DocumentGuard implements AutoCloseable {

  /** How long after its deadline a document's work has to notice it before it is abandoned. */
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);
  /**
   * Java's regular expressions recurse once per repetition of a group: a deep stack lets a long
   * list in a hostile text match (only address space is reserved until it is used).
   */
  private static final long STACK_BYTES = 256L * 1024 * 1024;
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  /** What guarded work gave: its value, or the diagnostics of its failure. */
  record Guarded<T>(T value, List<Diagnostic> failure) {
    boolean failed() {
      return value == null;
    }
  }

  /** Work submitted and not yet awaited. */
  final class Pending<T> {
    private final String file;
    private final CompletableFuture<Guarded<T>> result = new CompletableFuture<>();
    private volatile long started;
    private volatile Thread worker;

    private Pending(String file) {
      this.file = file;
    }
  }

  private final DocumentLimits limits;
  private final ThreadPoolExecutor pool;

  DocumentGuard(DocumentLimits limits, int threads) {
    this.limits = limits;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(null, r, "hrc-kg-parse-" + n.incrementAndGet(), STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts the work on one document. */
  <T> Pending<T> submit(String file, Callable<T> work) {
    Pending<T> pending = new Pending<>(file);
    pool.execute(() -> run(pending, work));
    return pending;
  }

  private <T> void run(Pending<T> pending, Callable<T> work) {
    pending.worker = Thread.currentThread();
    pending.started = System.nanoTime();
    WorkBudget budget = WorkBudget.open(limits.timeout().toNanos());
    try {
      pending.result.complete(new Guarded<>(work.call(), List.of()));
    } catch (BudgetExceeded e) {
      pending.result.complete(failure(pending.file, e.line(), overtime()));
    } catch (Throwable e) {
      // The guard's promise: nothing one document throws stops the others.
      pending.result.complete(failure(pending.file, budget.line(), "internal error: " + cause(e) + "; the document is left out"));
    } finally {
      WorkBudget.close();
      Thread.interrupted();
      pending.worker = null;
    }
  }

  /** Waits for the work on one document; abandons it once it has overrun its time and the grace after it. */
  <T> Guarded<T> await(Pending<T> pending) {
    while (true) {
      long started = pending.started;
      long wait = started == 0 ? POLL_NANOS : started + limits.timeout().toNanos() + GRACE_NANOS - System.nanoTime();
      if (wait <= 0) {
        abandon(pending);
        return failure(pending.file, 0, overtime());
      }
      try {
        return pending.result.get(wait, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // not yet: look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building " + pending.file, e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("guarded work cannot fail", e);
      }
    }
  }

  /** A worker that does not notice its deadline keeps its thread; the pool gets one more. */
  private void abandon(Pending<?> pending) {
    Thread worker = pending.worker;
    if (worker != null) {
      worker.interrupt();
    }
    synchronized (pool) {
      pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
      pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }
  }

  private String overtime() {
    return String.format(Locale.ROOT, "the document took longer than its time budget of %d s and is left out (--document-timeout)",
        limits.timeout().toSeconds());
  }

  private static <T> Guarded<T> failure(String file, int line, String message) {
    return new Guarded<>(null, List.of(Diagnostic.error(file, line, message)));
  }

  /** One line: the throwable's kind and message, and the place in our code where it was thrown. */
  static String cause(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    String where = "";
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.w3id.hrckg.")) {
        String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        where = " (in " + simple + "." + frame.getMethodName() + ")";
        break;
      }
    }
    return Diagnostic.excerpt(e.getClass().getSimpleName() + message, 200) + where;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
