package org.w3id.hrckg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.Representation;

/**
 * {@code /dataset}: the dataset's description (the same VoID and DCAT statements as
 * {@code /.well-known/void}) as a page: title and description in the reader's language, licence,
 * endpoint, dump, the VoID itself, and how many things of each class the data holds.
 */
public final class DatasetServlet extends HttpServlet {

  private final transient Function<HttpServletRequest, Graph> description;
  private final transient Templates templates;
  private final transient TermLabels terms;

  /** The page of the dataset. */
  record DatasetPage(PageFrame frame, String title, String description, Link licence, String endpoint, String dump,
      String triples, List<Partition> classes) {}

  /** How many things of a class the data holds. */
  record Partition(String label, String count) {}

  public DatasetServlet(Function<HttpServletRequest, Graph> description, Templates templates, TermLabels terms) {
    this.description = description;
    this.templates = templates;
    this.terms = terms;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Ui ui = Ui.of(request, response);
    Model m = ModelFactory.createModelForGraph(description.apply(request));
    Resource ds = m.listSubjectsWithProperty(RDF.type, VOID.Dataset).nextOptional().orElseThrow();
    String title = text(ds, DCTerms.title, ui.lang()).orElse(ui.message("nav_dataset"));
    List<Partition> classes = ds.listProperties(VOID.classPartition).toList().stream().map(Statement::getResource)
        .map(p -> new Partition(terms.label(p.getPropertyResourceValue(VOID._class).getURI(), ui.lang())
            .orElse(p.getPropertyResourceValue(VOID._class).getURI()), String.format("%,d", p.getProperty(VOID.entities).getLong())))
        .sorted(Comparator.comparing(Partition::label)).toList();
    Link licence = Optional.ofNullable(ds.getPropertyResourceValue(DCTerms.license))
        .map(l -> new Link(l.getURI(), l.getURI())).orElse(null);
    DatasetPage page = new DatasetPage(new PageFrame(title, ds.getURI(), List.of(
        new PageFrame.Alternate("/.well-known/void", "text/turtle", "VoID (Turtle)"))), title,
        text(ds, DCTerms.description, ui.lang()).orElse(null), licence, uri(ds, VOID.sparqlEndpoint), uri(ds, VOID.dataDump),
        String.format("%,d", ds.getProperty(VOID.triples).getLong()), classes);
    Bodies.send(request, response, templates.render("dataset", page, ui).getBytes(StandardCharsets.UTF_8),
        Representation.HTML.contentType());
  }

  private static String uri(Resource r, Property p) {
    return Optional.ofNullable(r.getPropertyResourceValue(p)).map(Resource::getURI).orElse(null);
  }

  private static Optional<String> text(Resource r, Property p, String lang) {
    return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals(lang)).map(l -> l.getLexicalForm()).findFirst();
  }
}
