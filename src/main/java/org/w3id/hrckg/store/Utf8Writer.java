package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.atlas.io.AWriter;

/**
 * Jena's character writer for N-Quads in UTF-8 ({@code IO.wrapUTF8}), with the same bytes out, in
 * one step: Jena buffers the characters, hands them to Java's encoder, which buffers the bytes
 * again. Characters are encoded here straight into one byte buffer, as Java's UTF-8 encoder does:
 * a surrogate pair as the four bytes of its code point, a surrogate without its pair as {@code ?}.
 * A high surrogate at the end of one call waits for the next.
 */
final class Utf8Writer implements AWriter {

  private static final int SIZE = 1 << 16;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private int used;
  /** A high surrogate written last, whose low half may come next; 0 when none. */
  private char high;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char ch) {
    print(ch);
  }

  @Override
  public void write(char[] chars) {
    print(chars);
  }

  @Override
  public void write(String s) {
    print(s);
  }

  @Override
  public void print(char ch) {
    encode(ch);
  }

  @Override
  public void print(char[] chars) {
    for (char c : chars) {
      encode(c);
    }
  }

  @Override
  public void print(String s) {
    for (int i = 0; i < s.length(); i++) {
      encode(s.charAt(i));
    }
  }

  @Override
  public void printf(String fmt, Object... args) {
    print(String.format(fmt, args));
  }

  @Override
  public void println(String s) {
    print(s);
    println();
  }

  @Override
  public void println() {
    encode('\n');
  }

  private void encode(char c) {
    if (used > SIZE - 4) {
      drain();
    }
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        buffer[used++] = (byte) (0xf0 | cp >> 18);
        buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buffer[used++] = (byte) (0x80 | cp & 0x3f);
        return;
      }
      buffer[used++] = '?';
      if (used > SIZE - 4) {
        drain();
      }
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xc0 | c >> 6);
      buffer[used++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[used++] = '?';
    } else {
      buffer[used++] = (byte) (0xe0 | c >> 12);
      buffer[used++] = (byte) (0x80 | c >> 6 & 0x3f);
      buffer[used++] = (byte) (0x80 | c & 0x3f);
    }
  }

  private void drain() {
    try {
      out.write(buffer, 0, used);
      used = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what is buffered; a high surrogate still waits for its pair. */
  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what is buffered, a high surrogate left without its pair as {@code ?}, and closes the stream. */
  @Override
  public void close() {
    if (high != 0) {
      high = 0;
      buffer[used++] = '?';
    }
    flush();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
