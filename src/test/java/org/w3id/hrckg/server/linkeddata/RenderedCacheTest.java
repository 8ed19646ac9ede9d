package org.w3id.hrckg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;

/**
 * Concurrent misses of one thing share one rendering; a failed rendering reaches its waiters and
 * is not kept; an unknown thing is not kept. No timings: the renderer is held on a latch until
 * every asking thread is parked, either in the renderer or waiting for it.
 */
@Timeout(60)
class RenderedCacheTest {

  private static final String IRI = "https://w3id.org/hrc-kg/id/doc/A-HRC-RES-52-1";
  private static final int THREADS = 8;
  private static final byte[] TURTLE = "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8);

  private final RenderedCache cache = new RenderedCache();
  private final AtomicInteger renderings = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void concurrentMissesShareOneRendering() throws InterruptedException {
    List<Object> answers = askAtOnce(held(() -> Optional.of(TURTLE)));

    assertEquals(1, renderings.get());
    for (Object answer : answers) {
      Bodies.Tagged tagged = ((Optional<?>) answer).map(Bodies.Tagged.class::cast).orElseThrow();
      assertArrayEquals(TURTLE, tagged.body());
      assertEquals(Representation.TURTLE.contentType(), tagged.contentType());
    }
    cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE)));
    assertEquals(1, renderings.get(), "a rendered thing is served from the cache");
  }

  @Test
  void failedRenderingReachesEveryWaiterAndIsNotKept() throws InterruptedException {
    List<Object> answers = askAtOnce(held(() -> {
      throw new IllegalStateException("the description of " + IRI + " failed");
    }));

    assertEquals(1, renderings.get());
    for (Object answer : answers) {
      IllegalStateException failure = assertInstanceOf(IllegalStateException.class, answer);
      assertEquals("the description of " + IRI + " failed", failure.getMessage());
    }
    Optional<Bodies.Tagged> retried = cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE)));
    assertEquals(2, renderings.get(), "the failure was not kept: the next request renders again");
    assertArrayEquals(TURTLE, retried.orElseThrow().body());
  }

  @Test
  void unknownThingIsNotKept() {
    assertFalse(cache.get(IRI, Representation.TURTLE, counted(Optional::empty)).isPresent());
    assertTrue(cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE))).isPresent());
    assertEquals(2, renderings.get());
  }

  @Test
  void formatsAreRenderedApart() {
    cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE)));
    cache.get(IRI, Representation.NTRIPLES, counted(() -> Optional.of(TURTLE)));
    assertEquals(2, renderings.get());
  }

  @Test
  void failureOfOneRequestAloneIsRethrownAsIs() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> cache.get(IRI, Representation.TURTLE, counted(() -> {
          throw new IllegalArgumentException("bad graph");
        })));
    assertEquals("bad graph", thrown.getMessage());
  }

  /** Asks THREADS threads at once, lets the renderer go once all are parked; each one's answer or exception. */
  private List<Object> askAtOnce(Supplier<Optional<byte[]>> render) throws InterruptedException {
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
          answers[slot] = cache.get(IRI, Representation.TURTLE, render);
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

  /** A counted renderer that waits for the test to let it go. */
  private Supplier<Optional<byte[]>> held(Supplier<Optional<byte[]>> render) {
    return counted(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return render.get();
    });
  }

  private Supplier<Optional<byte[]>> counted(Supplier<Optional<byte[]>> render) {
    return () -> {
      renderings.incrementAndGet();
      return render.get();
    };
  }
}
