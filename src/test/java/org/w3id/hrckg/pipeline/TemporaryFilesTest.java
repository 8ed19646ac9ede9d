package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sweep of what killed runs left: a dead process's folders and files go, a live one's and unrelated names stay. */
class TemporaryFilesTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("hrc-kg-spill-4242-1234567", Optional.of(4242L)),
        Arguments.of("hrc-kg-data-17-88", Optional.of(17L)),
        Arguments.of("hrc-kg-delta-77-99.nq", Optional.of(77L)),
        // Names of older builds carry no process: whose they are cannot be told, so they stay.
        Arguments.of("hrc-kg-spill-1234567", Optional.empty()),
        Arguments.of("hrc-kg-delta-8372628373.nq", Optional.empty()),
        // A temporary file of hrc-kg that is not of these kinds: its owner deletes it.
        Arguments.of("hrc-kg-dump-5-1.nq.gz", Optional.empty()),
        Arguments.of("hrc-kg-Spill-12-3", Optional.empty()),
        Arguments.of("other-spill-12-3", Optional.empty()),
        Arguments.of("hrc-kg-spill-99999999999999999999-3", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void aNameSaysItsProcess(String name, Optional<Long> pid) {
    assertEquals(pid, TemporaryFiles.owner(name));
  }

  @Test
  void aDeadProcessFoldersAndFilesAreSweptALiveOnesAndUnrelatedNamesKept(@TempDir Path tmp) throws Exception {
    long dead = deadProcess();
    long live = ProcessHandle.current().pid();
    Path deadFolder = store(tmp.resolve("hrc-kg-data-" + dead + "-123"));
    Path deadFile = Files.writeString(tmp.resolve("hrc-kg-delta-" + dead + "-456.nq"), "<a> <b> <c> <g> .\n");
    Path liveFolder = store(tmp.resolve("hrc-kg-spill-" + live + "-789"));
    Path older = store(tmp.resolve("hrc-kg-spill-1234567"));
    Path unrelated = Files.writeString(tmp.resolve("notes-" + dead + "-1.txt"), "kept");

    TemporaryFiles.sweep(tmp);

    assertFalse(Files.exists(deadFolder), "a dead process's folder, with what it holds");
    assertFalse(Files.exists(deadFile), "a dead process's file");
    assertTrue(Files.exists(liveFolder.resolve("nodes.dat")), "the live process's folder, whole");
    assertTrue(Files.exists(older.resolve("nodes.dat")), "a name that carries no process");
    assertTrue(Files.exists(unrelated), "a name that is not ours");
  }

  @Test
  void whatThisProcessMakesCarriesItsProcessAndIsNotSwept() throws IOException {
    Path folder = TemporaryFiles.folder(TemporaryFiles.Kind.SPILL);
    Path file = TemporaryFiles.file(TemporaryFiles.Kind.DELTA, ".nq");
    try {
      assertEquals(Optional.of(ProcessHandle.current().pid()), TemporaryFiles.owner(folder.getFileName().toString()));
      assertEquals(Optional.of(ProcessHandle.current().pid()), TemporaryFiles.owner(file.getFileName().toString()));
      TemporaryFiles.sweep(folder.getParent());
      assertTrue(Files.isDirectory(folder));
      assertTrue(Files.isRegularFile(file));
    } finally {
      Files.deleteIfExists(folder);
      Files.deleteIfExists(file);
    }
  }

  /** A folder with files in a subfolder, as a TDB2 store or a spill has. */
  private static Path store(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("Data-0001"));
    Files.writeString(folder.resolve("nodes.dat"), "x");
    Files.writeString(folder.resolve("Data-0001").resolve("GSPO.bpt"), "x");
    return folder;
  }

  /** The id of a process that has ended. */
  private static long deadProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long pid = p.pid();
    assertTrue(ProcessHandle.of(pid).isEmpty(), "the process has ended");
    return pid;
  }
}
