import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.store.TdbStore;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * Times named queries (or any .rq files) on a TDB2 store opened as {@code query --store} opens it
 * (the build in use, the union of the named graphs as default graph), inside one JVM, parameters
 * free; writes each query's rows, every column an RDF term in N-Triples form, sorted, to
 * {@code OUT/NAME.rows}, so that two versions of a query can be compared exactly ({@code cmp}).
 * The first run is a warm-up when there are several; prints p50 and every run.
 *
 * <pre>
 * java -Xmx2g -cp target/hrc-kg.jar bench/QueryTimes.java STORE OUT RUNS TIMEOUT_SECONDS FILE.rq...
 * </pre>
 *
 * The timeout does not stop ARQ inside a grouping (the group's input is read whole first).
 */
public final class QueryTimes {

  public static void main(String[] args) throws IOException {
    DatasetGraph dataset = UnionDefaultGraph.of(new TdbStore(Path.of(args[0])).open().orElseThrow());
    Path out = Files.createDirectories(Path.of(args[1]));
    int runs = Integer.parseInt(args[2]);
    long timeout = Long.parseLong(args[3]);
    for (int i = 4; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
      Query query = NamedQuery.adHoc(name, Files.readString(file)).bind(Map.of());
      time(dataset, name, query, runs, timeout, out);
    }
  }

  private static void time(DatasetGraph dataset, String name, Query query, int runs, long timeout, Path out)
      throws IOException {
    List<Double> millis = new ArrayList<>();
    List<String> rows = List.of();
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      try {
        rows = rows(dataset, query, timeout);
      } catch (QueryCancelledException e) {
        System.out.printf("%-26s no answer within %d s%n", name, timeout);
        return;
      }
      millis.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> timed = new ArrayList<>(millis.size() > 1 ? millis.subList(1, millis.size()) : millis);
    Collections.sort(timed);
    Files.write(out.resolve(name + ".rows"), rows.stream().sorted().toList());
    System.out.printf("%-26s p50 %9.1f ms  rows %7d  runs %s%n", name, timed.get(timed.size() / 2), rows.size(),
        millis.stream().map(m -> String.format("%.0f", m)).toList());
  }

  private static List<String> rows(DatasetGraph dataset, Query query, long timeout) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query).timeout(timeout, TimeUnit.SECONDS).build()) {
        RowSet rs = exec.select();
        List<Var> vars = rs.getResultVars();
        List<String> lines = new ArrayList<>();
        while (rs.hasNext()) {
          Binding b = rs.next();
          StringBuilder line = new StringBuilder();
          for (Var v : vars) {
            line.append(b.get(v) == null ? "UNDEF" : FmtUtils.stringForNode(b.get(v))).append('\t');
          }
          lines.add(line.toString());
        }
        return lines;
      }
    });
  }
}
