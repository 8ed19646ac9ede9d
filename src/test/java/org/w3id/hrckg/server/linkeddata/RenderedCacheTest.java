package org.w3id.hrckg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;

/**
 * A rendered thing is kept, by format; a failed rendering and an unknown thing are not. That
 * concurrent misses share one rendering is {@code SingleFlightTest}'s.
 */
class RenderedCacheTest {

  private static final String IRI = "https://w3id.org/hrc-kg/id/doc/A-HRC-RES-52-1";
  private static final byte[] TURTLE = "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8);

  private final RenderedCache cache = new RenderedCache();
  private final AtomicInteger renderings = new AtomicInteger();

  @Test
  void aRenderedThingIsServedFromTheCache() {
    Bodies.Tagged tagged = cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE))).orElseThrow();
    assertArrayEquals(TURTLE, tagged.body());
    assertEquals(Representation.TURTLE.contentType(), tagged.contentType());
    cache.get(IRI, Representation.TURTLE, counted(() -> Optional.of(TURTLE)));
    assertEquals(1, renderings.get());
  }

  @Test
  void aFailedRenderingIsNotKept() {
    assertThrows(IllegalStateException.class, () -> cache.get(IRI, Representation.TURTLE, counted(() -> {
      throw new IllegalStateException("the description of " + IRI + " failed");
    })));
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

  private Supplier<Optional<byte[]>> counted(Supplier<Optional<byte[]>> render) {
    return () -> {
      renderings.incrementAndGet();
      return render.get();
    };
  }
}
