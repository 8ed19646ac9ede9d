package org.w3id.hrckg;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code ../shared} folder beside the clone (design, gold files, AKN corpus, reference table). */
public final class SharedFolder {

  private SharedFolder() {}

  public static Path path() {
    Path p = Path.of(System.getProperty("hrckg.shared", "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("the shared folder is missing: " + p + " (CI puts it beside the clone)");
    }
    return p;
  }
}
