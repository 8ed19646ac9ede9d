package org.w3id.hrckg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * What parsing each source file gave, on disk: a build parses every file once, spills what it
 * gave here, and assembles the works from here, so that the corpus is never held in memory. Each
 * entry is named by a digest of the code that parsed it, the file's name and its bytes: a spill
 * kept between builds (in a store's folder, or with {@code --cache}) remembers what every file
 * produced, and a rebuild parses only the files that are new or changed.
 */
public final class DocumentSpill implements AutoCloseable {

  /** What parsing one file gave, as it is kept. */
  private record Entry(List<ParsedDocument> documents, List<Diagnostic> diagnostics) {}

  /** How an entry starts: anything else (an entry of an older format) is parsed again. */
  private static final int MAGIC = 0x48524b31;

  private static final RecordCodec<Entry> ENTRIES = RecordCodec.of(Entry.class);

  private static final String CODE = codeVersion();

  private final Path folder;
  private final boolean temporary;

  private DocumentSpill(Path folder, boolean temporary) {
    this.folder = folder;
    this.temporary = temporary;
  }

  /** A spill for one build, deleted when closed (or by a later run, if this process is killed: {@link TemporaryFiles}). */
  public static DocumentSpill temporary() throws IOException {
    return new DocumentSpill(TemporaryFiles.folder(TemporaryFiles.Kind.SPILL), true);
  }

  /** A spill kept in a folder between builds. */
  public static DocumentSpill in(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new DocumentSpill(folder, false);
  }

  /** The name of what a file gives: a digest of the parsing code, the file's name and its bytes. */
  static String key(String fileName, byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((CODE + "\n" + fileName + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** What a file gave when it was parsed before, if it was. */
  Optional<DocumentParser.Outcome> get(String key) {
    Path entry = folder.resolve(key);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      Entry e = ENTRIES.read(in, Entry.class);
      return Optional.of(new DocumentParser.Outcome(e.documents(), e.diagnostics()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // A damaged or foreign entry is parsed again.
      return Optional.empty();
    }
  }

  /** How a document is named: the file's entry and its place among the file's documents. */
  static String reference(String key, int index) {
    return key + "#" + index;
  }

  /** The entry a document reference names. */
  static String keyOf(String reference) {
    return reference.substring(0, reference.indexOf('#'));
  }

  /** The document a reference names. */
  ParsedDocument document(String reference) {
    int index = Integer.parseInt(reference.substring(reference.indexOf('#') + 1));
    return get(keyOf(reference)).map(o -> o.documents().get(index))
        .orElseThrow(() -> new IllegalStateException("the spill " + folder + " lost its entry " + reference));
  }

  /** Keeps what a file gave; the entry appears whole or not at all. */
  void put(String key, DocumentParser.Outcome outcome) {
    Path entry = folder.resolve(key);
    try {
      Path tmp = Files.createTempFile(folder, "." + key, ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(MAGIC);
        ENTRIES.write(out, new Entry(outcome.documents(), List.copyOf(outcome.diagnostics())));
      }
      Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill " + entry, e);
    }
  }

  /** Forgets what files no longer in the corpus gave. */
  void retainOnly(Set<String> keys) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.toList()) {
        if (!keys.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!temporary) {
      return;
    }
    try (Stream<Path> entries = Files.walk(folder)) {
      for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The code that parses, as the jar it runs from (its size and time): a new build of hrc-kg
   * parses every file again. Run from a classes folder (in development), the version alone.
   */
  private static String codeVersion() {
    try {
      Path code = Path.of(DocumentSpill.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
      }
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      // fall back to the class's own version
    }
    return "classes " + Optional.ofNullable(DocumentSpill.class.getPackage().getImplementationVersion()).orElse("dev");
  }
}
