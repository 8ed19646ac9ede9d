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
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.hrckg.reference.BundledFiles;

/**
 * Where the texts of a corpus come from: a folder (at any depth), or the corpus packed into the
 * jar. Every {@code .txt}, {@code .md} and {@code .xml} file is a text, every {@code .pdf},
 * {@code .docx} and {@code .doc} a document (its reader chosen from its bytes); hidden files and
 * folders are left out, and so is the corpus's own documentation (see {@link #isDocumentation}).
 * They come in the order of their paths, so that builds are repeatable.
 */
public final class CorpusSource {

  /** The bundled corpus: the five French samples ({@code fr/}) and the UN's XML ({@code akn/}). */
  private static final String BUNDLED = "/corpus";

  private static final String SAMPLES = "/corpus/fr";

  /**
   * The names, before their first dot and in any case, that repositories give to the notes kept
   * beside their files: the UN's repositories hold a {@code README.md}, the bundled corpus the UN's
   * terms in {@code SOURCE.md}. Such a file describes the corpus and is not one of its documents.
   */
  private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "copying",
      "notice", "source", "sources", "changelog", "changes", "authors", "contributing", "security");

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

  /**
   * The corpus bundled in the jar (or in the classes folder, in a development build): the five
   * French samples and the Council's resolutions of sessions 54 to 56 in the six languages.
   */
  public static List<SourceFile> bundled() {
    return packed(BUNDLED);
  }

  /** The five French sample texts of the bundled corpus alone. */
  public static List<SourceFile> samples() {
    return packed(SAMPLES);
  }

  /**
   * Whether a file is the corpus's documentation rather than one of its documents: its name,
   * before the first dot, is one of {@link #DOCUMENTATION} ({@code README.md}, {@code LICENSE},
   * {@code SOURCE.md}, {@code readme.fr.txt}).
   */
  public static boolean isDocumentation(String fileName) {
    int dot = fileName.indexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    return DOCUMENTATION.contains(stem.toLowerCase(Locale.ROOT));
  }

  private static List<SourceFile> packed(String folder) {
    List<SourceFile> files = new ArrayList<>();
    BundledFiles.read(folder, CorpusSource::isText).forEach((path, bytes) ->
        files.add(SourceFile.of(path.substring(path.lastIndexOf('/') + 1), bytes)));
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
    return !isDocumentation(fileName) && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".xml")
        || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc"));
  }

  private static boolean isText(Path p) {
    return isText(p.getFileName().toString());
  }
}
