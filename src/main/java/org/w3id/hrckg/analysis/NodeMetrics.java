package org.w3id.hrckg.analysis;

/**
 * What the network says of one document.
 *
 * @param inDegree the texts that cite it
 * @param outDegree the documents it cites
 * @param citingParagraphs the paragraphs that cite it (weighted in-degree)
 * @param citedParagraphs its paragraphs' citations of documents (weighted out-degree)
 * @param pageRank PageRank, damping 0.85, on paragraph weights
 * @param authority HITS authority score
 * @param hub HITS hub score
 * @param component the weakly connected component it belongs to, 1 for the largest
 */
public record NodeMetrics(String iri, int inDegree, int outDegree, double citingParagraphs, double citedParagraphs,
    double pageRank, double authority, double hub, int component) {}
