package org.w3id.hrckg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replacing files in one rename, and clearing what a killed process left on the way. */
final class AtomicFiles {

  private AtomicFiles() {}

  /** Moves a finished temporary file over its target in one rename where the file system can. */
  static void replace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes the temporary files that a killed build left beside a target ({@code .name.*.tmp}):
   * they were never renamed, so nothing refers to them.
   */
  static void clearLeftovers(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + target.getFileName() + ".*.tmp")) {
      for (Path p : leftovers) {
        Files.deleteIfExists(p);
      }
    }
  }
}
