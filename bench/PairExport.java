import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hrckg.analysis.CitationAnalysis;
import org.w3id.hrckg.analysis.CitationNetwork;
import org.w3id.hrckg.analysis.DocumentNode;
import org.w3id.hrckg.analysis.NetworkExport;

/**
 * analyze's metrics and exports (the pair files included) on a citation network read from a
 * tab-separated edge list (citing, cited, paragraphs), timed apart from loading a dump: the same
 * calls in main's jar and in a branch's, for a before/after at 20,000 texts (BENCHMARKS.md).
 *
 *   java -Xmx4g -cp target/hrc-kg.jar bench/PairExport.java EDGES.tsv OUT-DIR
 */
public class PairExport {
  public static void main(String[] args) throws Exception {
    Map<List<String>, Double> edges = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.startsWith("#")) {
        String[] f = line.split("\t");
        names.add(f[0]);
        names.add(f[1]);
        edges.put(List.of(f[0], f[1]), Double.parseDouble(f[2]));
      }
    }
    List<DocumentNode> nodes = new ArrayList<>();
    names.stream().sorted().forEach(n -> nodes.add(new DocumentNode(n, n.substring(n.indexOf("/id/doc/") + 8), null, null, null, null, true)));
    long t = System.nanoTime();
    CitationAnalysis analysis = CitationAnalysis.of(CitationNetwork.of(nodes, edges));
    System.out.printf("%,d nodes, %,d edges; network and metrics (PageRank, HITS, components) %.2f s%n", nodes.size(), edges.size(),
        (System.nanoTime() - t) / 1e9);
    t = System.nanoTime();
    NetworkExport.write(analysis, Path.of(args[1]));
    System.out.printf("exports (pair files included) %.2f s%n", (System.nanoTime() - t) / 1e9);
  }
}
