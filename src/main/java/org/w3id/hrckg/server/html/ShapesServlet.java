package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.validate.ShapesValidator;

/**
 * {@code /shapes}: the SHACL shapes of {@code shapes/} listed, and {@code /shapes/NAME} one node
 * shape ({@code hrcsh:NAME}) documented; each as HTML in the reader's language, or as Turtle,
 * JSON-LD, RDF/XML... by {@code Accept} (or {@code ?format=ttl}): all the shapes, or the node shape
 * with its property shapes.
 */
public final class ShapesServlet extends HttpServlet {

  private final transient Model shapes = ModelFactory.createDefaultModel();
  private final transient Map<String, List<Resource>> byFile = new LinkedHashMap<>();
  private final transient Templates templates;
  private final transient TermLabels labels;

  public ShapesServlet(Templates templates, TermLabels labels) {
    this.templates = templates;
    this.labels = labels;
    for (String file : ShapesValidator.FILES) {
      Model one = ModelFactory.createDefaultModel();
      try (InputStream in = ShapesServlet.class.getResourceAsStream("/shapes/" + file)) {
        if (in == null) {
          throw new IllegalStateException("shapes/" + file + " is missing from the class path");
        }
        RDFDataMgr.read(one, in, Lang.TURTLE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read shapes/" + file, e);
      }
      shapes.add(one);
      shapes.setNsPrefixes(one.getNsPrefixMap());
      byFile.put(file, one.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
          .filter(Resource::isURIResource).map(r -> r.inModel(shapes)).toList());
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String name = path.startsWith("/shapes/") ? path.substring("/shapes/".length()) : "";
    Resource shape = name.isEmpty() ? null : shapes.createResource(ShapePage.NS + name);
    String file = shape == null ? null : byFile.entrySet().stream().filter(e -> e.getValue().contains(shape))
        .map(Map.Entry::getKey).findFirst().orElse(null);
    if (!name.isEmpty() && file == null) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No shape hrcsh:" + name);
      return;
    }
    Optional<Representation> rdf = RdfOrHtml.rdfAsked(request, response);
    if (rdf.isPresent()) {
      RdfOrHtml.send(request, response, (shape == null ? shapes : described(shape)).getGraph(), rdf.get());
      return;
    }
    Ui ui = Ui.of(request, response);
    String html = shape == null ? templates.render("shapes", ShapesIndex.of(byFile, ui, labels), ui)
        : templates.render("shape", ShapePage.of(shape, file, ui, labels), ui);
    Bodies.send(request, response, html.getBytes(StandardCharsets.UTF_8), Representation.HTML.contentType());
  }

  /** A node shape with what it says, its property shapes' and the lists and blank nodes they hold. */
  private Model described(Resource shape) {
    Model out = ModelFactory.createDefaultModel().setNsPrefixes(shapes.getNsPrefixMap());
    List<Resource> todo = new ArrayList<>(List.of(shape));
    shape.listProperties(SHACLM.property).forEach(st -> todo.add(st.getResource()));
    while (!todo.isEmpty()) {
      Resource r = todo.remove(0);
      r.listProperties().forEach(st -> {
        if (!out.contains(st)) {
          out.add(st);
          if (st.getObject().isAnon()) {
            todo.add(st.getResource());
          }
        }
      });
    }
    return out;
  }
}
