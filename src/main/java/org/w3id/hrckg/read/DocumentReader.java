package org.w3id.hrckg.read;

import java.util.List;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.source.InputFault;

/**
 * Reads one input format into a {@link ResolutionText}. A reader refuses what is not a resolution,
 * or is cut short, with an {@link InputFault} naming the line; what is odd but readable becomes a
 * diagnostic of the text.
 */
public interface DocumentReader {

  /** The format this reader reads. */
  InputFormat format();

  /**
   * Reads a file's bytes.
   *
   * @param fileName the file's own name, for the graph and for diagnostics
   * @throws InputFault when the file cannot be read as a resolution
   */
  ResolutionText read(String fileName, byte[] bytes) throws InputFault;

  /**
   * Reads every resolution a file holds: one for most formats; an Akoma Ntoso collection holds a
   * resolution per component (A/RES/75/101 A and B).
   *
   * @throws InputFault when the file cannot be read as resolutions
   */
  default List<ResolutionText> readAll(String fileName, byte[] bytes) throws InputFault {
    return List.of(read(fileName, bytes));
  }
}
