package org.w3id.hrckg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hrckg.search.SearchIndex;
import org.w3id.hrckg.vocab.Eli;

/**
 * A TDB2 store folder that is never left broken, and that owns the life of its builds. Each build
 * goes into a new generation ({@code build-0001}, {@code build-0002}...) beside the one in use; the
 * file {@code CURRENT} names the generation to open. {@link #rebuild} creates a generation (a copy
 * of the current one, so that only what changed is written), builds into it, validates it and
 * checks it against the previous build ({@link BuildAcceptance}); only
 * then is {@code CURRENT} replaced, in one rename, and only once the new generation is current and
 * open are the older ones deleted. Each generation holds its full-text index ({@link SearchIndex}), built
 * before it becomes current. A failed, refused or killed build leaves {@code CURRENT}, and the
 * generation it names, as they were.
 */
public final class TdbStore implements AutoCloseable {

  private static final String POINTER = "CURRENT";
  private static final String RECORD = "build.json";
  /** The file of a generation that holds the ledger of its graphs ({@link GraphLedger}). */
  private static final String LEDGER = "graphs.tsv";
  /** The lock files a process holding a generation keeps in it: TDB2's, and Lucene's in the index. */
  private static final Set<String> LOCKS = Set.of("tdb.lock", "write.lock");
  /** The folder of a generation that holds its full-text index, built with it. */
  private static final String SEARCH_INDEX = "text-index";
  private static final Pattern GENERATION = Pattern.compile("build-(\\d{4,})");

  /**
   * What a rebuild gave: the build, and the dataset now served, or the reason the previous build
   * was kept; and how many of the build's graphs were written into the new generation (the others
   * came with the copy of the previous one).
   */
  public record Rebuild(BuiltDataset built, Optional<DatasetGraph> current, String refusal, int written) {

    /** Whether the new build became the store's current one. */
    public boolean switched() {
      return refusal == null;
    }
  }

  private final Path folder;
  /** The generations this process opened, to release before their files are deleted. */
  private final Map<Path, DatasetGraph> opened = new HashMap<>();
  /** The full-text indexes of the generations this process opened, closed when they are released. */
  private final Map<Path, TextIndex> indexes = new HashMap<>();

  public TdbStore(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path folder() {
    return folder;
  }

  /**
   * The folder where the store remembers what each source file gave when it was parsed (by the
   * digest of its content), so that a rebuild parses only new and changed files.
   */
  public Path parsed() {
    return folder.resolve("parsed");
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
    Optional<Path> current = current();
    return current.isPresent() ? Optional.of(openGeneration(current.get())) : Optional.empty();
  }

  /** Opens a generation once; one that another process holds (TDB2 locks it) is refused with the reason. */
  private DatasetGraph openGeneration(Path generation) throws IOException {
    try {
      return opened.computeIfAbsent(generation, g -> searchable(g, DatabaseMgr.connectDatasetGraph(g.toString())));
    } catch (DBOpEnvException e) {
      throw new IOException("the store " + folder + " is open in another process (" + e.getMessage()
          + "): stop that serve or build of it first", e);
    }
  }

  /** A generation's dataset with its full-text index attached (built first for an older generation without one). */
  private DatasetGraph searchable(Path generation, DatasetGraph dataset) {
    indexes.put(generation, SearchIndex.inFolder(dataset, generation.resolve(SEARCH_INDEX)));
    return dataset;
  }

  /** The base URI a built dataset's things were minted under, as its build recorded it. */
  public static Optional<String> baseOf(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, VOID.uriSpace.asNode(), Node.ANY)
        .map(q -> q.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst());
  }

  /**
   * Builds into a new generation and makes it current if it conforms and the acceptance allows it.
   * The new generation starts as a copy of the current one when that one keeps the ledger of its
   * graphs and was minted under the same base, so that the build writes only the graphs that
   * changed; otherwise it starts empty and is loaded whole.
   *
   * @param build fills the generation and validates it
   * @param base the base URI the build mints under, for its record
   */
  public Rebuild rebuild(Function<Generation, BuiltGeneration> build, String base, BuildAcceptance acceptance)
      throws IOException {
    Optional<Path> previous = current();
    discardAbandoned(previous);
    OptionalInt previousDocuments = acceptance.force() ? OptionalInt.empty() : documentsOf(previous);
    Path generation = newGeneration();
    Optional<GraphLedger> startsFrom = startingPoint(previous, base);
    if (startsFrom.isPresent()) {
      try {
        copy(previous.get(), generation);
      } catch (IOException e) {
        delete(generation);
        throw e;
      }
    }
    DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(generation.toString());
    BuiltGeneration built;
    try {
      built = build.apply(new Generation(dataset, startsFrom));
    } catch (RuntimeException e) {
      close(dataset, generation);
      throw e;
    }
    Optional<String> refusal = acceptance.refusal(built.built().validation().conforms(),
        built.built().report().documents().size(), previousDocuments);
    if (refusal.isPresent()) {
      close(dataset, generation);
      return new Rebuild(built.built(), Optional.empty(), refusal.get(), built.written());
    }
    index(generation, dataset, built.search());
    BuildRecord.of(built.built(), base).write(generation.resolve(RECORD));
    built.graphs().write(generation.resolve(LEDGER));
    switchTo(generation);
    opened.put(generation, dataset);
    for (Path old : generations()) {
      if (!old.equals(generation)) {
        retire(old);
      }
    }
    return new Rebuild(built.built(), Optional.of(dataset), null, built.written());
  }

