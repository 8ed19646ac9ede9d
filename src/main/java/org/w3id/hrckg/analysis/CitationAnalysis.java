package org.w3id.hrckg.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The citation network of a dataset and all that is computed on it: node metrics, co-citation
 * and bibliographic-coupling pairs, citation ages. The entry point of the analysis stage.
 */
public record CitationAnalysis(CitationNetwork network, Map<String, NodeMetrics> metrics,
    List<PairSimilarity.Pair> coCitation, List<PairSimilarity.Pair> coupling, List<CitationAge> ages) {

  /** Analyses the citation network of a built dataset. */
  public static CitationAnalysis of(DatasetGraph dataset) {
    return of(CitationNetwork.of(dataset));
  }

  public static CitationAnalysis of(CitationNetwork network) {
    Map<String, NodeMetrics> metrics = new LinkedHashMap<>();
    NetworkMetrics.of(network).forEach(m -> metrics.put(m.iri(), m));
    return new CitationAnalysis(network, metrics, PairSimilarity.coCitation(network.graph()),
        PairSimilarity.bibliographicCoupling(network.graph()), CitationAge.of(network));
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
