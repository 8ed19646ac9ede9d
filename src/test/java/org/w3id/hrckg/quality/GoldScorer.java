package org.w3id.hrckg.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Scores a built graph against a gold file the way {@code ../shared/tools/score_extraction.py}
 * does, category by category, with the public vocabulary of the contract only: documents are
 * matched by their source file name, facts are compared as sets of tuples.
 */
final class GoldScorer {

  static final List<String> CATEGORIES = List.of(
      "fields", "citations", "cites", "citedDates", "sponsors", "funds", "outputs", "outputActors", "sdgs");

  private static final String PREFIXES = """
      PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX cito: <http://purl.org/spar/cito/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;
  private static final Map<String, String> OUTPUT_TYPES = Map.of(
      "https://w3id.org/hrc-kg/ontology#RequestedReport", "Report",
      "https://w3id.org/hrc-kg/ontology#PanelDiscussion", "PanelDiscussion",
      "https://w3id.org/hrc-kg/ontology#IntersessionalMeeting", "IntersessionalMeeting",
      "https://w3id.org/hrc-kg/ontology#Consultation", "Consultation");

  /** Precision, recall and F1 of one category. */
  record Score(int gold, int found, int truePositives, Set<List<Object>> missed, Set<List<Object>> spurious) {

    double precision() {
      return found == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / found;
    }

    double recall() {
      return gold == 0 ? 1 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, Set<List<Object>>> want = new HashMap<>();
  private final Map<String, Set<List<Object>>> got = new HashMap<>();

  private GoldScorer() {}

  static Map<String, Score> score(InputStream goldJson, Graph built) throws IOException {
    GoldScorer s = new GoldScorer();
    JsonNode gold = new ObjectMapper().readTree(goldJson).get("documents");
    s.readGold(gold);
    s.readBuild(built, files(gold));
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String c : CATEGORIES) {
      Set<List<Object>> g = s.want.getOrDefault(c, Set.of());
      Set<List<Object>> f = s.got.getOrDefault(c, Set.of());
      Set<List<Object>> tp = new HashSet<>(g);
      tp.retainAll(f);
      Set<List<Object>> missed = new HashSet<>(g);
      missed.removeAll(f);
      Set<List<Object>> spurious = new HashSet<>(f);
      spurious.removeAll(g);
      scores.put(c, new Score(g.size(), f.size(), tp.size(), missed, spurious));
    }
    return scores;
  }

  private static Set<String> files(JsonNode gold) {
    Set<String> files = new HashSet<>();
    gold.forEach(d -> files.add(d.get("file").asText()));
    return files;
  }

  private void readGold(JsonNode gold) {
    for (JsonNode d : gold) {
      String f = d.get("file").asText();
      for (String key : List.of("type", "symbol", "session", "agendaItem", "title", "adoptionDate", "meetingNumber",
          "adoptedWithoutVote", "preambularParagraphs", "operativeParagraphs", "documentDate")) {
        JsonNode v = d.get(key);
        if (v != null && !v.isNull()) {
          add(want, "fields", f, key, canon(v));
        }
      }
      d.get("citations").forEach(c -> {
        add(want, "citations", f, c.get("paragraph").asText(), c.get("cited").asText());
        add(want, "cites", f, c.get("cited").asText());
        if (!c.get("statedDate").isNull()) {
          add(want, "citedDates", f, c.get("paragraph").asText(), c.get("cited").asText(), c.get("statedDate").asText());
        }
      });
      d.get("sponsors").forEach(s -> add(want, "sponsors", f, s.get("state").asText(), s.get("councilMember").asBoolean()));
      d.get("funds").forEach(x -> add(want, "funds", f, x.get("paragraph").asText(), x.get("fund").asText()));
      d.get("outputs").forEach(o -> {
        JsonNode due = o.get("dueSession");
        add(want, "outputs", f, o.get("paragraph").asText(), o.get("type").asText(), due.isNull() ? null : due.asInt());
        if (o.get("actor") != null && !o.get("actor").isNull()) {
          add(want, "outputActors", f, o.get("paragraph").asText(), o.get("type").asText(), o.get("actor").asText());
        }
      });
      d.get("sdgs").forEach(s -> add(want, "sdgs", f, s.get("paragraph").asText(), s.get("goal").asInt()));
    }
  }

  private void readBuild(Graph graph, Set<String> files) {
    Map<String, String> docs = new HashMap<>();
    select(graph, "SELECT ?doc ?fn WHERE { ?doc hrc:sourceFileName ?fn }", r -> {
      if (files.contains(r.get("fn").toString())) {
        docs.put(r.get("doc").toString(), r.get("fn").toString());
      }
    });
    Map<String, String> simple = Map.of("symbol", "hrc:symbol", "agendaItem", "hrc:agendaItem", "title", "dcterms:title",
        "adoptionDate", "hrc:adoptionDate", "meetingNumber", "hrc:meetingNumber",
        "adoptedWithoutVote", "hrc:adoptedWithoutVote", "documentDate", "hrc:documentDate");
    simple.forEach((key, property) -> select(graph, "SELECT ?doc ?v WHERE { ?doc " + property + " ?v }", r ->
        inDoc(docs, r, f -> add(got, "fields", f, key, canon(r.get("v"))))));
    select(graph, "SELECT ?doc ?n WHERE { ?doc hrc:session ?s . ?s hrc:sessionNumber ?n }", r ->
        inDoc(docs, r, f -> add(got, "fields", f, "session", canon(r.get("n")))));
    select(graph, "SELECT ?doc ?t WHERE { ?doc a ?t FILTER(?t IN (hrc:Resolution, hrc:DraftResolution)) }", r ->
        inDoc(docs, r, f -> add(got, "fields", f, "type", r.get("t").asResource().getLocalName())));
    Map<List<String>, Integer> counts = new HashMap<>();
    select(graph, paragraphs("", ""), r -> inDoc(docs, r, f -> counts.merge(
        List.of(f, r.get("cls").toString().endsWith("PreambularParagraph") ? "preambularParagraphs" : "operativeParagraphs"),
        1, Integer::sum)));
    counts.forEach((k, n) -> add(got, "fields", k.get(0), k.get(1), (long) n));
    select(graph, paragraphs("?sym", "?c hrc:citingParagraph ?p ; hrc:citedDocument ?cd . ?cd hrc:symbol ?sym ."), r ->
        inDoc(docs, r, f -> add(got, "citations", f, paragraph(r), r.get("sym").toString())));
    select(graph, paragraphs("?sym ?date",
        "?c hrc:citingParagraph ?p ; hrc:citedDocument ?cd ; hrc:statedDate ?date . ?cd hrc:symbol ?sym ."), r ->
        inDoc(docs, r, f -> add(got, "citedDates", f, paragraph(r), r.get("sym").toString(), r.get("date").asLiteral().getLexicalForm())));
    select(graph, "SELECT ?doc ?sym WHERE { ?doc cito:cites ?cd . ?cd hrc:symbol ?sym }", r ->
        inDoc(docs, r, f -> add(got, "cites", f, r.get("sym").toString())));
    select(graph, "SELECT ?doc ?code ?m WHERE { ?doc hrc:sponsorship ?s . ?s hrc:sponsor ?st ; hrc:councilMember ?m ."
        + " ?st hrc:iso3166Alpha3 ?code }", r ->
        inDoc(docs, r, f -> add(got, "sponsors", f, r.get("code").toString(), r.get("m").asLiteral().getBoolean())));
    select(graph, paragraphs("?slug", "?p hrc:mentionsFund ?fund . ?fund skos:notation ?slug ."), r ->
        inDoc(docs, r, f -> add(got, "funds", f, paragraph(r), r.get("slug").toString())));
    select(graph, paragraphs("?otype ?due", "?p hrc:mandates ?o . ?o a ?otype . OPTIONAL { ?o hrc:dueSession ?ds . ?ds hrc:sessionNumber ?due }"), r ->
        inDoc(docs, r, f -> {
          String type = OUTPUT_TYPES.get(r.get("otype").toString());
          if (type != null) {
            add(got, "outputs", f, paragraph(r), type, r.get("due") == null ? null : r.get("due").asLiteral().getInt());
          }
        }));
    select(graph, paragraphs("?otype ?actor", "?p hrc:mandates ?o . ?o a ?otype ; hrc:responsibleActor ?a . ?a skos:notation ?actor ."), r ->
        inDoc(docs, r, f -> {
          String type = OUTPUT_TYPES.get(r.get("otype").toString());
          if (type != null) {
            add(got, "outputActors", f, paragraph(r), type, r.get("actor").toString());
          }
        }));
    select(graph, paragraphs("?sdg", "?p hrc:mentionsSDG ?sdg ."), r ->
        inDoc(docs, r, f -> {
          String iri = r.get("sdg").toString();
          if (iri.matches("http://metadata\\.un\\.org/sdg/\\d+")) {
            add(got, "sdgs", f, paragraph(r), Integer.parseInt(iri.substring(iri.lastIndexOf('/') + 1)));
          }
        }));
  }

  private static String paragraphs(String vars, String body) {
    return "SELECT ?doc ?cls ?ord " + vars + " WHERE { ?doc hrc:hasParagraph ?p . ?p a ?cls ; hrc:ordinal ?ord ."
        + " FILTER(?cls IN (hrc:PreambularParagraph, hrc:OperativeParagraph)) " + body + " }";
  }

  private static String paragraph(QuerySolution r) {
    return (r.get("cls").toString().endsWith("PreambularParagraph") ? "PP" : "OP") + r.get("ord").asLiteral().getInt();
  }

  private static void inDoc(Map<String, String> docs, QuerySolution r, Consumer<String> action) {
    String f = docs.get(r.get("doc").toString());
    if (f != null) {
      action.accept(f);
    }
  }

  private static void select(Graph graph, String query, Consumer<QuerySolution> each) {
    Query q = QueryFactory.create(PREFIXES + query);
    try (QueryExecution exec = QueryExecution.create(q, ModelFactory.createModelForGraph(graph))) {
      exec.execSelect().forEachRemaining(each);
    }
  }

  private static void add(Map<String, Set<List<Object>>> side, String category, Object... tuple) {
    side.computeIfAbsent(category, k -> new HashSet<>()).add(java.util.Arrays.asList(tuple));
  }

  /** One comparable form: numbers as longs, booleans, dates and strings normalised like the tool does. */
  private static Object canon(JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    return canonText(v.asText());
  }

  private static Object canon(RDFNode node) {
    if (node.isLiteral()) {
      Literal l = node.asLiteral();
      Object value = l.getValue();
      if (value instanceof Boolean b) {
        return b;
      }
      if (value instanceof Number n && !(value instanceof Double)) {
        return n.longValue();
      }
      return canonText(l.getLexicalForm());
    }
    return node.toString();
  }

  private static Object canonText(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : n;
  }
}
