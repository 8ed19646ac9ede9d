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
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.vocab.Hrc;

/**
 * {@code ontology/states.ttl} checked against the public-domain country-codes table of
 * {@code ../shared/reference}: every State of the United Nations is there, with the table's
 * ISO codes, M49 code, Wikidata entity and UN terminology names in the six official languages.
 */
class StateTableTest {

  /** In UNTERM, but not Member or observer States of the UN (in free association with New Zealand). */
  private static final Set<String> UNTERM_NON_MEMBERS = Set.of("COK", "NIU");
  /** UNTERM names end with the article in parentheses, and an asterisk for observer States. */
  private static final Pattern UNTERM_DECORATION = Pattern.compile("\\s*\\((?:l'|l’|la|le|les|the)\\)|\\s*\\*$");

  /** The columns of the other four languages: UNTERM's, and the table's official name where UNTERM has none. */
  private static final Map<String, List<String>> COLUMNS = Map.of(
      "es", List.of("UNTERM Spanish Short", "UNTERM Spanish Formal", "official_name_es"),
      "ru", List.of("UNTERM Russian Short", "UNTERM Russian Formal", "official_name_ru"),
      "ar", List.of("UNTERM Arabic Short", "UNTERM Arabic Formal", "official_name_ar"),
      "zh", List.of("UNTERM Chinese Short", "UNTERM Chinese Formal", "official_name_cn"));
  /** Spanish short names end with the article in parentheses ("Afganistán (el)"), formal ones begin with it. */
  private static final Pattern SPANISH_ARTICLE = Pattern.compile("\\s*\\((?:el|la|los|las)\\)|^(?:el|la|los|las)\\s+");
  /** The table's placeholder for an article left out: "هولندا (مملكة _)" is "هولندا (مملكة)". */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\s+_(?=\\))");

  private static List<Map<String, String>> table;
  private static Map<String, QuerySolution> ours;
  private static Model model;

  @BeforeAll
  static void read() throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedFolder.path().resolve("reference/country-codes.csv").toFile())) {
      table = rows.readAll();
    }
    model = ModelFactory.createDefaultModel();
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

  /**
   * In Spanish, Russian, Arabic and Chinese: the preferred name is UNTERM's short name (its article
   * and an observer's asterisk left out), or the official name where UNTERM has none (Côte d'Ivoire,
   * Türkiye); the other names are UNTERM's formal name and the official name where it differs
   * (the newer "Países Bajos (Reino de los)").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void namesTheStateInTheOtherLanguagesAsTheTable(String alpha3) {
    Map<String, String> row = table.stream().filter(r -> r.get("ISO3166-1-Alpha-3").equals(alpha3)).findFirst().orElseThrow();
    Resource state = model.listResourcesWithProperty(model.createProperty(Hrc.iso3166Alpha3.getURI()), alpha3).next();
    COLUMNS.forEach((lang, columns) -> {
      String preferred = other(row.get(columns.get(0)).isBlank() ? row.get(columns.get(2)) : row.get(columns.get(0)));
      Set<String> others = new TreeSet<>();
      for (String column : columns.subList(1, 3)) {
        String name = other(row.get(column));
        if (!name.isEmpty() && !name.equals(preferred)) {
          others.add(name);
        }
      }
      assertEquals(Set.of(preferred), labels(state, SKOS.prefLabel, lang), alpha3 + " preferred name in " + lang);
      assertEquals(others, labels(state, SKOS.altLabel, lang), alpha3 + " other names in " + lang);
    });
  }

  private static String other(String name) {
    String s = UNTERM_DECORATION.matcher(name.strip()).replaceAll("");
    return PLACEHOLDER.matcher(SPANISH_ARTICLE.matcher(s).replaceAll("")).replaceAll("").strip();
  }

  private static Set<String> labels(Resource state, Property p, String lang) {
    Set<String> out = new TreeSet<>();
    state.listProperties(p).forEachRemaining(st -> {
      if (st.getLiteral().getLanguage().equals(lang)) {
        out.add(st.getString());
      }
    });
    return out;
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
