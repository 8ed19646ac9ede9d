package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the texts of a corpus come from: a folder, or the sample corpus packed into the jar. Every
 * {@code .txt} and {@code .md} file is a text, in file-name order so that builds are repeatable.
 */
public final class CorpusSource {

  private static final String BUNDLED = "/corpus/fr";

  private CorpusSource() {}

  /** The texts of a folder (not of its sub-folders). */
  public static List<SourceFile> folder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such corpus folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).filter(CorpusSource::isText)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .map(p -> new SourceFile(p.getFileName().toString(), () -> Files.readAllBytes(p)))
          .toList();
    }
  }

  /** The sample corpus bundled in the jar (or in the classes folder, in a development build). */
  public static List<SourceFile> bundled() {
    URL url = CorpusSource.class.getResource(BUNDLED);
    if (url == null) {
      throw new IllegalStateException("the bundled corpus is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return fromJar(uri);
      }
      return folder(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list the bundled corpus: " + e.getMessage(), e);
    }
  }

  /** Reads the texts out of the jar at once: the jar's file system is closed afterwards. */
  private static List<SourceFile> fromJar(URI uri) throws IOException {
    FileSystem fs;
    boolean opened = false;
    try {
      fs = FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      fs = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    }
    try {
      List<SourceFile> files = new ArrayList<>();
      for (SourceFile f : folder(fs.getPath(BUNDLED))) {
        byte[] bytes = f.bytes();
        files.add(new SourceFile(f.name(), () -> bytes));
      }
      return files;
    } finally {
      if (opened) {
        fs.close();
      }
    }
  }

  private static boolean isText(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".md");
  }
}
