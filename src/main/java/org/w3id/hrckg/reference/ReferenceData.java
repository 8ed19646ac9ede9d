package org.w3id.hrckg.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The reference individuals of the ontology (States, funds, bodies, agenda items) read once from
 * {@code ontology/}, with the names in each language by which the parser recognises them in texts.
 */
public final class ReferenceData {

  private static final String NEUTRAL_BASE = "urn:hrc-kg:reference/";
  private static volatile ReferenceData instance;

  private final List<StateRecord> states;
  private final List<NamedThing> funds;
  private final List<NamedThing> bodies;
  private final List<NamedThing> agendaItems;

  private ReferenceData(Model model) {
    this.states = states(model);
    this.funds = named(model, Hrc.Fund.getURI());
    this.bodies = named(model, Hrc.Body.getURI());
    this.agendaItems = named(model, Hrc.AgendaItem.getURI());
  }

  /** The reference data, read on first use. */
  public static ReferenceData get() {
    ReferenceData r = instance;
    if (r == null) {
      synchronized (ReferenceData.class) {
        if (instance == null) {
          instance = new ReferenceData(load());
        }
        r = instance;
      }
    }
    return r;
  }

  private static Model load() {
    Model model = ModelFactory.createDefaultModel();
    OntologyFiles.parse(OntologyFiles.TERMS, NEUTRAL_BASE, StreamRDFLib.graph(model.getGraph()));
    for (String file : OntologyFiles.REFERENCE) {
      OntologyFiles.parse(file, NEUTRAL_BASE, StreamRDFLib.graph(model.getGraph()));
    }
    return model;
  }

  public List<StateRecord> states() {
    return states;
  }

  public List<NamedThing> funds() {
    return funds;
  }

  public List<NamedThing> bodies() {
    return bodies;
  }

  public List<NamedThing> agendaItems() {
    return agendaItems;
  }

  private static List<StateRecord> states(Model model) {
    Property iso3 = model.createProperty(Hrc.iso3166Alpha3.getURI());
    List<StateRecord> out = new ArrayList<>();
    model.listResourcesWithProperty(RDF.type, model.createResource(Hrc.State.getURI())).forEachRemaining(s ->
        out.add(new StateRecord(s.getRequiredProperty(iso3).getString(), names(s))));
    out.sort(Comparator.comparing(StateRecord::iso3));
    return List.copyOf(out);
  }

  private static List<NamedThing> named(Model model, String classUri) {
    List<NamedThing> out = new ArrayList<>();
    model.listResourcesWithProperty(RDF.type, model.createResource(classUri)).forEachRemaining(r ->
        out.add(new NamedThing(r.getRequiredProperty(SKOS.notation).getString(), names(r))));
    out.sort(Comparator.comparing(NamedThing::notation));
    return List.copyOf(out);
  }

  /** Labels by language: in each, preferred first, then alternative and hidden ones, each list sorted. */
  private static Map<Language, List<String>> names(Resource r) {
    Map<Language, List<String>> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      List<String> names = new ArrayList<>();
      for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
        List<String> these = new ArrayList<>();
        r.listProperties(p).forEachRemaining(st -> {
          RDFNode o = st.getObject();
          if (o.isLiteral() && o.asLiteral().getLanguage().toLowerCase(Locale.ROOT).startsWith(language.code())) {
            these.add(o.asLiteral().getLexicalForm());
          }
        });
        these.sort(Comparator.naturalOrder());
        names.addAll(these);
      }
      if (!names.isEmpty()) {
        byLanguage.put(language, List.copyOf(names));
      }
    }
    return byLanguage;
  }
}
