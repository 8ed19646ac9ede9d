package org.w3id.hrckg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.VOID;

/**
 * A TDB2 store folder that is never left broken. Each build goes into a new generation
 * ({@code build-0001}, {@code build-0002}...) beside the one in use; the file {@code CURRENT}
 * names the generation to open, and is replaced in one rename only once a build has succeeded
 * and validated. A failed build leaves {@code CURRENT}, and the store it names, as they were.
 */
public final class TdbStore {

  private static final String POINTER = "CURRENT";
  private static final Pattern GENERATION = Pattern.compile("build-(\\d{4,})");

  private final Path folder;

  public TdbStore(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path folder() {
    return folder;
  }

  /** The generation in use, if a build has ever succeeded here. */
  public Optional<Path> current() throws IOException {
    Path pointer = folder.resolve(POINTER);
    if (!Files.exists(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!GENERATION.matcher(name).matches() || !Files.isDirectory(folder.resolve(name))) {
      throw new IOException(pointer + " names no build of this store: \"" + name + "\"");
    }
    return Optional.of(folder.resolve(name));
  }

  /** Opens the generation in use. */
  public Optional<DatasetGraph> open() throws IOException {
    return current().map(dir -> DatabaseMgr.connectDatasetGraph(dir.toString()));
  }

  /** The base URI a built dataset's things were minted under, as its build recorded it. */
  public static Optional<String> baseOf(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, VOID.uriSpace.asNode(), Node.ANY)
        .map(q -> q.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst());
  }

  /** A new, empty generation to build into. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(folder);
    int next = generations().stream().mapToInt(TdbStore::number).max().orElse(0) + 1;
    Path dir = folder.resolve(String.format("build-%04d", next));
    Files.createDirectory(dir);
    return dir;
  }

  /** Makes a generation the one in use, then deletes the older ones. */
  public void switchTo(Path generation) throws IOException {
    Path tmp = Files.createTempFile(folder, "." + POINTER + ".", ".tmp");
    try {
      Files.writeString(tmp, generation.getFileName() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, folder.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    for (Path old : generations()) {
      if (!old.equals(generation)) {
        delete(old);
      }
    }
  }

  /** Removes a generation that failed. */
  public void discard(Path generation) throws IOException {
    delete(generation);
  }

  private List<Path> generations() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> GENERATION.matcher(f.getFileName().toString()).matches() && Files.isDirectory(f)).toList();
    }
  }

  private static int number(Path generation) {
    var m = GENERATION.matcher(generation.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
