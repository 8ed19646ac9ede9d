package org.w3id.hrckg.server.html;

import java.util.List;

/**
 * The SPARQL query page: a person types a query (or picks a named one) and sees a table.
 *
 * @param query the query in the editor when the page opens
 * @param examples the named queries to pick from
 * @param base the base of the data's URIs, so that result links go to our own pages
 */
record QueryPage(PageFrame frame, String query, List<Example> examples, String base) {

  /** A query to start from. */
  record Example(String name, String title, String query) {}
}
