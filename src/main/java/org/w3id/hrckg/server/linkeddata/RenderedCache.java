package org.w3id.hrckg.server.linkeddata;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;

/**
 * The representations already rendered, by thing and format: the data of a running server does
 * not change, so a page or a description once rendered stays right. Bounded, least recently used
 * out first (Jena's cache); things the data does not know are not kept.
 *
 * <p>Single flight: requests that miss the same thing in the same format while it is being
 * rendered wait for that one rendering instead of each rendering it again (under load the first
 * renderings of a document otherwise pile up on every core). A rendering that fails is not kept:
 * its waiters get its error, and the next request renders again.
 */
public final class RenderedCache {

  private static final int ENTRIES = 1_000;

  private final Cache<String, Bodies.Tagged> cache = CacheFactory.createCache(ENTRIES);
  private final ConcurrentMap<String, CompletableFuture<Optional<Bodies.Tagged>>> rendering = new ConcurrentHashMap<>();

  /** The rendering of a thing in a format, with its entity tag, rendered by {@code render} the first time. */
  public Optional<Bodies.Tagged> get(String iri, Representation format, Supplier<Optional<byte[]>> render) {
    String key = format.name() + " " + iri;
    Bodies.Tagged cached = cache.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    CompletableFuture<Optional<Bodies.Tagged>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<Bodies.Tagged>> running = rendering.putIfAbsent(key, mine);
    return running == null ? renderOnce(key, format, render, mine) : await(running);
  }

  private Optional<Bodies.Tagged> renderOnce(String key, Representation format, Supplier<Optional<byte[]>> render,
      CompletableFuture<Optional<Bodies.Tagged>> mine) {
    try {
      // Another rendering may have finished between the miss and taking the key.
      Optional<Bodies.Tagged> rendered = Optional.ofNullable(cache.getIfPresent(key))
          .or(() -> render.get().map(bytes -> Bodies.Tagged.of(bytes, format.contentType())));
      rendered.ifPresent(tagged -> cache.put(key, tagged));
      mine.complete(rendered);
      return rendered;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      // Kept in the cache before the key is let go, so a later miss finds one or the other.
      rendering.remove(key, mine);
    }
  }

  private static Optional<Bodies.Tagged> await(CompletableFuture<Optional<Bodies.Tagged>> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }
}
