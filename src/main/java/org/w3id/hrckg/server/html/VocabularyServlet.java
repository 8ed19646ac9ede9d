package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.reference.OntologyFiles;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;
import org.w3id.hrckg.vocab.Hrc;

/**
 * {@code /ontology}: the vocabulary ({@code ontology/hrc.ttl}) as HTML documentation, or as
 * Turtle, JSON-LD, RDF/XML, N-Triples or TriG by {@code Accept} (or {@code ?format=ttl}).
 */
public final class VocabularyServlet extends HttpServlet {

  private final transient Model ontology = ModelFactory.createDefaultModel();
  private final transient Map<String, VocabularyPage.Use> uses = new HashMap<>();
  private final transient Templates templates;
  private final transient TermLabels labels;
  private final byte[] model;

  /** The data model as Cytoscape.js elements, for the diagram of the page. */
  public static final String MODEL = "/ontology/model.json";

  public VocabularyServlet(DatasetGraph dataset, ResourcePaths paths, Templates templates, TermLabels labels) {
    this.templates = templates;
    this.labels = labels;
    OntologyFiles.parse(OntologyFiles.TERMS, paths.base(), StreamRDFLib.graph(ontology.getGraph()));
    ontology.setNsPrefixes(Map.of("hrc", Hrc.NS, "owl", "http://www.w3.org/2002/07/owl#",
        "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "skos", "http://www.w3.org/2004/02/skos/core#",
        "dcterms", "http://purl.org/dc/terms/", "xsd", "http://www.w3.org/2001/XMLSchema#"));
    Txn.executeRead(dataset, () -> countUses(UnionDefaultGraph.of(dataset), paths));
    this.model = modelElements();
  }

  /**
   * How often the data uses each of the ontology's terms, as a property or as a class, one term at
   * a time: each count reads one range of an index without looking at the nodes it counts (one
   * query over every triple, filtered by namespace, read the whole store: most of the server's
   * start-up at 20,000 texts); one use with an IRI for subject is the example.
   */
  private void countUses(DatasetGraph union, ResourcePaths paths) {
    ontology.listSubjects().filterKeep(t -> t.isURIResource() && t.getURI().startsWith(Hrc.NS)).forEach(t -> {
      long n = SelectQuery.rows(union, "SELECT (COUNT(*) AS ?n) { { ?s <%1$s> ?o } UNION { ?s a <%1$s> } }"
          .formatted(t.getURI())).get(0).getLiteral("n").getLong();
      if (n > 0) {
        SelectQuery.rows(union, "SELECT ?s { { ?s <%1$s> ?o } UNION { ?s a <%1$s> } FILTER (isIRI(?s)) } LIMIT 1"
            .formatted(t.getURI())).stream().findFirst().ifPresent(r -> uses.put(t.getURI(),
                new VocabularyPage.Use(n, paths.href(r.getResource("s").getURI()))));
      }
    });
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getRequestURI().equals(MODEL)) {
      Bodies.send(request, response, model, "application/json");
      return;
    }
    Optional<Representation> rdf = RdfOrHtml.rdfAsked(request, response);
    if (rdf.isPresent()) {
      RdfOrHtml.send(request, response, ontology.getGraph(), rdf.get());
      return;
    }
    Ui ui = Ui.of(request, response);
    Bodies.send(request, response, templates.render("vocabulary", VocabularyPage.of(ontology, uses, ui, labels), ui)
        .getBytes(StandardCharsets.UTF_8), Representation.HTML.contentType());
  }

  /**
   * A Cytoscape element's data, its keys in the order given (Map.of's changes from one run of the
   * JVM to the next, and with it the bytes and the entity tag of the model's JSON).
   */
  private static Map<String, Object> data(String... keysAndValues) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      data.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return data;
  }

  /** The classes as nodes; object properties from their domain to their range, and subclasses, as edges. */
  private byte[] modelElements() {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> edges = new ArrayList<>();
    ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList().stream()
        .filter(c -> c.isURIResource() && c.getURI().startsWith(Hrc.NS)).forEach(c -> {
          nodes.add(Map.of("data", data("id", c.getLocalName(), "label", labels.label(c.getURI(), "en").orElse(c.getLocalName()))));
          c.listProperties(RDFS.subClassOf).toList().stream().filter(st -> st.getObject().isURIResource()
              && st.getResource().getURI().startsWith(Hrc.NS)).forEach(st -> edges.add(Map.of("data", data(
                  "id", c.getLocalName() + "-sub", "source", c.getLocalName(), "target", st.getResource().getLocalName(),
                  "kind", "subclass", "label", ""))));
        });
    ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList().forEach(p -> {
      var domain = p.getPropertyResourceValue(RDFS.domain);
      var range = p.getPropertyResourceValue(RDFS.range);
      if (domain != null && range != null && domain.isURIResource() && range.isURIResource()
          && domain.getURI().startsWith(Hrc.NS) && range.getURI().startsWith(Hrc.NS)) {
        edges.add(Map.of("data", data("id", p.getLocalName(), "source", domain.getLocalName(), "target", range.getLocalName(),
            "kind", "property", "label", labels.label(p.getURI(), "en").orElse(p.getLocalName()))));
      }
    });
    try {
      Map<String, Object> elements = new LinkedHashMap<>();
      elements.put("nodes", nodes);
      elements.put("edges", edges);
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(elements);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
