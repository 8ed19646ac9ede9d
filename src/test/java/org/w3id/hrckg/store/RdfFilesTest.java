package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.LoopbackCanary;

/**
 * Reading a user's RDF file opens nothing the file names: a loopback listener (the canary) is
 * named by every JSON-LD context and XML entity of the inputs, a local file too, and the canary
 * must hear nothing, and the file's content must not come into the data.
 */
class RdfFilesTest {

  @RegisterExtension
  static final LoopbackCanary canary = new LoopbackCanary();

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a remote context                          | "@context": "CANARY/context.jsonld"
      a remote context among inline ones        | "@context": [{"x": "http://example.org/x#"}, "CANARY/second.jsonld"]
      an @import of JSON-LD 1.1                 | "@context": {"@version": 1.1, "@import": "CANARY/imported.jsonld"}
      a context in a local file                 | "@context": "FILE"
      a context relative to the input's folder  | "@context": "local-context.jsonld"
      """)
  void aJsonLdContextIsNeitherFetchedNorOpened(String what, String context) throws IOException {
    Path local = Files.writeString(dir.resolve("local-context.jsonld"), "{\"@context\": {\"name\": \"http://local.example/opened\"}}");
    String json = "{" + context.replace("CANARY/", canary.url("")).replace("FILE", local.toUri().toString())
        + ", \"@id\": \"http://example.org/thing\", \"name\": \"a thing\"}";
    Path input = Files.writeString(dir.resolve("input.jsonld"), json);
    Graph read = GraphFactory.createDefaultGraph();
    RdfFiles.InvalidRdf refused = assertThrows(RdfFiles.InvalidRdf.class, () -> RdfFiles.read(input, StreamRDFLib.graph(read)));
    assertTrue(refused.getMessage().startsWith(input + ": the JSON-LD names the context "), refused.getMessage());
    assertTrue(refused.getMessage().contains("which is not loaded"), refused.getMessage());
    assertEquals(0, read.size(), "nothing read from a file whose context is refused");
    assertEquals(java.util.List.of(), canary.heard());
  }

  @Test
  void anInlineContextIsRead() throws IOException, RdfFiles.InvalidRdf {
    Path input = Files.writeString(dir.resolve("inline.jsonld"),
        "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"@id\": \"http://example.org/thing\", \"name\": \"a thing\"}");
    Graph read = GraphFactory.createDefaultGraph();
    RdfFiles.read(input, StreamRDFLib.graph(read));
    assertEquals(1, read.size());
  }

  @Test
  void rdfXmlEntitiesAreNotResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the content of a local file");
    Path input = Files.writeString(dir.resolve("entities.rdf"), """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF SYSTEM "CANARY/doctype.dtd" [
          <!ENTITY remote SYSTEM "CANARY/entity">
          <!ENTITY local SYSTEM "FILE">
        ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
          <rdf:Description rdf:about="http://example.org/thing">
            <ex:remote>&remote;</ex:remote>
            <ex:local>&local;</ex:local>
          </rdf:Description>
        </rdf:RDF>
        """.replace("CANARY/", canary.url("")).replace("FILE", secret.toUri().toString()));
    Graph read = GraphFactory.createDefaultGraph();
    try {
      RdfFiles.read(input, StreamRDFLib.graph(read));
    } catch (RdfFiles.InvalidRdf e) {
      assertTrue(e.getMessage().startsWith(input + ":"), e.getMessage());
    }
    read.find().forEachRemaining(t -> assertFalse(t.getObject().toString().contains("content of a local file"), t.toString()));
    assertEquals(java.util.List.of(), canary.heard());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      bad.ttl    | '@prefix ex: <http://example.org/> .\\nex:a ex:b ex:c .\\nex:a ex:b .'        | :3:
      bad.nt     | '<http://example.org/a> <http://example.org/b> "unterminated .'              | :1:
      bad.jsonld | '{"@id": "http://example.org/a", '                                            | :1:
      """)
  void aFileThatDoesNotParseIsNamedWithItsLine(String name, String content, String position) throws IOException {
    Path input = Files.writeString(dir.resolve(name), content.replace("\\n", "\n"));
    RdfFiles.InvalidRdf e = assertThrows(RdfFiles.InvalidRdf.class,
        () -> RdfFiles.read(input, StreamRDFLib.graph(GraphFactory.createDefaultGraph())));
    assertTrue(e.getMessage().startsWith(input + position), e.getMessage());
  }

  @Test
  void aMissingFileOrAnUnknownExtensionIsNotADataProblem() throws IOException {
    assertThrows(IOException.class, () -> RdfFiles.read(dir.resolve("none.ttl"), StreamRDFLib.sinkNull()));
    Path text = Files.writeString(dir.resolve("notes.txt"), "not RDF");
    assertThrows(IllegalArgumentException.class, () -> RdfFiles.read(text, StreamRDFLib.sinkNull()));
  }
}
