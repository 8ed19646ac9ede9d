package org.w3id.hrckg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * Progress through the documents of a long build: a progress bar at a console, a line every
 * {@link #EVERY} elsewhere (a log, CI), with documents per second and the time left; nothing for
 * short builds or with {@code --quiet}.
 */
final class BuildProgress implements Consumer<SourceFile>, AutoCloseable {

  /** Builds of fewer texts finish before progress would help. */
  static final int FROM = 20;
  static final Duration EVERY = Duration.ofSeconds(10);

  private final int total;
  private final ProgressBar bar;
  private final PrintWriter log;
  private final LongSupplier clock;
  private final long start;
  private long lastLine;
  private int done;

  private BuildProgress(int total, ProgressBar bar, PrintWriter log, LongSupplier clock) {
    this.total = total;
    this.bar = bar;
    this.log = log;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastLine = start;
  }

  /** The progress a build of so many texts shows: a bar at a console, lines on the error stream elsewhere. */
  static BuildProgress of(int total, boolean quiet, PrintWriter stderr) {
    if (quiet || total < FROM) {
      return new BuildProgress(total, null, null, System::nanoTime);
    }
    if (System.console() != null) {
      return new BuildProgress(total, new ProgressBarBuilder().setTaskName("build").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build(), null, System::nanoTime);
    }
    return lines(total, stderr, System::nanoTime);
  }

  /** Lines on a writer, timed by a clock in nanoseconds. */
  static BuildProgress lines(int total, PrintWriter log, LongSupplier clock) {
    return new BuildProgress(total, null, log, clock);
  }

  @Override
  public void accept(SourceFile file) {
    done++;
    if (bar != null) {
      bar.step();
    }
    long now = clock.getAsLong();
    if (log != null && (now - lastLine >= EVERY.toNanos() || done == total)) {
      lastLine = now;
      log.println(line(done, total, (now - start) / 1e9));
      log.flush();
    }
  }

  /** "build: 5,000 of 20,000 documents parsed, 180 documents/s, about 1 min 23 s left". */
  static String line(int done, int total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 && done < total ? ", about " + duration((long) Math.ceil((total - done) / rate)) + " left" : "";
    return String.format(Locale.ROOT, "build: %,d of %,d documents parsed, %.0f documents/s%s", done, total, rate, left);
  }

  private static String duration(long seconds) {
    return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
