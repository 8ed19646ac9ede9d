package org.w3id.hrckg.server.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.w3id.hrckg.server.http.SingleFlight;

/**
 * The answers of the public endpoint's queries, kept while the server runs. The public server
 * takes no update, so an answer once read stays right; the expensive questions a portal asks again
 * and again (the named queries over the whole corpus) are then answered without running them
 * again. Bounded by the RDF terms held (least recently used out first); one request computes a
 * given answer at a time, the others asking it meanwhile wait for it. Failures (a timeout, an
 * answer too large) are not kept.
 */
final class AnswerCache {

  /** What a kept term costs, roughly: its slot in the detached row and its share of a node. */
  private static final long BYTES_A_TERM = 100;

  /** The most RDF terms kept by default: about an eighth of the heap. */
  static long defaultTerms() {
    return Runtime.getRuntime().maxMemory() / 8 / BYTES_A_TERM;
  }

  private final long terms;
  private final Cache<AnswerKey, Answer> kept;
  private final SingleFlight<AnswerKey, Answer> computing = new SingleFlight<>();

  private AnswerCache(long terms) {
    this.terms = terms;
    // Upkeep (eviction) on the asking thread: what is kept past the bound is gone when get returns.
    this.kept = Caffeine.newBuilder().maximumWeight(terms).executor(Runnable::run)
        .<AnswerKey, Answer>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE, answer.terms()))
        .build();
  }

  /** A cache that keeps up to {@code terms} RDF terms of answers. */
  static AnswerCache keeping(long terms) {
    return new AnswerCache(terms);
  }

  /** No cache, for a dataset that updates change: every request runs its query. */
  static AnswerCache none() {
    return new AnswerCache(0);
  }

  /** The answer to a request: kept, being computed by another request, or computed now. */
  Answer get(AnswerKey key, Supplier<Answer> compute) {
    if (terms == 0) {
      return compute.get();
    }
    Answer known = kept.getIfPresent(key);
    return known != null ? known : computing.get(key, () -> {
      // Another request may have kept it between the miss and taking the key.
      Answer again = kept.getIfPresent(key);
      if (again != null) {
        return again;
      }
      Answer fresh = compute.get();
      kept.put(key, fresh);
      return fresh;
    });
  }
}
