package org.w3id.hrckg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.hrckg.analysis.NamedQuery;
import org.w3id.hrckg.analysis.QueryCatalogue;
import org.w3id.hrckg.store.UnionDefaultGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code query}: runs a named query of {@code queries/} (or a .rq file) over the built graph and
 * prints its results as a table, CSV, TSV or JSON; {@code --list} shows the named queries.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a named query of queries/ (or a .rq file) over the built graph.")
final class QueryCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { table, csv, tsv, json }

  @Parameters(paramLabel = "NAME-or-FILE", arity = "0..1", description = "A named query (see --list) or a .rq file.")
  String query;

  @Option(names = "--list", description = "List the named queries and what they answer.")
  boolean list;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); graph results print as Turtle, or JSON-LD for json.")
  Format format;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the query (see --list).")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Mixin
  GraphOptions graph;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (list || query == null) {
      listQueries(stdout);
      return query == null && !list ? HrcKg.USAGE : 0;
    }
    Optional<NamedQuery> named = resolve(stderr);
    if (named.isEmpty()) {
      return HrcKg.USAGE;
    }
    Query bound;
    try {
      bound = named.get().bind(parameters);
    } catch (QueryParseException e) {
      stderr.printf("query: %s is not valid SPARQL: %s%n", query, e.getMessage());
      return HrcKg.USAGE;
    } catch (IllegalArgumentException e) {
      stderr.printf("query: %s%n", e.getMessage());
      return HrcKg.USAGE;
    }
    Optional<GraphOptions.Graph> loaded = graph.load(stderr);
    if (loaded.isEmpty()) {
      return HrcKg.USAGE;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GraphOptions.Graph read = loaded.get()) {
      DatasetGraph dataset = UnionDefaultGraph.of(read.dataset());
      Txn.executeRead(dataset, () -> {
        try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(bound).build()) {
          print(bound, exec, out);
        }
      });
    }
    stdout.print(out.toString(StandardCharsets.UTF_8));
    stdout.flush();
    return 0;
  }

  private void print(Query q, QueryExec exec, ByteArrayOutputStream out) {
    if (q.isSelectType()) {
      ResultSet rs = ResultSet.adapt(exec.select());
      switch (format) {
        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
        case json -> ResultSetFormatter.outputAsJSON(out, rs);
        default -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
      }
    } else if (q.isAskType()) {
      boolean answer = exec.ask();
      if (format == Format.json) {
        ResultSetFormatter.outputAsJSON(out, answer);
      } else {
        out.writeBytes((answer + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } else {
      var graph = q.isDescribeType() ? exec.describe() : exec.construct();
      RDFWriter.source(graph).format(format == Format.json ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY).output(out);
    }
  }

  private Optional<NamedQuery> resolve(PrintWriter stderr) throws IOException {
    Optional<NamedQuery> named = QueryCatalogue.byName(query);
    if (named.isPresent()) {
      return named;
    }
    Path file = Path.of(query);
    if (Files.isRegularFile(file)) {
      String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
      return Optional.of(NamedQuery.adHoc(name, Files.readString(file)));
    }
    stderr.printf("query: no named query or file %s; the named queries are: %s%n", query,
        String.join(", ", QueryCatalogue.all().stream().map(NamedQuery::name).toList()));
    return Optional.empty();
  }

  private static void listQueries(PrintWriter out) {
    for (NamedQuery q : QueryCatalogue.all()) {
      out.printf("%-26s %s%n%-26s %s%n", q.name(), q.title(), "", q.question());
      q.parameters().forEach(p -> out.printf("%-26s   --param %s=... (%s): %s%n", "", p.name(), p.type(), p.description()));
    }
    out.flush();
  }
}
