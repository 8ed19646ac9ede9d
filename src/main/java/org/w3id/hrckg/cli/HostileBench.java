package org.w3id.hrckg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * How parse time grows with hostile input: each shape that once made a pattern backtrack or recurse
 * (runs of parentheses, of symbol parts, of numbers, a huge sponsor list, one enormous line) put
 * into a real text at sizes doubling four times. Linear time shows as a growth exponent near 1
 * (time × 8 for size × 8); the exponent is printed for each shape.
 */
final class HostileBench {

  /** One hostile shape: its name and the phrase of n units it puts into the text. */
  private record Shape(String name, IntFunction<String> phrase) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape("parenthesis pairs", n -> "Rappelant " + "()".repeat(n) + ",\n"),
      new Shape("nested parentheses", n -> "Rappelant " + "(".repeat(n) + ")".repeat(n) + ",\n"),
      new Shape("symbol parts", n -> "Rappelant " + "A/HRC/".repeat(n) + ",\n"),
      new Shape("list of numbers", n -> "Rappelant ses résolutions " + "12/3, ".repeat(n) + "et 4/5,\n"),
      new Shape("sponsor list", n -> "Albanie*, Argentine, ".repeat(n) + "et Yémen* :\n"),
      new Shape("quotes", n -> "Rappelant " + "« ".repeat(n) + " »".repeat(n) + ",\n"),
      new Shape("one long line", n -> "Rappelant " + "la résolution 5/1 du Conseil, ".repeat(n / 4) + "\n"));

  private static final int[] SIZES = {2_000, 4_000, 8_000, 16_000};
  private static final int REPEATS = 3;

  private HostileBench() {}

  static void run(String text, PrintWriter out) {
    int at = text.indexOf("\nRappelant") + 1;
    for (Shape shape : SHAPES) {
      best((text.substring(0, at) + shape.phrase().apply(SIZES[0]) + text.substring(at)).getBytes(StandardCharsets.UTF_8));
    }
    out.printf("hostile inputs, after a warm-up (growth exponent: 1 is linear, 2 quadratic; best of %d runs):%n", REPEATS);
    for (Shape shape : SHAPES) {
      double[] seconds = new double[SIZES.length];
      StringBuilder line = new StringBuilder(String.format("  %-20s", shape.name()));
      for (int i = 0; i < SIZES.length; i++) {
        byte[] bytes = (text.substring(0, at) + shape.phrase().apply(SIZES[i]) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
        seconds[i] = best(bytes);
        line.append(String.format(" %6d: %7.1f ms", SIZES[i], seconds[i] * 1000));
      }
      double exponent = Math.log(seconds[SIZES.length - 1] / seconds[0]) / Math.log((double) SIZES[SIZES.length - 1] / SIZES[0]);
      out.println(line.append(String.format("   exponent %.2f", exponent)));
    }
    out.flush();
  }

  private static double best(byte[] bytes) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < REPEATS; r++) {
      long t = System.nanoTime();
      DocumentParser.parse("hostile.txt", bytes);
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    return best;
  }
}
