package org.w3id.hrckg.source;

/**
 * An input file that cannot be read as the text of a resolution: empty, binary, truncated or not
 * a resolution at all. The message says what is wrong; the line says where (0 for the whole file).
 */
public final class InputFault extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  public InputFault(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
