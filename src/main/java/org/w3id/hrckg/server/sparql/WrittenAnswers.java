package org.w3id.hrckg.server.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.riot.web.HttpNames;

/**
 * The answers of the read-only {@code /sparql} as they were written, by question and by what the
 * request asked of the writing: writing a large answer (a named query over the whole corpus, some
 * megabytes of SPARQL JSON) costs more than reading it from {@link AnswerCache}. Bounded by bytes,
 * least recently used out first.
 *
 * <p>The query processor, which knows the question, looks an answer up ({@link #find}) and, when
 * it is not there, marks the request; {@link BoundedAnswerFilter}, which holds the whole answer
 * once written, keeps it for a marked request that was answered 200 ({@link #keep}).
 */
public final class WrittenAnswers {

  private static final String KEEP_AS = WrittenAnswers.class.getName() + ".keepAs";
  /** The request parameters, besides {@code Accept}, by which Fuseki chooses how an answer is written. */
  private static final List<String> WRITING = List.of(HttpNames.paramOutput1, HttpNames.paramOutput2,
      HttpNames.paramOutput3, HttpNames.paramStyleSheet, HttpNames.paramForceAccept, HttpNames.paramCallback);

  private final Cache<Key, Written> kept;

  private WrittenAnswers(long bytes) {
    // Upkeep (eviction) on the asking thread: what is kept past the bound is gone when put returns.
    this.kept = Caffeine.newBuilder().maximumWeight(bytes).executor(Runnable::run)
        .<Key, Written>weigher((key, written) -> written.body().length).build();
  }

  /** Up to {@code bytes} of written answers. */
  public static WrittenAnswers keeping(long bytes) {
    return new WrittenAnswers(bytes);
  }

  /** The default bound: about an eighth of the heap. */
  public static long defaultBytes() {
    return Runtime.getRuntime().maxMemory() / 8;
  }

  /** The headers, besides {@code Content-Type}, that Fuseki's writers set on some answers and not on others. */
  private static final List<String> HEADERS = List.of(HttpNames.hCacheControl, HttpNames.hPragma);

  /**
   * An answer as written: its {@code Content-Type} (charset included), the other {@link #HEADERS}
   * it was sent with, and its bytes.
   */
  record Written(String contentType, Map<String, String> headers, byte[] body) {
    Written {
      headers = Map.copyOf(headers);
    }

    /** Sends it as it was sent the first time (status, headers, body). */
    void send(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      headers.forEach(response::setHeader);
      response.setContentType(contentType);
      response.getOutputStream().write(body);
    }
  }

  /** The same question, asked to be written the same way. */
  private record Key(AnswerKey question, String accept, List<String> writing) {
  }

  /** The answer to this request as written before, or none, in which case the request is marked to keep it. */
  Optional<Written> find(HttpServletRequest request, AnswerKey question) {
    Key key = new Key(question, String.valueOf(request.getHeader("Accept")), writing(request));
    Written written = kept.getIfPresent(key);
    if (written == null) {
      request.setAttribute(KEEP_AS, key);
    }
    return Optional.ofNullable(written);
  }

  /** Keeps the whole answer to a marked request; does nothing for another one. */
  void keep(HttpServletRequest request, HttpServletResponse response, Supplier<byte[]> body) {
    if (request.getAttribute(KEEP_AS) instanceof Key key && response.getContentType() != null) {
      Map<String, String> headers = new TreeMap<>();
      for (String header : HEADERS) {
        if (response.getHeader(header) != null) {
          headers.put(header, response.getHeader(header));
        }
      }
      kept.put(key, new Written(response.getContentType(), headers, body.get()));
    }
  }

  private static List<String> writing(HttpServletRequest request) {
    List<String> values = new ArrayList<>();
    for (String parameter : WRITING) {
      values.add(String.valueOf(request.getParameter(parameter)));
    }
    return values;
  }
}
