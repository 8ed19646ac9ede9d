package org.w3id.hrckg.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The ways the fuzz test spoils a real text, each a function of the text's bytes and a seeded
 * generator: the faults seen in real corpora (truncation, wrong encodings, flipped bytes) and the
 * shapes that break parsers (runaway footnote markers, huge sponsor lists, deep nesting, one
 * enormous line, a paragraph repeated thousands of times).
 */
enum Mutation {
  TRUNCATE((b, r) -> java.util.Arrays.copyOf(b, r.nextInt(b.length))),
  FLIP_BYTES((b, r) -> {
    byte[] out = b.clone();
    for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
      out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
    }
    return out;
  }),
  UTF16_WITH_BOM((b, r) -> reencode(b, r.nextBoolean() ? "UTF-16BE" : "UTF-16LE", true)),
  UTF16_WITHOUT_BOM((b, r) -> reencode(b, r.nextBoolean() ? "UTF-16BE" : "UTF-16LE", false)),
  UTF8_BOM((b, r) -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)),
  LATIN1((b, r) -> text(b).getBytes(StandardCharsets.ISO_8859_1)),
  NUL_BYTES((b, r) -> insert(b, r, new byte[r.nextInt(1, 4)])),
  GLUED_SUPERSCRIPTS((b, r) -> bytes(gluedAfterWords(text(b), r, "¹²³⁴⁵⁶⁷⁸⁹⁰", 5 + r.nextInt(40)))),
  GLUED_DIGITS((b, r) -> bytes(gluedAfterWords(text(b), r, "0123456789", 5 + r.nextInt(40)))),
  RUNAWAY_MARKERS((b, r) -> bytes(gluedAfterWords(text(b), r, "", 0).replace(", ", "[^" + "9".repeat(5 + r.nextInt(30)) + "], "))),
  HUGE_SPONSOR_LIST((b, r) -> bytes(hugeSponsorList(text(b), r))),
  DEEP_PARENTHESES((b, r) -> bytes(atParagraph(text(b), r, "(".repeat(20_000) + ")".repeat(20_000)))),
  PARENTHESIS_PAIRS((b, r) -> bytes(atParagraph(text(b), r, "()".repeat(20_000)))),
  NESTED_QUOTES((b, r) -> bytes(atParagraph(text(b), r, "« ".repeat(5_000) + " »".repeat(5_000)))),
  SYMBOL_RUN((b, r) -> bytes(atParagraph(text(b), r, "A/HRC/".repeat(20_000)))),
  NUMBER_RUN((b, r) -> bytes(atParagraph(text(b), r, "résolutions " + "12/3, ".repeat(10_000) + "et 4/5"))),
  LONG_LINE((b, r) -> bytes(text(b).replace("\n", " "))),
  REPEATED_PARAGRAPH((b, r) -> bytes(repeatedParagraph(text(b), r))),
  NO_LINE_BREAKS_HUGE((b, r) -> bytes(text(b).replace("\n", " ").repeat(8))),
  SHUFFLED_LINES((b, r) -> bytes(shuffledLines(text(b), r))),
  PINPOINT_RUN((b, r) -> bytes(atParagraph(text(b), r, "les paragraphes " + "12, ".repeat(20_000) + "et 13 de sa résolution 5/1"))),
  GOAL_RUN((b, r) -> bytes(atParagraph(text(b), r, "les objectifs " + "3, ".repeat(20_000) + "et 5"))),
  BAD_ENTITIES((b, r) -> bytes(atParagraph(text(b), r, "&#55296; &#x10FFFFF; &#999999; &#xD800;"))),
  HUGE_NUMBERS((b, r) -> bytes(atParagraph(text(b), r, "la résolution 99999999999999/99999999999999 du 99 mars 99999999999 et le paragraphe 99999999999 "))),
  CONTROL_CHARACTERS((b, r) -> bytes(atParagraph(text(b), r, "\u0007\u001b[31m\u000b\f\u0085\u2028\u2029\u202e")));

  private final BiFunction<byte[], SplittableRandom, byte[]> apply;

  Mutation(BiFunction<byte[], SplittableRandom, byte[]> apply) {
    this.apply = apply;
  }

  byte[] apply(byte[] text, SplittableRandom random) {
    return text.length == 0 ? text : apply.apply(text, random);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] reencode(byte[] b, String charset, boolean bom) {
    String s = text(b);
    return (bom ? "\uFEFF" + s : s).getBytes(Charset.forName(charset));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] insert(byte[] b, SplittableRandom r, byte[] what) {
    int at = r.nextInt(b.length);
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  /** Runs of digits glued to the ends of a few words, as a broken extraction prints footnote calls. */
  private static String gluedAfterWords(String s, SplittableRandom r, String digits, int length) {
    if (digits.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s);
    for (int k = 0; k < 5; k++) {
      int at = s.indexOf(' ', r.nextInt(s.length()));
      if (at > 0 && Character.isLetter(sb.charAt(at - 1))) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < length; i++) {
          run.append(digits.charAt(r.nextInt(digits.length())));
        }
        sb.insert(at, run);
      }
    }
    return sb.toString();
  }

  private static final String[] STATES = {"Albanie*", "Argentine", "Australie*", "Brésil", "Canada*", "Chili*",
      "Équateur*", "Espagne*", "Fidji*", "Honduras", "Indonésie", "Islande*", "Italie*", "Luxembourg", "Malaisie"};

  /** About 800 States in the list before "projet de résolution" (or at the top when there is none). */
  private static String hugeSponsorList(String s, SplittableRandom r) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      names.add(STATES[r.nextInt(STATES.length)]);
    }
    String list = String.join(", ", names) + " et Yémen* :\n";
    int draft = s.indexOf("projet de résolution");
    return draft < 0 ? list + s : s.substring(0, draft) + list + s.substring(draft);
  }

  /** A hostile phrase put at the start of a paragraph somewhere in the text. */
  private static String atParagraph(String s, SplittableRandom r, String phrase) {
    int at = s.indexOf("\nRappelant", r.nextInt(Math.max(1, s.length() / 2)));
    if (at < 0) {
      at = s.indexOf('\n', r.nextInt(s.length()));
    }
    if (at < 0) {
      at = 0;
    }
    return s.substring(0, at + 1) + "Rappelant " + phrase + ",\n" + s.substring(at + 1);
  }

  private static String repeatedParagraph(String s, SplittableRandom r) {
    String[] paragraphs = s.split("\n\\s*\n");
    String one = paragraphs[r.nextInt(paragraphs.length)];
    return s + ("\n\n" + one).repeat(2_000);
  }

  private static String shuffledLines(String s, SplittableRandom r) {
    List<String> lines = new ArrayList<>(List.of(s.split("\n")));
    for (int i = lines.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      String t = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, t);
    }
    return String.join("\n", lines);
  }
}
