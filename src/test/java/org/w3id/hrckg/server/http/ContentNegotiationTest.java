package org.w3id.hrckg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept headers as clients send them, and the representation each one gets. */
class ContentNegotiationTest {

  private static final List<Representation> ALL = Arrays.asList(Representation.values());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
      # a browser (Chromium, Firefox)
      text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML
      # curl, wget: anything
      */*                                                  | TURTLE
      # no header at all
      NONE                                                 | TURTLE
      text/turtle                                          | TURTLE
      application/ld+json                                  | JSONLD
      # JSON clients get JSON-LD
      application/json                                     | JSONLD
      application/n-triples                                | NTRIPLES
      application/rdf+xml                                  | RDFXML
      application/trig                                     | TRIG
      # rdflib's default Accept: all equal, so the server's order decides
      application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, application/n-quads, application/trig;q=0.9 | TURTLE
      # quality decides before order
      text/turtle;q=0.4, application/ld+json;q=0.9         | JSONLD
      # q=0 refuses a type that */* would have given
      text/turtle;q=0, */*                                 | JSONLD
      # a type range
      text/*                                               | TURTLE
      application/*;q=0.5, text/html                       | HTML
      # upper case and spaces
      TEXT/HTML                                            | HTML
      # nothing offered matches
      image/png                                            | NONE
      text/turtle;q=0                                      | NONE
      """)
  void chooses(String accept, String expected) {
    assertEquals(expected == null ? null : Representation.valueOf(expected),
        ContentNegotiation.choose(accept, ALL).orElse(null));
  }
}
