package org.w3id.hrckg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.validate.ShapesValidator;

/**
 * The ontology checked against what uses it: every {@code hrc:} term used by the data of a build,
 * by the shapes, by the named queries and by the code is declared; every declared term has a label
 * and a comment in English and in French; the header is complete; and the data uses each property
 * as the ontology declares it (object properties to resources, datatype properties to literals).
 */
class OntologyTermsTest {

  private static final String BASE = "http://kg.example.org/";
  private static final Pattern HRC_IN_QUERY = Pattern.compile("\\bhrc:([A-Za-z][A-Za-z0-9_]*)");
  private static final Set<Node> DECLARATIONS = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
      OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), OWL2.NamedIndividual.asNode(),
      SKOS.Concept.asNode(), SKOS.ConceptScheme.asNode());
  /** RDF, RDFS and OWL built-ins: OWL 2 DL does not ask for them to be declared. */
  private static final Set<String> BUILT_IN_NAMESPACES = Set.of(RDF.getURI(), RDFS.getURI(), OWL2.getURI());

  private static Graph ontology;
  private static Graph data;

  @BeforeAll
  static void load() {
    ontology = GraphFactory.createDefaultGraph();
    OntologyFiles.parse(OntologyFiles.TERMS, BASE, StreamRDFLib.graph(ontology));
    OntologyFiles.parse(OntologyFiles.ALIGNMENTS, BASE, StreamRDFLib.graph(ontology));
    data = DatasetBuilder.union(DatasetBuilder.build(CorpusSource.samples(), new IriMinter(BASE), f -> { }).dataset());
  }

  static Stream<Node> declaredHrcTerms() {
    load();
    return declared().stream().filter(n -> n.getURI().startsWith(Hrc.NS)).sorted((a, b) -> a.getURI().compareTo(b.getURI()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredHrcTerms")
  void everyTermHasLabelsAndCommentsInBothLanguages(Node term) {
    for (String lang : List.of("en", "fr")) {
      assertTrue(hasText(term, lang, RDFS.label.asNode(), SKOS.prefLabel.asNode()), term + " has no label @" + lang);
      assertTrue(hasText(term, lang, RDFS.comment.asNode(), SKOS.definition.asNode()), term + " has no comment @" + lang);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFiles")
  void everyReferenceIndividualIsNamedInBothLanguages(String file) {
    Graph reference = GraphFactory.createDefaultGraph();
    OntologyFiles.parse(file, BASE, StreamRDFLib.graph(reference));
    Set<String> unnamed = new TreeSet<>();
    reference.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
      for (String lang : List.of("en", "fr")) {
        boolean named = reference.find(t.getSubject(), SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
            .anyMatch(l -> lang.equals(l.getObject().getLiteralLanguage()));
        if (!named) {
          unnamed.add(t.getSubject() + " @" + lang);
        }
      }
    });
    assertEquals(Set.of(), unnamed);
  }

  static List<String> referenceFiles() {
    return OntologyFiles.REFERENCE;
  }

  @Test
  void theHeaderIsComplete() {
    Node header = NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI);
    assertTrue(ontology.contains(header, RDF.type.asNode(), OWL2.Ontology.asNode()));
    for (String p : List.of(OWL2.versionIRI.getURI(), OWL2.versionInfo.getURI(), "http://purl.org/dc/terms/license",
        "http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/created", "http://purl.org/dc/terms/modified")) {
      assertTrue(ontology.contains(header, NodeFactory.createURI(p), Node.ANY), "the header has no " + p);
    }
    for (String lang : List.of("en", "fr")) {
      assertTrue(hasText(header, lang, NodeFactory.createURI("http://purl.org/dc/terms/title")), "title @" + lang);
      assertTrue(hasText(header, lang, NodeFactory.createURI("http://purl.org/dc/terms/description")), "description @" + lang);
    }
  }

  @Test
  void everyHrcTermOfTheDataIsDeclared() {
    assertEquals(Set.of(), undeclared(hrcTermsOf(data)));
  }

  @Test
  void everyHrcTermOfTheShapesIsDeclared() {
    assertEquals(Set.of(), undeclared(hrcTermsOf(ShapesValidator.shapesGraph())));
  }

  @Test
  void everyHrcTermOfTheNamedQueriesIsDeclared() throws IOException, URISyntaxException {
    Set<String> used = new TreeSet<>();
    for (Path rq : namedQueries()) {
      Matcher m = HRC_IN_QUERY.matcher(Files.readString(rq));
      while (m.find()) {
        used.add(Hrc.NS + m.group(1));
      }
    }
    assertEquals(Set.of(), undeclared(used));
  }

  @Test
  void everyConstantOfTheCodeIsDeclared() throws IllegalAccessException {
    Set<String> used = new TreeSet<>();
    for (Field f : Hrc.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        used.add(((Resource) f.get(null)).getURI());
      }
    }
    assertEquals(Set.of(), undeclared(used));
  }

  @Test
  void everyPredicateAndClassOfTheDataIsDeclaredOutsideTheBuiltIns() {
    Set<String> used = new TreeSet<>();
    data.find().forEachRemaining(t -> {
      used.add(t.getPredicate().getURI());
      if (t.getPredicate().equals(RDF.type.asNode())) {
        used.add(t.getObject().getURI());
      }
    });
    used.removeIf(u -> BUILT_IN_NAMESPACES.stream().anyMatch(u::startsWith));
    assertEquals(Set.of(), undeclared(used));
  }

  @Test
  void theDataUsesPropertiesAsDeclared() {
    Set<String> misuses = new TreeSet<>();
    data.find().forEachRemaining(t -> {
      Node p = t.getPredicate();
      if (ontology.contains(p, RDF.type.asNode(), OWL2.ObjectProperty.asNode()) && t.getObject().isLiteral()) {
        misuses.add(p.getURI() + " (object property) to a literal");
      }
      if (ontology.contains(p, RDF.type.asNode(), OWL2.DatatypeProperty.asNode()) && !t.getObject().isLiteral()) {
        misuses.add(p.getURI() + " (datatype property) to a resource");
      }
    });
    assertEquals(Set.of(), misuses);
  }

  /** Terms with an OWL or SKOS declaration, and individuals of a declared class (the concepts of the schemes). */
  private static Set<Node> declared() {
    Set<Node> classes = ontology.find(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode()).mapWith(Triple::getSubject).toSet();
    return ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
        .filter(t -> DECLARATIONS.contains(t.getObject()) || classes.contains(t.getObject()))
        .map(Triple::getSubject).filter(Node::isURI).collect(Collectors.toSet());
  }

  private static Set<String> undeclared(Set<String> used) {
    Set<String> declared = declared().stream().map(Node::getURI).collect(Collectors.toSet());
    return used.stream().filter(u -> !declared.contains(u)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> hrcTermsOf(Graph g) {
    Set<String> terms = new TreeSet<>();
    g.find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
        .filter(n -> n.isURI() && n.getURI().startsWith(Hrc.NS)).forEach(n -> terms.add(n.getURI())));
    return terms;
  }

  private static boolean hasText(Node term, String lang, Node... properties) {
    return Stream.of(properties).anyMatch(p -> ontology.find(term, p, Node.ANY).toList().stream()
        .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())
            && !t.getObject().getLiteralLexicalForm().isBlank()));
  }

  private static List<Path> namedQueries() throws IOException {
    Path queries = Path.of("queries");
    try (Stream<Path> files = Files.list(queries)) {
      return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
    }
  }
}
