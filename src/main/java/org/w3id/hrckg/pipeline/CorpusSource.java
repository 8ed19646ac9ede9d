package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.w3id.hrckg.reference.BundledFiles;

/**
 * Where the texts of a corpus come from: a folder (at any depth), or the sample corpus packed into
 * the jar. Every {@code .txt}, {@code .md} and {@code .xml} file is a text, every {@code .pdf},
 * {@code .docx} and {@code .doc} a document (its reader chosen from its bytes); hidden files and
 * folders are left out. They come in the order of their paths, so that builds are repeatable.
 */
public final class CorpusSource {

  private static final String BUNDLED = "/corpus/fr";

  private CorpusSource() {}

  /** The texts of a folder and of its sub-folders. */
  public static List<SourceFile> folder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such corpus folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> texts = files.filter(Files::isRegularFile).filter(p -> !hidden(dir.relativize(p)))
          .filter(CorpusSource::isText).sorted().toList();
      List<SourceFile> sources = new ArrayList<>();
      for (Path p : texts) {
        sources.add(SourceFile.of(p));
      }
      return sources;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The sample corpus bundled in the jar (or in the classes folder, in a development build). */
  public static List<SourceFile> bundled() {
    List<SourceFile> files = new ArrayList<>();
    BundledFiles.read(BUNDLED, CorpusSource::isText).forEach((name, bytes) -> files.add(SourceFile.of(name, bytes)));
    return files;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isText(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".xml")
        || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc");
  }

  private static boolean isText(Path p) {
    return isText(p.getFileName().toString());
  }
}
