package org.w3id.hrckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** What is kept, what is computed again, and within what bound. */
class AnswerCacheTest {

  private static final AnswerKey QUESTION = new AnswerKey("SELECT * { ?s ?p ?o }", List.of(), List.of());
  private static final AnswerKey OTHER = new AnswerKey("SELECT * { ?s ?p ?o } LIMIT 1", List.of(), List.of());

  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void theSameQuestionIsAnsweredOnce() {
    AnswerCache cache = AnswerCache.keeping(100);
    Answer first = cache.get(QUESTION, counted(rows(3)));
    assertSame(first, cache.get(QUESTION, counted(rows(3))));
    assertEquals(1, runs.get());
    cache.get(OTHER, counted(rows(3)));
    assertEquals(2, runs.get());
  }

  @Test
  void withoutACacheEveryRequestRunsItsQuery() {
    AnswerCache none = AnswerCache.none();
    none.get(QUESTION, counted(rows(1)));
    none.get(QUESTION, counted(rows(1)));
    assertEquals(2, runs.get());
  }

  @Test
  void aFailureIsNotKept() {
    AnswerCache cache = AnswerCache.keeping(100);
    assertThrows(IllegalStateException.class, () -> cache.get(QUESTION, counted(() -> {
      throw new IllegalStateException("the query ran out of time");
    })));
    cache.get(QUESTION, counted(rows(1)));
    assertEquals(2, runs.get(), "the question is asked again after a failure");
  }

  @Test
  void anAnswerLargerThanTheBoundIsGivenButNotKept() {
    AnswerCache cache = AnswerCache.keeping(10);
    assertEquals(20, cache.get(QUESTION, counted(rows(20))).terms());
    cache.get(QUESTION, counted(rows(20)));
    assertEquals(2, runs.get());
  }

  /** An answer of {@code n} rows of one variable: n terms. */
  private static Supplier<Answer> rows(int n) {
    Var s = Var.alloc("s");
    Binding row = BindingFactory.binding(s, NodeFactory.createURI("http://example.org/s"));
    return () -> new Answer.Rows(List.of(s), Collections.nCopies(n, row));
  }

  private Supplier<Answer> counted(Supplier<Answer> compute) {
    return () -> {
      runs.incrementAndGet();
      return compute.get();
    };
  }
}
