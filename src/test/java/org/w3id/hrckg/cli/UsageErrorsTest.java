package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commands tried as a new user would: a bad option value, an empty corpus, an unwritable output
 * or a busy port is exit 2 with one line that says what is wrong, before anything is built.
 */
class UsageErrorsTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      analyze  | --top   | -3  | analyze: --top must be a positive number of rows, not -3
      analyze  | --min-shared | 0 | analyze: --min-shared must be a positive count, not 0
      serve    | --lang  | de  | serve: Invalid value for option '--lang': 'de' is not a language of the messages; use one of [en, fr] (see hrc-kg serve --help)
      build    | --lang  | de  | build: Invalid value for option '--lang': 'de' is not a language of the messages; use one of [en, fr] (see hrc-kg build --help)
      validate | --lang  | xx  | validate: Invalid value for option '--lang': 'xx' is not a language of the messages; use one of [en, fr] (see hrc-kg validate --help)
      serve    | --port  | abc | serve: Invalid value for option '--port': 'abc' is not an int (see hrc-kg serve --help)
      """)
  void aBadValueIsOneLineAndExitTwo(String command, String option, String value, String message) {
    BuildCommandTest.Run run = BuildCommandTest.run(command, option, value);
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertEquals(message, run.err().strip());
    run.hasNoTrace();
  }

  @Test
  void anEmptyCorpusIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    BuildCommandTest.Run run = BuildCommandTest.run("build", "--corpus", empty.toString(), "--out", dir.resolve("x.nq").toString());
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertTrue(run.err().contains("holds no document to read"), run.err());
  }

  @Test
  void anUnwritableDumpIsRefusedBeforeTheBuild() {
    BuildCommandTest.Run run = BuildCommandTest.run("build", "--out", dir.resolve("no/such/folder/x.nq").toString());
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertTrue(run.err().strip().endsWith("nothing was built") && !run.out().contains("document(s) built"), run.err() + run.out());
  }

  @Test
  void aBusyPortIsOneLineBeforeAnyBuild() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("localhost", 0));
      BuildCommandTest.Run run = BuildCommandTest.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(HrcKg.USAGE, run.status(), run.err());
      assertTrue(run.err().startsWith("serve: cannot listen on localhost port " + taken.getLocalPort()), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(!run.out().contains("document(s) built"), "nothing was built");
      run.hasNoTrace();
    }
  }

  /** What a command cannot read (here a store whose pointer names no build) is one line, not a stack trace. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      analyze | --out
      report  | --lang
      """)
  void anUnreadableStoreIsOneLineAndExitTwo(String command, String otherOption) throws IOException {
    Path store = Files.createDirectories(dir.resolve("store"));
    Files.writeString(store.resolve("CURRENT"), "build-0007");
    String other = otherOption.equals("--out") ? dir.resolve("out").toString() : "en";
    BuildCommandTest.Run run = BuildCommandTest.run(command, "--store", store.toString(), otherOption, other);
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertEquals(command + ": " + store.resolve("CURRENT") + " names no build of this store: \"build-0007\"", run.err().strip());
    run.hasNoTrace();
  }
}
