package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Utf8Writer} writes the very bytes of Jena's {@code IO.wrapUTF8}: ASCII, two- and
 * three-byte characters, surrogate pairs (whole, or split over two calls), surrogates without
 * their pair (in the middle, at the end), and more than its buffer holds; each text written as
 * one string, character by character, and as a string, characters and line ends mixed.
 */
class Utf8WriterTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "", "Résolution 53/1", "<https://w3id.org/hrc-kg/id/A/HRC/RES/53/1> .", "« Совет » 人权理事会 حقوق",
      "emoji \ud83d\ude00 pair", "\ud83d", "\ude00 low alone", "high \ud83d then text", "two highs \ud83d\ud83d\ude00",
      "end high \ud83d"})
  void sameBytesAsJenasWriter(String text) {
    String big = text + "é".repeat(70_000) + text;
    for (String s : List.of(text, big)) {
      assertSame(w -> w.print(s), s);
      assertSame(w -> s.chars().forEach(c -> w.print((char) c)), s);
      assertSame(w -> {
        int half = s.length() / 2;
        w.print(s.substring(0, half));
        w.print(s.substring(half).toCharArray());
        w.println();
        w.println(s);
        w.write('x');
      }, s);
    }
  }

  private static void assertSame(Consumer<AWriter> writing, String text) {
    ByteArrayOutputStream jenas = new ByteArrayOutputStream();
    AWriter jena = IO.wrapUTF8(jenas);
    writing.accept(jena);
    jena.close();
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    AWriter ourWriter = new Utf8Writer(ours);
    writing.accept(ourWriter);
    ourWriter.close();
    assertArrayEquals(jenas.toByteArray(), ours.toByteArray(), () -> "for " + text.codePoints().limit(40).mapToObj(Integer::toHexString).toList());
  }
}
