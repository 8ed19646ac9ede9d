package org.w3id.hrckg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrent asks of one key share one computation; a failure reaches every waiter and is not
 * kept. No timings: the computation is held on a latch until every asking thread is parked,
 * either in the computation or waiting for it.
 */
@Timeout(60)
class SingleFlightTest {

  private static final String KEY = "https://w3id.org/hrc-kg/id/doc/A-HRC-RES-52-1";
  private static final int THREADS = 8;

  private final SingleFlight<String, String> flight = new SingleFlight<>();
  private final AtomicInteger computations = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void concurrentAsksShareOneComputation() throws InterruptedException {
    List<Object> answers = askAtOnce(held(() -> "the description"));

    assertEquals(1, computations.get());
    answers.forEach(answer -> assertEquals("the description", answer));
    flight.get(KEY, counted(() -> "again"));
    assertEquals(2, computations.get(), "a finished computation is not kept: keeping is the cache's job");
  }

  @Test
  void aFailureReachesEveryWaiterAndIsNotKept() throws InterruptedException {
    List<Object> answers = askAtOnce(held(() -> {
      throw new IllegalStateException("the description of " + KEY + " failed");
    }));

    assertEquals(1, computations.get());
    for (Object answer : answers) {
      IllegalStateException failure = assertInstanceOf(IllegalStateException.class, answer);
      assertEquals("the description of " + KEY + " failed", failure.getMessage());
    }
    assertEquals("retried", flight.get(KEY, counted(() -> "retried")));
  }

  @Test
  void aFailureOfOneAskAloneIsRethrownAsIs() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> flight.get(KEY, counted(() -> {
          throw new IllegalArgumentException("bad graph");
        })));
    assertEquals("bad graph", thrown.getMessage());
  }

  /** Asks THREADS threads at once, lets the computation go once all are parked; each one's answer or exception. */
  private List<Object> askAtOnce(Supplier<String> compute) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch asking = new CountDownLatch(THREADS);
    Object[] answers = new Object[THREADS];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int slot = i;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          asking.countDown();
          answers[slot] = flight.get(KEY, compute);
        } catch (InterruptedException | RuntimeException e) {
          answers[slot] = e;
        }
      });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    asking.await();
    while (threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TERMINATED)) {
      Thread.sleep(1);
    }
    release.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    return List.of(answers);
  }

  /** A counted computation that waits for the test to let it go. */
  private Supplier<String> held(Supplier<String> compute) {
    return counted(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return compute.get();
    });
  }

  private Supplier<String> counted(Supplier<String> compute) {
    return () -> {
      computations.incrementAndGet();
      return compute.get();
    };
  }
}
