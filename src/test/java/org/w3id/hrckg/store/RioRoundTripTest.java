package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;

/**
 * Every dump format of {@code build} read by an independent toolkit: RDF4J Rio parses the file
 * into a graph (or dataset) isomorphic to the one Jena built, and to the one Jena parses back.
 */
class RioRoundTripTest {

  private static DatasetGraph built;

  @TempDir
  static Path dir;

  @BeforeAll
  static void build() {
    built = DatasetBuilder.build(CorpusSource.samples(), new IriMinter("http://kg.example.org/"), f -> { }).dataset();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DumpFormat.class)
  void rioReadsTheDumpAsJenaBuiltIt(DumpFormat format) throws IOException {
    Path file = dir.resolve("dump" + format.extension());
    DumpWriter.write(built, file, format);
    DatasetGraph expected = format.quads() ? built : unionOnly(built);

    DatasetGraph byRio = readWithRio(file);
    DatasetGraph byJena = DatasetGraphFactory.create();
    RDFParser.source(file).parse(byJena);

    assertEquals(expected.stream().count(), byRio.stream().count(), "quads read by Rio");
    assertTrue(IsoMatcher.isomorphic(expected, byRio), "Rio's reading is isomorphic to the build");
    assertTrue(IsoMatcher.isomorphic(byJena, byRio), "Rio's reading is isomorphic to Jena's");
  }

  private static DatasetGraph unionOnly(DatasetGraph dataset) {
    DatasetGraph union = DatasetGraphFactory.create();
    dataset.getUnionGraph().find().forEachRemaining(t -> union.getDefaultGraph().add(t));
    return union;
  }

  private static DatasetGraph readWithRio(Path file) throws IOException {
    RDFFormat format = Rio.getParserFormatForFileName(file.getFileName().toString()).orElseThrow();
    Model model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Rio.parse(in, "", format);
    }
    DatasetGraph dataset = DatasetGraphFactory.create();
    Map<String, Node> blankNodes = new HashMap<>();
    for (Statement st : model) {
      Node graph = st.getContext() == null ? Quad.defaultGraphIRI : toJena(st.getContext(), blankNodes);
      dataset.add(graph, toJena(st.getSubject(), blankNodes), toJena(st.getPredicate(), blankNodes),
          toJena(st.getObject(), blankNodes));
    }
    return dataset;
  }

  private static Node toJena(Value value, Map<String, Node> blankNodes) {
    if (value instanceof IRI iri) {
      return NodeFactory.createURI(iri.stringValue());
    }
    if (value instanceof BNode b) {
      return blankNodes.computeIfAbsent(b.getID(), id -> NodeFactory.createBlankNode());
    }
    Literal literal = (Literal) value;
    return literal.getLanguage()
        .map(lang -> NodeFactory.createLiteralLang(literal.getLabel(), lang))
        .orElseGet(() -> NodeFactory.createLiteralDT(literal.getLabel(),
            TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue())));
  }
}
