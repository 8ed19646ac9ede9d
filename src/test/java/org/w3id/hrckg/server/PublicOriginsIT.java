package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A forged {@code Host} header cannot put another site into any answer: not into a 303
 * {@code Location}, nor into the URLs of the VoID or of the service description. Links are built
 * from the server's public origins: the one the Host names when it is one of them, else the first
 * (here the base, {@value TestServer#BASE}, a server root).
 */
class PublicOriginsIT {

  static Stream<Arguments> everyAnswerWithALink() {
    return Stream.of(
        Arguments.of("/id/doc/A/RES/60/251", "text/turtle", "Location: http://kg.example.org/data/doc/A/RES/60/251.ttl"),
        Arguments.of("/id/doc/A/RES/60/251", "text/html", "Location: http://kg.example.org/page/doc/A/RES/60/251"),
        Arguments.of("/id/state/TUR", "application/ld+json", "Location: http://kg.example.org/data/state/TUR.jsonld"),
        Arguments.of("/sparql", "text/html", "Location: http://kg.example.org/editor"),
        Arguments.of("/sparql", "text/turtle", "<http://kg.example.org/sparql>"),
        Arguments.of("/.well-known/void", "text/turtle", "<http://kg.example.org/sparql>"));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyAnswerWithALink")
  void aForgedHostChangesNoLink(String path, String accept, String expected) {
    String answer = RawHttp.get(TestServer.port(), path, "evil.example", accept);
    assertFalse(answer.contains("evil.example"), answer);
    assertTrue(answer.contains(expected), answer);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyAnswerWithALink")
  void aKnownHostGetsLinksOnItself(String path, String accept, String expected) {
    String local = "localhost:" + TestServer.port();
    String answer = RawHttp.get(TestServer.port(), path, local, accept);
    assertTrue(answer.contains(expected.replace("kg.example.org", local)), answer);
  }

  @ParameterizedTest(name = "Host: {0}")
  @MethodSource("forgedHosts")
  void noHostHeaderOfAnyShapeIsReflected(String host) {
    String answer = RawHttp.get(TestServer.port(), "/id/state/TUR", host, "text/turtle");
    assertFalse(answer.contains("attacker"), answer);
    if (answer.startsWith("HTTP/1.1 303")) {
      assertTrue(answer.contains("Location: http://kg.example.org/data/state/TUR.ttl"), answer);
    }
  }

  static Stream<String> forgedHosts() {
    return Stream.of("attacker.example", "attacker.example:3030", "localhost.attacker.example", "kg.example.org.attacker.example",
        "KG.EXAMPLE.ORG@attacker.example", "attacker.example/kg.example.org");
  }
}
