package org.w3id.hrckg.server.html;

import java.util.List;
import java.util.Optional;

/**
 * A browse index: the things of one kind, as a table a reader sorts and pages through, at
 * {@code /page/{path}}. Its query names each row's thing {@code ?item} and one variable per
 * column; a column of things (a body, a session) shows their labels, links to their pages and
 * can narrow the index to one of them ({@code ?body=IRI}).
 *
 * @param path the path after {@code /page/}
 * @param title the catalogue key of its title
 * @param query the SPARQL query of its rows (prefixes {@code hrc}, {@code eli}, {@code cito}, {@code dcterms}, {@code skos}, {@code rdfs} declared)
 * @param columns its columns, the first the thing itself
 * @param sort the column it is sorted by unless asked otherwise
 */
record BrowseIndex(String path, String title, String query, List<Column> columns, String sort) {

  /**
   * A column: its variable, the catalogue key of its heading, whether it counts (sorted as a
   * number, largest first), and whether its values can narrow the index.
   */
  record Column(String var, String heading, boolean count, boolean filter) {

    static Column of(String var) {
      return new Column(var, "column_" + var, false, false);
    }

    static Column count(String var) {
      return new Column(var, "column_" + var, true, false);
    }

    static Column filter(String var) {
      return new Column(var, "column_" + var, false, true);
    }
  }

  Optional<Column> column(String var) {
    return columns.stream().filter(c -> c.var().equals(var)).findFirst();
  }

  /** The indexes of the site (CONTRACT.md, section 5). */
  static final List<BrowseIndex> ALL = List.of(
      new BrowseIndex("doc", "browse_doc", """
          SELECT ?item (SAMPLE(?k) AS ?kind) (SAMPLE(?b) AS ?body) (SAMPLE(?s) AS ?session) (SAMPLE(?d) AS ?date)
              (IF(COUNT(?r) > 0, "citing", "cited") AS ?role) (COUNT(DISTINCT ?citing) AS ?cited_by) WHERE {
            { ?item eli:is_realized_by ?x } UNION { ?c cito:cites ?item }
            OPTIONAL { ?item a ?k FILTER (?k IN (hrc:Resolution, hrc:DraftResolution, hrc:Decision)) }
            OPTIONAL { ?item hrc:issuedBy ?b } OPTIONAL { ?item hrc:session ?s }
            OPTIONAL { ?item hrc:adoptionDate|hrc:documentDate ?d }
            OPTIONAL { ?item eli:is_realized_by ?r }
            OPTIONAL { ?citing cito:cites ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.filter("kind"), Column.filter("body"),
              Column.filter("session"), Column.of("date"), Column.filter("role"), Column.count("cited_by")), "session"),
      new BrowseIndex("session", "browse_session", """
          SELECT ?item (SAMPLE(?b) AS ?body) (SAMPLE(?n) AS ?number) (COUNT(DISTINCT ?doc) AS ?texts) (COUNT(DISTINCT ?o) AS ?due) WHERE {
            ?item a hrc:Session . OPTIONAL { ?item hrc:sessionOf ?b } OPTIONAL { ?item hrc:sessionNumber ?n }
            OPTIONAL { ?doc hrc:session ?item ; eli:is_realized_by ?x } OPTIONAL { ?o hrc:dueSession ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.filter("body"), Column.count("number"),
              Column.count("texts"), Column.count("due")), "number"),
      new BrowseIndex("state", "browse_state", """
          SELECT ?item (SAMPLE(?c) AS ?iso) (COUNT(DISTINCT ?sp) AS ?sponsored) (COUNT(DISTINCT ?v) AS ?votes) WHERE {
            ?item a hrc:State . OPTIONAL { ?item hrc:iso3166Alpha3 ?c }
            OPTIONAL { ?sp hrc:sponsor ?item } OPTIONAL { ?v hrc:voter ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.of("iso"), Column.count("sponsored"), Column.count("votes")), "item"),
      new BrowseIndex("fund", "browse_fund", """
          SELECT ?item (COUNT(DISTINCT ?doc) AS ?texts) WHERE {
            ?item a hrc:Fund . OPTIONAL { ?doc hrc:hasParagraph/hrc:mentionsFund ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.count("texts")), "texts"),
      new BrowseIndex("body", "browse_body", """
          SELECT ?item (COUNT(DISTINCT ?doc) AS ?issued) (COUNT(DISTINCT ?o) AS ?outputs) WHERE {
            ?item a hrc:Body . OPTIONAL { ?doc hrc:issuedBy ?item } OPTIONAL { ?o hrc:responsibleActor ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.count("issued"), Column.count("outputs")), "issued"),
      new BrowseIndex("mandate", "browse_mandate", """
          SELECT ?item (SAMPLE(?c) AS ?kind) (COUNT(DISTINCT ?doc) AS ?texts) WHERE {
            ?item a ?c FILTER (STRENDS(STR(?c), "Mandate"))
            OPTIONAL { ?doc ?p ?item FILTER EXISTS { ?doc eli:is_realized_by ?x } }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.filter("kind"), Column.count("texts")), "item"),
      new BrowseIndex("output", "browse_output", """
          SELECT ?item (SAMPLE(?k) AS ?kind) (SAMPLE(?doc) AS ?document) (SAMPLE(?a) AS ?actor) (SAMPLE(?s) AS ?due_session) WHERE {
            ?p hrc:mandates ?item . ?doc hrc:hasParagraph ?p .
            OPTIONAL { ?item a ?k FILTER (?k != hrc:MandatedOutput) }
            OPTIONAL { ?item hrc:responsibleActor ?a } OPTIONAL { ?item hrc:dueSession ?s }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.filter("kind"), Column.filter("document"),
              Column.filter("actor"), Column.filter("due_session")), "due_session"),
      new BrowseIndex("subject", "browse_subject", """
          SELECT ?item (COUNT(DISTINCT ?doc) AS ?texts) WHERE {
            { ?doc dcterms:subject ?item } UNION { ?doc hrc:hasParagraph/hrc:mentionsSDG ?item }
          } GROUP BY ?item""", List.of(Column.of("item"), Column.count("texts")), "texts"));

  /** The index at a path after {@code /page/}; {@code session/hrc} is the session index narrowed to one body. */
  static Optional<BrowseIndex> at(String path) {
    return ALL.stream().filter(i -> i.path().equals(path)).findFirst();
  }
}
