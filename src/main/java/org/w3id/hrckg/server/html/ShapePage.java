package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.vocab.Hrc;

/**
 * {@code /shapes/NAME}: one SHACL node shape of {@code shapes/} as a reader sees it: what it
 * targets, how severe its results are, and for each property shape the path (each term with its
 * label from the ontology in the page's language), the name, the cardinality, the values allowed
 * and the message, all in the page's language.
 */
record ShapePage(PageFrame frame, String label, String curie, String file, String severity, List<Term> targets,
    String message, List<Rule> rules) {

  /** The namespace of the shapes. */
  static final String NS = "https://w3id.org/hrc-kg/shapes#";

  /** A term of a vocabulary: its label in the page's language (null where none is known), its prefixed name, its documentation. */
  record Term(String label, String curie, String href) {}

  /** A property shape: the path (one or more terms), its name, cardinality, allowed values and message. */
  record Rule(String id, List<Term> path, String name, String cardinality, List<String> values, String message) {}

  static ShapePage of(Resource shape, String file, Ui ui, TermLabels labels) {
    Model m = shape.getModel();
    List<Term> targets = new ArrayList<>();
    for (Property p : List.of(SHACLM.targetClass, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf, SHACLM.targetNode)) {
      shape.listProperties(p).forEach(st -> targets.add(withKind(term(st.getObject(), m, ui, labels), p, ui)));
    }
    List<Rule> rules = shape.listProperties(SHACLM.property).toList().stream().map(st -> st.getResource())
        .map(r -> rule(r, ui, labels)).sorted(Comparator.comparing(Rule::id)).toList();
    String label = text(shape, RDFS.label, ui.lang()).orElse(local(shape));
    boolean warning = shape.hasProperty(SHACLM.severity, SHACLM.Warning);
    return new ShapePage(new PageFrame(label, shape.getURI(), List.of(new PageFrame.Alternate(
        "/shapes/" + local(shape) + "?format=ttl", "text/turtle", "Turtle"))), label, "hrcsh:" + local(shape), file,
        ui.message(warning ? "shapes_warning" : "shapes_violation"), targets, text(shape, SHACLM.message, ui.lang()).orElse(null), rules);
  }

  private static Rule rule(Resource r, Ui ui, TermLabels labels) {
    Integer min = integer(r, SHACLM.minCount);
    Integer max = integer(r, SHACLM.maxCount);
    String cardinality = min == null && max == null ? ui.message("shapes_any_number")
        : (min == null ? "0" : min) + " … " + (max == null ? "n" : max);
    List<String> values = new ArrayList<>();
    r.listProperties(SHACLM.datatype).forEach(st -> values.add(ui.message("shapes_datatype", curie(st.getResource(), r.getModel()))));
    r.listProperties(SHACLM.class_).forEach(st -> values.add(ui.message("shapes_class",
        name(term(st.getObject(), r.getModel(), ui, labels)))));
    r.listProperties(SHACLM.nodeKind).forEach(st -> values.add(ui.message("shapes_node_kind", st.getResource().getLocalName())));
    r.listProperties(SHACLM.pattern).forEach(st -> values.add(ui.message("shapes_pattern", st.getString())));
    r.listProperties(SHACLM.hasValue).forEach(st -> values.add(ui.message("shapes_has_value", st.getObject().isLiteral()
        ? st.getLiteral().getLexicalForm() : name(term(st.getObject(), r.getModel(), ui, labels)))));
    r.listProperties(SHACLM.in).forEach(st -> values.add(ui.message("shapes_in", String.join(", ",
        st.getObject().as(RDFList.class).asJavaList().stream().map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm()
            : name(term(n, r.getModel(), ui, labels))).toList()))));
    for (Property p : List.of(SHACLM.minInclusive, SHACLM.maxInclusive, SHACLM.minExclusive, SHACLM.maxExclusive)) {
      r.listProperties(p).forEach(st -> values.add(ui.message("shapes_" + p.getLocalName(), st.getLiteral().getLexicalForm())));
    }
    if (r.hasLiteral(SHACLM.uniqueLang, true)) {
      values.add(ui.message("shapes_unique_lang"));
    }
    RDFNode path = r.getProperty(SHACLM.path) == null ? null : r.getProperty(SHACLM.path).getObject();
    List<Term> steps = path == null ? List.of() : path.canAs(RDFList.class) && !path.isURIResource()
        ? path.as(RDFList.class).asJavaList().stream().map(n -> term(n, r.getModel(), ui, labels)).toList()
        : List.of(term(path, r.getModel(), ui, labels));
    return new Rule(local(r), steps, text(r, SHACLM.name, ui.lang()).orElse(null), cardinality, values,
        text(r, SHACLM.message, ui.lang()).orElse(null));
  }

  private static Term withKind(Term t, Property target, Ui ui) {
    return target.equals(SHACLM.targetClass) ? t
        : new Term(ui.message("shapes_" + target.getLocalName(), name(t)), t.curie(), t.href());
  }

  /** A term of a shape, with its label from the ontology (or the catalogue) in the page's language. */
  static Term term(RDFNode node, Model m, Ui ui, TermLabels labels) {
    if (!node.isURIResource()) {
      return new Term(null, ui.message("shapes_complex_path"), null);
    }
    String iri = node.asResource().getURI();
    String href = iri.startsWith(Hrc.NS) ? "/ontology#" + iri.substring(Hrc.NS.length()) : null;
    return new Term(labels.label(iri, ui.lang()).orElse(null), curie(node.asResource(), m), href);
  }

  private static String name(Term t) {
    return t.label() == null ? t.curie() : t.label() + " (" + t.curie() + ")";
  }

  private static String curie(Resource r, Model m) {
    String curie = m.shortForm(r.getURI());
    return curie.equals(r.getURI()) ? "<" + r.getURI() + ">" : curie;
  }

  static String local(Resource r) {
    return r.getURI().startsWith(NS) ? r.getURI().substring(NS.length()) : r.getLocalName();
  }

  private static Integer integer(Resource r, Property p) {
    return r.hasProperty(p) ? r.getProperty(p).getInt() : null;
  }

  static Optional<String> text(Resource r, Property p, String lang) {
    List<Literal> all = r.listProperties(p).toList().stream().map(st -> st.getObject()).filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).toList();
    return all.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
        .or(() -> all.stream().filter(l -> l.getLanguage().equals("en")).findFirst()).map(Literal::getLexicalForm);
  }
}
