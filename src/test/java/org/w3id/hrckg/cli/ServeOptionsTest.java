package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The options of {@code serve} that say where it listens and what it takes: refused before any build when wrong. */
class ServeOptionsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      --public-host      | ftp://kg.example.org | not an http(s) host: ftp://kg.example.org
      --client-rate      | 0                    | must be positive
      --client-requests  | -1                   | must be positive
      --max-answer-bytes | 0                    | must be positive
      """)
  void aWrongValueIsAUsageError(String option, String value, String message) {
    BuildCommandTest.Run run = BuildCommandTest.run("serve", option, value);
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertTrue(run.err().contains(message), run.err());
    run.hasNoTrace();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ftp://store/sparql                           | must be an http or https URL of the store
      http://localhost:1/sparql --store target/x   | no --store, --corpus or --rebuild
      http://localhost:1/sparql --corpus corpus/fr | no --store, --corpus or --rebuild
      http://localhost:1/sparql                    | cannot query http://localhost:1/sparql
      http://reader:s3cret@localhost:1/sparql      | cannot query http://localhost:1/sparql:
      """)
  void aWrongEndpointIsAUsageErrorInOneLine(String arguments, String message) {
    List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--sparql-endpoint"));
    args.addAll(List.of(arguments.split(" ")));
    BuildCommandTest.Run run = BuildCommandTest.run(args.toArray(String[]::new));
    assertEquals(HrcKg.USAGE, run.status(), run.err());
    assertTrue(run.err().startsWith("serve: ") && run.err().contains(message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("s3cret"), "the password never shows: " + run.err());
    run.hasNoTrace();
  }

  @Test
  void theHelpSaysItListensOnLoopbackByDefault() {
    String help = BuildCommandTest.run("serve", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("--host=ADDRESS Address to listen on (default: localhost, this machine only"), help);
    assertTrue(help.contains("--public-host=URL"), help);
  }
}
