package org.w3id.hrckg.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One computation at a time per key: threads that ask for a key while it is being computed wait
 * for that computation instead of each starting it again (under load the first askers of one page
 * or one query otherwise pile up on every core). The computation runs on the thread that asked
 * first, inside its request (and its read transaction). A failure reaches every waiter and is not
 * kept: the next ask computes again.
 *
 * @param <K> what is computed, as a key
 * @param <V> what a computation gives
 */
public final class SingleFlight<K, V> {

  private final ConcurrentMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

  /** The value of {@code compute} for {@code key}, computed here or awaited from the thread computing it. */
  public V get(K key, Supplier<V> compute) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> other = running.putIfAbsent(key, mine);
    return other == null ? computeOnce(key, compute, mine) : await(other);
  }

  private V computeOnce(K key, Supplier<V> compute, CompletableFuture<V> mine) {
    try {
      V value = compute.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }

  /** The result of work running elsewhere, once done, its failure thrown as it was thrown. */
  public static <V> V await(CompletableFuture<V> running) {
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
