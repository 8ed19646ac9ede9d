package org.w3id.hrckg.server.html;

import java.util.List;

/**
 * The SPARQL editor page: the endpoint it queries, the query it opens with, the named queries as
 * examples, and the prefixes and terms it completes ({@link EditorTerms} as JSON).
 */
record EditorPage(PageFrame frame, String endpoint, String query, List<QueryPage.Example> examples, String terms) {}
