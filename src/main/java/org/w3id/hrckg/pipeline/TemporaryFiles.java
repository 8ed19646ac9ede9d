package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The owner of the temporary folders and files a run leaves in the system's temporary folder (a
 * build's spill, the TDB2 store of {@code --data} dumps, a rebuild's delta). Their owners delete
 * them when they close, but a process that is killed (SIGKILL, the kernel's OOM killer) cannot,
 * and a store's leftovers take gigabytes. So each is named after its kind and the process that
 * made it, {@code hrc-kg-KIND-PID-...}, and making one first deletes those whose process is no
 * longer alive: never a live process's, whichever program it is, and nothing not named so.
 */
public final class TemporaryFiles {

  /** The kinds of temporary folders and files, by their owners. */
  public enum Kind {
    /** A build's spill of parsed documents ({@link DocumentSpill}). */
    SPILL,
    /** The TDB2 store of dumps read with {@code --data}. */
    DATA,
    /** The graphs a rebuild sets aside before it writes them. */
    DELTA;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The names this class gives: {@code hrc-kg-}, the kind, the process id, then what the system
   * adds to make the name unique. {@code hrc-kg-spill-4242-1234567} and {@code hrc-kg-delta-77-99.nq}
   * match (processes 4242 and 77); {@code hrc-kg-spill-1234567} (a name of older builds, which
   * carried no process) and {@code hrc-kg-dump-5-1.nq.gz} (not a kind of ours) do not.
   */
  static final Pattern OWNED = Pattern.compile("hrc-kg-(?:" + String.join("|", Stream.of(Kind.values()).map(Kind::word).toList())
      + ")-(\\d+)-.+");

  private TemporaryFiles() {}

  /** A new folder of this process in the system's temporary folder. */
  public static Path folder(Kind kind) throws IOException {
    Path dir = systemFolder();
    sweep(dir);
    return Files.createTempDirectory(dir, prefix(kind));
  }

  /** A new file of this process in the system's temporary folder. */
  public static Path file(Kind kind, String suffix) throws IOException {
    Path dir = systemFolder();
    sweep(dir);
    return Files.createTempFile(dir, prefix(kind), suffix);
  }

  private static Path systemFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static String prefix(Kind kind) {
    return "hrc-kg-" + kind.word() + "-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Deletes the folders and files of {@code dir} named by a process that is no longer alive. What
   * cannot be deleted (another process sweeping the same leftovers, a file without write access)
   * is left for a later sweep.
   */
  static void sweep(Path dir) throws IOException {
    List<Path> entries;
    try (Stream<Path> listed = Files.list(dir)) {
      entries = listed.toList();
    }
    for (Path entry : entries) {
      owner(entry.getFileName().toString()).filter(pid -> ProcessHandle.of(pid).isEmpty()).ifPresent(pid -> delete(entry));
    }
  }

  /** The process a name says made it, if it is one of these names. */
  static Optional<Long> owner(String name) {
    Matcher m = OWNED.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void delete(Path entry) {
    try (Stream<Path> walk = Files.walk(entry)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // Left for a later sweep: see sweep.
    }
  }
}
