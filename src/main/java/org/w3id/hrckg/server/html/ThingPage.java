package org.w3id.hrckg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The page of any other thing (a fund, a body, a paragraph, a citation, a mandated output...):
 * what is said of it, property by property, and what points to it, grouped by how; a mandate's
 * page shows first its timeline, the resolutions that established and renewed it.
 */
record ThingPage(PageFrame frame, String label, List<Link> types, List<Milestone> timeline, List<Row> properties,
    List<Incoming> incoming) {

  /** A resolution's paragraph that established or renewed a mandate, with the date of adoption when the data has it. */
  record Milestone(String event, Link resolution, Link paragraph, String adopted) {}

  /** A property and its values. */
  record Row(Link property, List<Value> values) {}

  /** A value: a link, or a literal with its language. */
  record Value(Link link, String literal, String lang) {}

  /** The things that point here through one property. */
  record Incoming(String property, List<Link> from) {}

  static ThingPage of(Description d, Resource thing, PageFrame frame) {
    return new ThingPage(frame, d.label(thing),
        d.objects(thing, RDF.type).stream().map(d::link).toList(),
        timeline(d, thing), properties(d, thing), incoming(d, thing));
  }

  /** For a mandate, the paragraphs that established or extended it, by date of adoption (undated last), then resolution. */
  static List<Milestone> timeline(Description d, Resource thing) {
    if (!d.isA(thing, Hrc.Mandate)) {
      return List.of();
    }
    List<Milestone> out = new ArrayList<>();
    for (Property how : List.of(Hrc.establishesMandate, Hrc.extendsMandate)) {
      for (Resource paragraph : d.model().listSubjectsWithProperty(how, thing).toList()) {
        Resource document = d.model().listSubjectsWithProperty(Hrc.hasParagraph, paragraph).nextOptional().orElse(null);
        out.add(new Milestone(d.label(how), document == null ? null : d.link(document), d.link(paragraph),
            document == null ? null : d.literal(document, Hrc.adoptionDate).orElse(null)));
      }
    }
    out.sort(Comparator.comparing(Milestone::adopted, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> m.paragraph().label()));
    return out;
  }

  static List<Row> properties(Description d, Resource thing) {
    Map<Property, List<Value>> rows = new LinkedHashMap<>();
    thing.listProperties().toList().stream()
        .filter(st -> !st.getPredicate().equals(RDF.type))
        .sorted(Comparator.comparing((Statement st) -> d.label(st.getPredicate())).thenComparing(st -> st.getObject().toString()))
        .forEach(st -> rows.computeIfAbsent(st.getPredicate(), p -> new ArrayList<>()).add(value(d, st.getObject())));
    return rows.entrySet().stream().map(e -> new Row(d.link(e.getKey()), e.getValue())).toList();
  }

  private static Value value(Description d, RDFNode o) {
    if (o.isURIResource()) {
      return new Value(d.link(o.asResource()), null, null);
    }
    if (o.isLiteral()) {
      String lang = o.asLiteral().getLanguage();
      return new Value(null, o.asLiteral().getLexicalForm(), lang.isEmpty() ? null : lang);
    }
    return new Value(null, o.toString(), null);
  }

  static List<Incoming> incoming(Description d, Resource thing) {
    Map<Property, List<Link>> groups = new LinkedHashMap<>();
    d.model().listStatements(null, null, thing).toList().stream()
        .filter(st -> st.getSubject().isURIResource())
        .sorted(Comparator.comparing((Statement st) -> d.label(st.getPredicate())).thenComparing(st -> d.label(st.getSubject())))
        .forEach(st -> groups.computeIfAbsent(st.getPredicate(), p -> new ArrayList<>()).add(d.link(st.getSubject())));
    return groups.entrySet().stream().map(e -> new Incoming(d.label(e.getKey()), e.getValue())).toList();
  }
}
