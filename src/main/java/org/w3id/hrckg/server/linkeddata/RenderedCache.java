package org.w3id.hrckg.server.linkeddata;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;

/**
 * The representations already rendered, by thing and format: the data of a running server does
 * not change, so a page or a description once rendered stays right. Bounded, least recently used
 * out first (Jena's cache); things the data does not know are not kept.
 */
public final class RenderedCache {

  private static final int ENTRIES = 1_000;

  private final Cache<String, Bodies.Tagged> cache = CacheFactory.createCache(ENTRIES);

  /** The rendering of a thing in a format, with its entity tag, rendered by {@code render} the first time. */
  public Optional<Bodies.Tagged> get(String iri, Representation format, Supplier<Optional<byte[]>> render) {
    String key = format.name() + " " + iri;
    Bodies.Tagged cached = cache.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Bodies.Tagged> rendered = render.get().map(bytes -> Bodies.Tagged.of(bytes, format.contentType()));
    rendered.ifPresent(tagged -> cache.put(key, tagged));
    return rendered;
  }
}
