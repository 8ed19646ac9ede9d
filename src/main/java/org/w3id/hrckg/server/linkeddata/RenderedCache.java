package org.w3id.hrckg.server.linkeddata;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.http.SingleFlight;

/**
 * The representations already rendered, by thing and format: the data of a running server does
 * not change, so a page or a description once rendered stays right. Bounded, least recently used
 * out first (Jena's cache); things the data does not know are not kept.
 *
 * <p>Single flight ({@link SingleFlight}): requests that miss the same thing in the same format
 * while it is being rendered wait for that one rendering instead of each rendering it again. A
 * rendering that fails is not kept: its waiters get its error, and the next request renders again.
 */
public final class RenderedCache {

  private static final int ENTRIES = 1_000;

  private final Cache<String, Bodies.Tagged> cache = CacheFactory.createCache(ENTRIES);
  private final SingleFlight<String, Optional<Bodies.Tagged>> rendering = new SingleFlight<>();

  /** The rendering of a thing in a format, with its entity tag, rendered by {@code render} the first time. */
  public Optional<Bodies.Tagged> get(String iri, Representation format, Supplier<Optional<byte[]>> render) {
    String key = format.name() + " " + iri;
    Bodies.Tagged cached = cache.getIfPresent(key);
    return cached != null ? Optional.of(cached) : rendering.get(key, () -> {
      // Another rendering may have finished between the miss and taking the key.
      Optional<Bodies.Tagged> rendered = Optional.ofNullable(cache.getIfPresent(key))
          .or(() -> render.get().map(bytes -> Bodies.Tagged.of(bytes, format.contentType())));
      // Kept in the cache before the key is let go, so a later miss finds one or the other.
      rendered.ifPresent(tagged -> cache.put(key, tagged));
      return rendered;
    });
  }
}
