package org.w3id.hrckg.pipeline;

import java.io.IOException;

/** One text of a corpus: its file name and a way to read its bytes when its turn comes. */
public record SourceFile(String name, Reader reader) {

  /** Reads the bytes of a source file. */
  @FunctionalInterface
  public interface Reader {
    byte[] read() throws IOException;
  }

  public byte[] bytes() throws IOException {
    return reader.read();
  }
}
