package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file of a corpus: its file name, its size, and a way to read its bytes when its turn
 * comes (the size is known before, so that a file too large for the budget is never read).
 */
public record SourceFile(String name, long size, Reader reader) {

  /** Reads the bytes of a source file. */
  @FunctionalInterface
  public interface Reader {
    byte[] read() throws IOException;
  }

  /** A file held in memory. */
  public static SourceFile of(String name, byte[] bytes) {
    return new SourceFile(name, bytes.length, () -> bytes);
  }

  /** A file on disk, named by its own name without folder. */
  public static SourceFile of(Path file) throws IOException {
    return new SourceFile(file.getFileName().toString(), Files.size(file), () -> Files.readAllBytes(file));
  }

  public byte[] bytes() throws IOException {
    return reader.read();
  }
}