  /** The ledger of the current generation, if the next one can start as a copy of it. */
  private static Optional<GraphLedger> startingPoint(Optional<Path> current, String base) throws IOException {
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Optional<BuildRecord> record = BuildRecord.read(current.get().resolve(RECORD));
    if (record.isEmpty() || !record.get().base().equals(base)) {
      return Optional.empty();
    }
    return GraphLedger.read(current.get().resolve(LEDGER));
  }

  /**
   * Copies a generation's files into a new one, all but the locks (of TDB2 and of the index) that
   * a process holding the generation keeps there. TDB2 writes its files in place, so a copy and
   * not a link.
   */
  private static void copy(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(f -> !f.equals(from)).toList();
    }
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      if (Files.isDirectory(f)) {
        Files.createDirectories(target);
      } else if (!LOCKS.contains(f.getFileName().toString())) {
        Files.copy(f, target);
      }
    }
  }

  /**
   * Gives a generation its full-text index: the copied index updated with what the build
   * changed, or, for a generation loaded whole or an index that cannot be updated, built anew.
   */
  private void index(Path generation, DatasetGraph dataset, Optional<SearchChanges> changes) throws IOException {
    Path folder = generation.resolve(SEARCH_INDEX);
    if (changes.isPresent() && SearchIndex.updatable(folder)) {
      TextIndex index = SearchIndex.inFolder(dataset, folder);
      SearchIndex.update(index, changes.get().unindexed(), changes.get().indexed());
      indexes.put(generation, index);
      return;
    }
    if (Files.exists(folder)) {
      delete(folder);
    }
    searchable(generation, dataset);
  }

  /** How many documents a generation holds, by its record or, for an older generation without one, by its data. */
  private OptionalInt documentsOf(Optional<Path> generation) throws IOException {
    if (generation.isEmpty()) {
      return OptionalInt.empty();
    }
    Optional<BuildRecord> record = BuildRecord.read(generation.get().resolve(RECORD));
    if (record.isPresent()) {
      return OptionalInt.of(record.get().documents());
    }
    DatasetGraph dataset = openGeneration(generation.get());
    return OptionalInt.of(Txn.calculateRead(dataset, () -> (int) dataset.stream(Node.ANY, Node.ANY,
        Eli.is_realized_by.asNode(), Node.ANY).map(q -> q.getSubject()).distinct().count()));
  }

  /** Generations that are not current were left by a build that was killed or failed, or by an older server. */
  private void discardAbandoned(Optional<Path> current) throws IOException {
    for (Path g : generations()) {
      if (current.isEmpty() || !g.equals(current.get())) {
        retire(g);
      }
    }
  }

  private Path newGeneration() throws IOException {
    Files.createDirectories(folder);
    int next = generations().stream().mapToInt(TdbStore::number).max().orElse(0) + 1;
    Path dir = folder.resolve(String.format("build-%04d", next));
    Files.createDirectory(dir);
    return dir;
  }

  /** Makes a generation the one in use: the pointer is replaced in one rename. */
  private void switchTo(Path generation) throws IOException {
    Path tmp = Files.createTempFile(folder, "." + POINTER + ".", ".tmp");
    try {
      Files.writeString(tmp, generation.getFileName() + "\n", StandardCharsets.UTF_8);
      AtomicFiles.replace(tmp, folder.resolve(POINTER));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void close(DatasetGraph dataset, Path generation) throws IOException {
    TDBInternal.expel(dataset);
    delete(generation);
  }

  /**
   * Deletes an old generation unless another process (a server still serving it) holds its lock:
   * that one is left for a later rebuild to remove. A generation this process opened is released first.
   */
  private void retire(Path generation) throws IOException {
    DatasetGraph mine = opened.remove(generation);
    Optional.ofNullable(indexes.remove(generation)).ifPresent(TextIndex::close);
    if (mine != null) {
      TDBInternal.expel(mine);
    }
    if (!lockedElsewhere(generation)) {
      delete(generation);
    }
  }

  /** Whether another process holds TDB2's lock file of a generation. */
  private static boolean lockedElsewhere(Path generation) throws IOException {
    Path lock = generation.resolve("tdb.lock");
    if (!Files.exists(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return true;
      }
      held.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  /** Releases every generation this process opened (their files stay). */
  @Override
  public void close() {
    indexes.values().forEach(TextIndex::close);
    indexes.clear();
    opened.values().forEach(TDBInternal::expel);
    opened.clear();
  }

  private List<Path> generations() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> GENERATION.matcher(f.getFileName().toString()).matches() && Files.isDirectory(f)).sorted().toList();
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
