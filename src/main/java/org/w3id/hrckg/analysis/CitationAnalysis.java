package org.w3id.hrckg.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The citation network of a dataset and all that is computed on it: node metrics, co-citation
 * and bibliographic-coupling pairs, citation ages. The entry point of the analysis stage.
 *
 * <p>The pairs' lists are made when first asked for: counting the pairs takes time that grows
 * with the square of each document's in-degree (a text cited by nearly every other makes nearly
 * every pair of texts a coupled pair), and the server's pages do not show them.
 */
public final class CitationAnalysis {

  private final CitationNetwork network;
  private final Map<String, NodeMetrics> metrics;
  private final List<CitationAge> ages;
  private PairSimilarity coCitation;
  private PairSimilarity coupling;

  private CitationAnalysis(CitationNetwork network, Map<String, NodeMetrics> metrics, List<CitationAge> ages) {
    this.network = network;
    this.metrics = metrics;
    this.ages = ages;
  }

  /** Analyses the citation network of a built dataset. */
  public static CitationAnalysis of(DatasetGraph dataset) {
    return of(CitationNetwork.of(dataset));
  }

  public static CitationAnalysis of(CitationNetwork network) {
    Map<String, NodeMetrics> metrics = new LinkedHashMap<>();
    NetworkMetrics.of(network).forEach(m -> metrics.put(m.iri(), m));
    return new CitationAnalysis(network, metrics, CitationAge.of(network));
  }

  public CitationNetwork network() {
    return network;
  }

  /** The metrics of each document, by IRI. */
  public Map<String, NodeMetrics> metrics() {
    return metrics;
  }

  public List<CitationAge> ages() {
    return ages;
  }

  /** Pairs of documents cited together ({@link PairSimilarity#coCitation}), made the first time. */
  public synchronized PairSimilarity coCitation() {
    if (coCitation == null) {
      coCitation = PairSimilarity.coCitation(network.graph());
    }
    return coCitation;
  }

  /** Pairs of texts that cite the same documents ({@link PairSimilarity#bibliographicCoupling}), made the first time. */
  public synchronized PairSimilarity coupling() {
    if (coupling == null) {
      coupling = PairSimilarity.bibliographicCoupling(network.graph());
    }
    return coupling;
  }

  /** The documents by PageRank, highest first (ties by name). */
  public List<NodeMetrics> byPageRank() {
    return metrics.values().stream()
        .sorted(Comparator.comparingDouble((NodeMetrics m) -> -m.pageRank()).thenComparing(m -> network.node(m.iri()).name()))
        .toList();
  }

  /** The number of weakly connected components. */
  public int components() {
    return metrics.values().stream().mapToInt(NodeMetrics::component).max().orElse(0);
  }
}
