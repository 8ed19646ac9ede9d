import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.html.ResourcePages;
import org.w3id.hrckg.server.html.Templates;
import org.w3id.hrckg.server.html.TermLabels;
import org.w3id.hrckg.server.html.Ui;
import org.w3id.hrckg.server.http.Representation;
import org.w3id.hrckg.server.linkeddata.ResourcePaths;
import org.w3id.hrckg.server.linkeddata.ServedData;
import org.w3id.hrckg.store.TdbStore;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * The first renderings of {@code serve}, cold (no cache): for each of COUNT documents of a TDB2
 * store, the ones {@code bench/serve} requests (ordered by the MD5 of their IRI), the description
 * ({@code ServedData.describe}), then its Turtle ({@code data/….ttl} writes it) and its English
 * page ({@code page/} renders it) from that description, each timed (CPU time of the thread) on one thread, in one JVM, the store opened as {@code serve --store}
 * opens it. Writes every Turtle and page to OUT ({@code N.ttl}, {@code N.html}; the documents in {@code documents.txt}) so that two builds
 * can be compared byte for byte ({@code diff -r}); prints the mean, p50, p99 and maximum of each.
 * The first PASSES - 1 passes over the documents are a warm-up (JIT; the store's pages in memory);
 * each pass renders with a new {@code ServedData}, so with nothing kept from the pass before.
 *
 * <pre>
 * java -Xmx2g -cp target/hrc-kg.jar bench/FirstRenderings.java STORE OUT COUNT PASSES
 * </pre>
 */
public final class FirstRenderings {

  public static void main(String[] args) throws IOException {
    DatasetGraph dataset = new TdbStore(Path.of(args[0])).open().orElseThrow();
    Path out = Files.createDirectories(Path.of(args[1]));
    int count = Integer.parseInt(args[2]);
    int passes = Integer.parseInt(args[3]);
    IriMinter iris = new IriMinter(TdbStore.baseOf(dataset).orElseThrow());
    ResourcePaths paths = new ResourcePaths(iris);
    ResourcePages pages = new ResourcePages(paths, new Templates(), TermLabels.of(dataset, iris));
    List<String> documents = documents(dataset, count);
    Files.write(out.resolve("documents.txt"), documents);
    Ui ui = Ui.in("en", "/");
    // CPU time of this thread, not wall time: the machine may be shared.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 1; pass <= passes; pass++) {
      // A new one each pass, as a server starts: what it keeps of earlier renderings starts empty.
      ServedData data = new ServedData(dataset, paths);
      long[] describe = new long[documents.size()];
      long[] turtle = new long[documents.size()];
      long[] page = new long[documents.size()];
      for (int i = 0; i < documents.size(); i++) {
        String iri = documents.get(i);
        long t0 = cpu.getCurrentThreadCpuTime();
        Graph description = data.describe(iri).orElseThrow();
        long t1 = cpu.getCurrentThreadCpuTime();
        byte[] ttl = write(description);
        long t2 = cpu.getCurrentThreadCpuTime();
        byte[] html = pages.render(iri, description, ui).getBytes(StandardCharsets.UTF_8);
        long t3 = cpu.getCurrentThreadCpuTime();
        describe[i] = t1 - t0;
        turtle[i] = t2 - t1;
        page[i] = t3 - t2;
        if (pass == passes) {
          Files.write(out.resolve(i + ".ttl"), ttl);
          Files.write(out.resolve(i + ".html"), html);
        }
      }
      System.out.printf("pass %d of %d documents, CPU ms: %s | %s | %s%n", pass, documents.size(),
          figures("describe", describe), figures("Turtle", turtle), figures("HTML", page));
    }
  }

  private static List<String> documents(DatasetGraph dataset, int count) {
    String query = "PREFIX hrc: <https://w3id.org/hrc-kg/ontology#> SELECT ?d { ?d hrc:hasParagraph [] } GROUP BY ?d ORDER BY MD5(STR(?d)) LIMIT " + count;
    DatasetGraph union = UnionDefaultGraph.of(dataset);
    return Txn.calculateRead(union, () -> {
      List<String> found = new ArrayList<>();
      QueryExec.dataset(union).query(query).select().forEachRemaining(b -> found.add(b.get("d").getURI()));
      return found;
    });
  }

  private static byte[] write(Graph graph) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(Representation.TURTLE.format()).output(bytes);
    return bytes.toByteArray();
  }

  private static String figures(String name, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return String.format("%s mean %.1f, p50 %.1f, p99 %.1f, max %.1f", name, mean, sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.99))] / 1e6, sorted[sorted.length - 1] / 1e6);
  }
}
