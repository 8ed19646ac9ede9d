package org.w3id.hrckg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.SharedFolder;

/**
 * {@code ontology/states.ttl} checked against the public-domain country-codes table of
 * {@code ../shared/reference}: every State of the United Nations is there, with the table's
 * ISO codes, M49 code, Wikidata entity and UN terminology short names.
 */
class StateTableTest {

  /** In UNTERM, but not Member or observer States of the UN (in free association with New Zealand). */
  private static final Set<String> UNTERM_NON_MEMBERS = Set.of("COK", "NIU");
  /** UNTERM names end with the article in parentheses, and an asterisk for observer States. */
  private static final Pattern UNTERM_DECORATION = Pattern.compile("\\s*\\((?:l'|l’|la|le|les|the)\\)|\\s*\\*$");

  private static List<Map<String, String>> table;
  private static Map<String, QuerySolution> ours;

  @BeforeAll
  static void read() throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedFolder.path().resolve("reference/country-codes.csv").toFile())) {
      table = rows.readAll();
    }
    Model model = ModelFactory.createDefaultModel();
    OntologyFiles.parse("states.ttl", "http://kg.example.org/", StreamRDFLib.graph(model.getGraph()));
    String query = """
        PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?a3 ?a2 ?m49 ?wd ?fr ?en WHERE {
          ?s a hrc:State ; hrc:iso3166Alpha3 ?a3 ; hrc:iso3166Alpha2 ?a2 ; hrc:m49Code ?m49 ; owl:sameAs ?wd ;
             skos:prefLabel ?fr , ?en .
          FILTER (lang(?fr) = "fr" && lang(?en) = "en")
        }""";
    try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
      ours = new HashMap<>();
      qe.execSelect().forEachRemaining(s -> ours.put(s.getLiteral("a3").getString(), s));
    }
  }

  @Test
  void holdsTheMemberAndObserverStatesOfTheTable() {
    Set<String> unterm = table.stream().filter(r -> !r.get("UNTERM English Short").isBlank())
        .map(r -> r.get("ISO3166-1-Alpha-3")).filter(a -> !UNTERM_NON_MEMBERS.contains(a))
        .collect(Collectors.toCollection(TreeSet::new));
    // Côte d'Ivoire and Türkiye have no UNTERM columns in this edition of the table.
    unterm.addAll(Set.of("CIV", "TUR"));
    assertEquals(195, unterm.size());
    assertEquals(unterm, new TreeSet<>(ours.keySet()));
  }

  static Stream<String> states() throws IOException {
    read();
    return ours.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void agreesWithTheTable(String alpha3) {
    Map<String, String> row = table.stream().filter(r -> r.get("ISO3166-1-Alpha-3").equals(alpha3)).findFirst().orElseThrow();
    QuerySolution s = ours.get(alpha3);
    assertEquals(row.get("ISO3166-1-Alpha-2"), s.getLiteral("a2").getString(), "alpha-2");
    assertEquals(String.format("%03d", Integer.parseInt(row.get("M49"))), s.getLiteral("m49").getString(), "M49");
    String wikidata = row.get("wikidata_id");
    if (!wikidata.isBlank()) {
      assertEquals(wikidata.replace("https://www.wikidata.org/wiki/", "http://www.wikidata.org/entity/"),
          s.getResource("wd").getURI(), "Wikidata entity");
    }
    assertEquals(name(row, "UNTERM French Short", "official_name_fr"), apostrophes(s.getLiteral("fr").getString()), "French name");
    assertEquals(name(row, "UNTERM English Short", "CLDR display name"), apostrophes(s.getLiteral("en").getString()), "English name");
  }

  /** The UNTERM short name without its article, or the fallback column where UNTERM is empty. */
  private static String name(Map<String, String> row, String unterm, String fallback) {
    String name = row.get(unterm).isBlank() ? row.get(fallback) : UNTERM_DECORATION.matcher(row.get(unterm)).replaceAll("");
    return apostrophes(name.strip());
  }

  private static String apostrophes(String s) {
    return s.replace('’', '\'');
  }
}
