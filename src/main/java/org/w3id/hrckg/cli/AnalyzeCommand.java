package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.w3id.hrckg.analysis.CitationAge;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.DocumentNode;
import org.w3id.hrckg.analysis.NetworkDrawing;
import org.w3id.hrckg.analysis.NetworkExport;
import org.w3id.hrckg.analysis.NodeMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code analyze}: the citation network of the built graph, its metrics and exports (CSV,
 * GraphML, JSON for D3 and Cytoscape, and a drawing on request), with a readable top list.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Citation-network analysis: metrics, CSV / GraphML / JSON exports, a drawing, a top list.")
final class AnalyzeCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "hrc-kg-analysis",
      description = "Folder for the exports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--svg", description = "Also draw the network as network.svg.")
  boolean svg;

  @Option(names = "--png", description = "Also draw the network as network.png.")
  boolean png;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Length of the top lists (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--min-shared", paramLabel = "K",
      description = {"Write to cocitation.csv and coupling.csv only the pairs that share at least K citing texts or cited "
          + "documents (default: the smallest K that keeps each file within " + NetworkExport.MAX_PAIR_ROWS + " rows, "
          + "which is every pair on the bundled corpus). The rows come in the order of the first document, then of the second (by IRI)."})
  Integer minShared;

  @Mixin
  GraphOptions graph;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (top <= 0) {
      stderr.printf("analyze: --top must be a positive number of rows, not %d%n", top);
      return HrcKg.USAGE;
    }
    if (minShared != null && minShared <= 0) {
      stderr.printf("analyze: --min-shared must be a positive count, not %d%n", minShared);
      return HrcKg.USAGE;
    }
    Optional<GraphOptions.Graph> loaded = graph.load(stderr);
    if (loaded.isEmpty()) {
      return HrcKg.USAGE;
    }
    CitationAnalysis analysis;
    try (GraphOptions.Graph read = loaded.get()) {
      analysis = CitationAnalysis.of(read.dataset());
    }
    List<NetworkExport.PairFile> pairFiles;
    try {
      pairFiles = NetworkExport.write(analysis, out, minShared == null ? OptionalInt.empty() : OptionalInt.of(minShared));
      if (svg) {
        NetworkDrawing.of(analysis).writeSvg(out.resolve("network.svg"));
      }
      if (png) {
        NetworkDrawing.of(analysis).writePng(out.resolve("network.png"));
      }
    } catch (IOException e) {
      stderr.printf("analyze: cannot write to %s: %s%n", out, BuildRun.describe(e));
      return HrcKg.DATA_PROBLEM;
    }
    summary(analysis, stdout);
    stdout.printf("%nPairs written (--min-shared to choose):%n");
    pairFiles.forEach(f -> stdout.printf("      %-16s %,d of the %,d pairs, those that share at least %d (%.1f s)%n",
        f.file(), f.rows(), f.pairs(), f.minShared(), f.seconds()));
    stdout.printf("%nWritten to %s: %s%s%s%n", out, String.join(", ", NetworkExport.FILES),
        svg ? ", network.svg" : "", png ? ", network.png" : "");
    stdout.flush();
    return 0;
  }

  private void summary(CitationAnalysis a, PrintWriter out) {
    long inCorpus = a.network().nodes().values().stream().filter(DocumentNode::inCorpus).count();
    out.printf("Citation network: %d documents (%d texts of the corpus, %d only cited), %d citation edges, "
        + "%d weakly connected component(s)%n", a.network().nodes().size(), inCorpus,
        a.network().nodes().size() - inCorpus, a.network().graph().edgeSet().size(), a.components());
    List<NodeMetrics> ranked = a.byPageRank();
    out.printf("%nMost central documents (PageRank):%n%4s  %-24s %-17s %7s %10s %9s %9s%n",
        "#", "document", "issuer", "cited by", "paragraphs", "PageRank", "authority");
    IntStream.range(0, Math.min(top, ranked.size())).forEach(i -> {
      NodeMetrics m = ranked.get(i);
      DocumentNode n = a.network().node(m.iri());
      out.printf("%4d  %-24s %-17s %7d %10.0f %9.4f %9.4f%n", i + 1, shorten(n.name()), n.issuer() == null ? "" : n.issuer(),
          m.inDegree(), m.citingParagraphs(), m.pageRank(), m.authority());
    });
    out.printf("%nTop hubs (HITS):%n");
    a.metrics().values().stream().filter(m -> m.hub() > 0)
        .sorted((x, y) -> Double.compare(y.hub(), x.hub())).limit(top)
        .forEach(m -> out.printf("      %-24s cites %3d documents   hub %.4f%n",
            shorten(a.network().node(m.iri()).name()), m.outDegree(), m.hub()));
    out.printf("%nMost co-cited pairs:%n");
    a.coCitation().top(top).forEach(p -> out.printf("      %-24s %-24s %d texts  (cosine %.2f)%n",
        shorten(a.network().node(p.first()).name()), shorten(a.network().node(p.second()).name()), p.shared(), p.cosine()));
    if (!a.ages().isEmpty()) {
      double mean = a.ages().stream().mapToInt(CitationAge::years).average().orElse(0);
      int oldest = a.ages().stream().mapToInt(CitationAge::years).max().orElse(0);
      out.printf("%nCitation age: %.1f years on average over %d dated citations; the oldest cited document was %d years old.%n",
          mean, a.ages().size(), oldest);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 24 ? s : s.substring(0, 23) + "…";
  }
}
