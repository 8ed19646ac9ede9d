package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.LoopbackCanary;

/**
 * Every command that reads a user's RDF file ({@code validate}, and {@code query}, {@code analyze},
 * {@code report} with {@code --data}) refuses a JSON-LD context it would have to fetch, names the
 * file, and the loopback canary the context names hears nothing; and {@code validate} tells a file
 * that does not parse (a data problem, exit 1) from one that is not there (exit 2).
 */
class RdfInputCommandsTest {

  @RegisterExtension
  static final LoopbackCanary canary = new LoopbackCanary();

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      validate FILE                        | 1
      query most-cited --data FILE         | 2
      analyze --data FILE --out OUT        | 2
      report --data FILE                   | 2
      """)
  void aRemoteContextIsRefusedByEveryCommand(String command, int status) throws IOException {
    Path input = Files.writeString(dir.resolve("remote.jsonld"),
        "{\"@context\": \"" + canary.url("context.jsonld") + "\", \"@id\": \"http://example.org/a\", \"name\": \"a\"}");
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      args.add(word.replace("FILE", input.toString()).replace("OUT", dir.resolve("out").toString()));
    }
    BuildCommandTest.Run run = BuildCommandTest.run(args.toArray(String[]::new));
    assertEquals(status, run.status(), run.err());
    assertTrue(run.err().contains(input + ": the JSON-LD names the context " + canary.url("context.jsonld")), run.err());
    run.hasNoTrace();
    assertEquals(List.of(), canary.heard());
  }

  @Test
  void validateExits1ForAFileThatDoesNotParseAnd2ForOneThatIsNotThere() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix ex: <http://example.org/> .\n\nex:a ex:b .\n");
    BuildCommandTest.Run bad = BuildCommandTest.run("validate", broken.toString());
    assertEquals(HrcKg.DATA_PROBLEM, bad.status());
    assertTrue(bad.err().startsWith("validate: " + broken + ":3:"), bad.err());
    BuildCommandTest.Run missing = BuildCommandTest.run("validate", dir.resolve("none.ttl").toString());
    assertEquals(HrcKg.USAGE, missing.status());
    assertTrue(missing.err().contains("none.ttl: no such file"), missing.err());
  }
}
