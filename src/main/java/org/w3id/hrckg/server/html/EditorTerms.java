package org.w3id.hrckg.server.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.vocab.Namespaces;

/**
 * What the SPARQL editor completes: the prefixes offered to SPARQL users, and the classes and
 * properties that the vocabulary ({@code ontology/hrc.ttl}) and its alignments (ELI, CiTO...)
 * name, as full IRIs (the editor writes them with the query's prefixes).
 *
 * @param prefixes prefix to namespace
 * @param classes the classes: declared so, or the domain, range, type or superclass of a term
 * @param properties the properties: declared so, or related to one as sub- or equivalent property
 */
record EditorTerms(Map<String, String> prefixes, Set<String> classes, Set<String> properties) {

  private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
      OWL.AnnotationProperty.asNode(), RDF.Property.asNode());
  private static final Set<Node> PROPERTY_LINKS = Set.of(RDFS.subPropertyOf.asNode(), OWL.equivalentProperty.asNode(),
      OWL.inverseOf.asNode());
  /** The predicates whose object is a class. */
  private static final Set<Node> TO_CLASS = Set.of(RDFS.domain.asNode(), RDFS.range.asNode(), RDFS.subClassOf.asNode(),
      OWL.equivalentClass.asNode(), RDF.type.asNode());
  /** The predicates whose subject is a class. */
  private static final Set<Node> FROM_CLASS = Set.of(RDFS.subClassOf.asNode(), OWL.equivalentClass.asNode());

  /** The terms of the ontology files, in the namespaces of the prefixes offered (datatypes left out). */
  static EditorTerms of(IriMinter iris) {
    Graph ontology = GraphFactory.createDefaultGraph();
    for (String file : List.of(OntologyFiles.TERMS, OntologyFiles.ALIGNMENTS)) {
      OntologyFiles.parse(file, iris.base(), StreamRDFLib.graph(ontology));
    }
    Map<String, String> prefixes = new LinkedHashMap<>(Namespaces.prefixes(iris));
    Set<String> classes = new TreeSet<>();
    Set<String> properties = new TreeSet<>();
    ontology.find().forEach((Triple t) -> {
      Node p = t.getPredicate();
      if (p.equals(RDF.type.asNode()) && PROPERTY_TYPES.contains(t.getObject())) {
        add(properties, t.getSubject());
      } else if (PROPERTY_LINKS.contains(p)) {
        add(properties, t.getSubject());
        add(properties, t.getObject());
      } else if (p.equals(RDF.type.asNode()) && (t.getObject().equals(OWL.Class.asNode()) || t.getObject().equals(RDFS.Class.asNode()))) {
        add(classes, t.getSubject());
      }
      if (TO_CLASS.contains(p)) {
        add(classes, t.getObject());
      }
      if (FROM_CLASS.contains(p)) {
        add(classes, t.getSubject());
      }
    });
    classes.removeIf(c -> c.startsWith(XSD.NS));
    classes.removeIf(c -> prefixes.values().stream().noneMatch(c::startsWith));
    properties.removeIf(c -> prefixes.values().stream().noneMatch(c::startsWith));
    return new EditorTerms(prefixes, classes, properties);
  }

  private static void add(Set<String> terms, Node node) {
    if (node != null && node.isURI()) {
      terms.add(node.getURI());
    }
  }

  /** As JSON, for the editor's page. */
  String json() {
    try {
      return new ObjectMapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
