package org.w3id.hrckg.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of a folder packed into the jar (the bundled corpus, the named queries), or of the
 * classes folder in a development build, at any depth: read at once, keyed by their path relative
 * to the folder ({@code akn/fr/x.xml}; a file of the folder itself by its name), in path order.
 */
public final class BundledFiles {

  private BundledFiles() {}

  /** The files of a class-path folder and its sub-folders whose file names pass a test, relative path to bytes. */
  public static Map<String, byte[]> read(String folder, Predicate<String> names) {
    URL url = BundledFiles.class.getResource(folder);
    if (url == null) {
      throw new IllegalStateException(folder + " is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return read(Path.of(uri), names);
      }
      FileSystem fs;
      boolean opened = false;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        fs = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      }
      try {
        return read(fs.getPath(folder), names);
      } finally {
        if (opened) {
          fs.close();
        }
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read " + folder + " from the class path: " + e.getMessage(), e);
    }
  }

  private static Map<String, byte[]> read(Path dir, Predicate<String> names) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> listing = Files.walk(dir)) {
      listing.filter(Files::isRegularFile).filter(p -> names.test(p.getFileName().toString()))
          .sorted().forEach(p -> {
            try {
              files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return files;
  }
}
