package org.w3id.hrckg.source;

/**
 * The decoded text of one input file. Character offsets reported anywhere in the graph are
 * positions in {@link #text()}.
 *
 * @param fileName the file name, without folder
 * @param text the decoded text, without byte order mark
 * @param encoding the character encoding it was decoded from
 * @param sha256 the SHA-256 checksum of the file's bytes, in hexadecimal
 * @param lines where the lines of the text start
 */
public record SourceText(String fileName, String text, String encoding, String sha256, LineIndex lines) {

  public static SourceText of(String fileName, String text, String encoding, String sha256) {
    return new SourceText(fileName, text, encoding, sha256, LineIndex.of(text));
  }

  /** The 1-based line number of a position in the text. */
  public int lineOf(int position) {
    return lines.lineOf(position);
  }
}
