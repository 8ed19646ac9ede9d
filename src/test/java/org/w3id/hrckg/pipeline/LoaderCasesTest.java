package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.assemble.WorkAssembler;
import org.w3id.hrckg.rdf.WorkEmitter;
import org.w3id.hrckg.store.DatasetBuilder;

/**
 * The loader on small texts with the hard cases, one folder each under {@code loader-cases/}: an
 * input text (.txt or .md), the expected triples written by hand ({@code expected.ttl}) and a note
 * of what the case covers. For every predicate the expected file uses, the build must give
 * exactly the expected triples with that predicate, no more, no fewer.
 */
class LoaderCasesTest {

  private static final String BASE = "http://kg.example.org/";

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(LoaderCasesTest.class.getResource("/loader-cases").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsTheExpectedTriples(Path dir) throws IOException {
    Path input = input(dir);
    assertTrue(Files.exists(dir.resolve("note.md")), "every case says what it covers in note.md");
    DocumentParser.Outcome outcome = DocumentParser.parse(input.getFileName().toString(), Files.readAllBytes(input));
    assertNotNull(outcome.document(), () -> "not parsed: " + outcome.diagnostics());
    DatasetGraph built = DatasetGraphFactory.create();
    WorkAssembler assembler = new WorkAssembler(new IriMinter(BASE));
    assembler.add(outcome.document());
    WorkEmitter emitter = new WorkEmitter(new IriMinter(BASE));
    assembler.assemble().works().forEach(w -> emitter.emit(w, StreamRDFLib.dataset(built)));
    Graph actual = DatasetBuilder.union(built);
    Graph expected = GraphFactory.createDefaultGraph();
    RDFParser.source(dir.resolve("expected.ttl")).base(BASE).parse(expected);

    List<String> differences = new ArrayList<>();
    Set<Node> predicates = expected.find().toList().stream().map(Triple::getPredicate).collect(Collectors.toSet());
    for (Node p : predicates) {
      Set<String> want = render(expected.find(Node.ANY, p, Node.ANY).toList());
      Set<String> got = render(actual.find(Node.ANY, p, Node.ANY).toList());
      want.stream().filter(t -> !got.contains(t)).forEach(t -> differences.add("missing  " + t));
      got.stream().filter(t -> !want.contains(t)).forEach(t -> differences.add("spurious " + t));
    }
    assertTrue(differences.isEmpty(), () -> dir.getFileName() + ":\n  " + String.join("\n  ", differences));
  }

  private static Path input(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no input in " + dir));
    }
  }

  private static Set<String> render(List<Triple> triples) {
    return triples.stream().map(t -> t.getSubject() + " " + t.getPredicate().getLocalName() + " " + t.getObject())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
