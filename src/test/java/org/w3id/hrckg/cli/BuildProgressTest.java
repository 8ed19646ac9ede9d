package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.pipeline.SourceFile;

/** Progress when not at a console: a line every ten seconds and at the end, with documents/s and the time left; none with --quiet. */
class BuildProgressTest {

  @Test
  void aLineEveryTenSecondsAndOneAtTheEnd() {
    long[] now = {0};
    StringWriter log = new StringWriter();
    SourceFile file = SourceFile.of("a.txt", new byte[0]);
    try (BuildProgress progress = BuildProgress.lines(300, new PrintWriter(log), () -> now[0])) {
      for (int i = 0; i < 300; i++) {
        now[0] += TimeUnit.MILLISECONDS.toNanos(100);
        progress.accept(file);
      }
    }
    assertEquals("""
        build: 100 of 300 documents parsed, 10 documents/s, about 20 s left
        build: 200 of 300 documents parsed, 10 documents/s, about 10 s left
        build: 300 of 300 documents parsed, 10 documents/s
        """, log.toString());
  }

  @Test
  void quietSaysNothing() {
    StringWriter log = new StringWriter();
    try (BuildProgress progress = BuildProgress.of(300, true, new PrintWriter(log))) {
      for (int i = 0; i < 300; i++) {
        progress.accept(SourceFile.of("a.txt", new byte[0]));
      }
    }
    assertEquals("", log.toString());
  }

  @Test
  void theTimeLeftInMinutes() {
    assertEquals("build: 5,000 of 20,000 documents parsed, 180 documents/s, about 1 min 24 s left",
        BuildProgress.line(5000, 20000, 5000 / 180.0));
  }
}
