package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.hrckg.assemble.Finding;
import org.w3id.hrckg.assemble.Identity;
import org.w3id.hrckg.assemble.Reidentification;
import org.w3id.hrckg.assemble.Reidentifications;
import org.w3id.hrckg.assemble.WorkAssembler;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.WarningClass;
import org.w3id.hrckg.rdf.FindingEmitter;
import org.w3id.hrckg.rdf.ReferenceEmitter;
import org.w3id.hrckg.validate.AcrossDocuments;
import org.w3id.hrckg.validate.QualityGraph;
import org.w3id.hrckg.validate.ShapesValidator;

/**
 * Runs a corpus through the stages in two streaming passes, so that memory does not grow with the
 * corpus. First every file is read and parsed on a pool of threads, inside a {@link DocumentGuard},
 * and what it gave is spilled to disk ({@link DocumentSpill}); only the identity of each document
 * is kept (the work its cover names, its language, its draft), so that a file bearing another
 * resolution's symbol is re-identified by its draft ({@link Reidentifications}) before the documents
 * are gathered into works. Then the works are built on the pool ({@link WorkBuilder}: assembled from their files,
 * emitted, validated) and streamed out in the order of the corpus whatever the number of threads.
 * What crosses documents (what they say of the documents they cite, of sessions and drafts) is
 * gathered as the works pass and validated last; the assembly's findings, the classes of the
 * warnings and the validation report close the stream as the quality graph. Each graph is streamed
 * whole, in one run, and the same input streams the same bytes, so that a store can compare a build
 * with the previous one graph by graph. What the stream does with the quads (write a dump, load a
 * store, count) is the caller's choice.
 */
public final class CorpusPipeline {

  /**
   * What a run gave: the documents built (one per file, or per resolution of a collection), the diagnostics, how many files failed,
   * the validation of the data, how many quads were streamed in how many graphs, and how many files
   * were parsed (the others were found in the spill of an earlier build).
   */
  public record Report(List<DocumentSummary> documents, List<Diagnostic> diagnostics, int failed,
      ShapesValidator.Outcome validation, long quads, int graphs, int parsed) {

    public boolean hasErrors() {
      return failed > 0;
    }
  }

  /**
   * What the first pass keeps of one file: the name of its spilled outcome, the identity of each of
   * its documents (one for most formats, several for a collection), its diagnostics.
   */
  private record Parsed(String key, List<Identity> documents, List<Diagnostic> diagnostics, boolean fresh) {}

  /** The ontology's graph and the reference data's. */
  private static final int REFERENCE_GRAPHS = 2;

  private final IriMinter iris;
  private final FindingEmitter findings;
  private final DocumentLimits limits;
  private final int threads;

  public CorpusPipeline(IriMinter iris) {
    this(iris, DocumentLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  public CorpusPipeline(IriMinter iris, DocumentLimits limits, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread");
    }
    this.iris = iris;
    this.findings = new FindingEmitter(iris);
    this.limits = limits;
    this.threads = threads;
  }

  /** The minter of the IRIs this pipeline emits. */
  public IriMinter iris() {
    return iris;
  }

  /**
   * Parses every file and emits the ontology, the reference data, one graph per work and the
   * quality graph, spilling to a temporary folder.
   *
   * @param onDocument told after each file is parsed, whether it was or not
   */
  public Report run(List<SourceFile> corpus, StreamRDF out, Consumer<SourceFile> onDocument) {
    try (DocumentSpill spill = DocumentSpill.temporary()) {
      return run(corpus, out, onDocument, spill);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the parsed documents", e);
    }
  }

  /** As {@link #run(List, StreamRDF, Consumer)}, with a spill kept between builds: only new and changed files are parsed. */
  public Report run(List<SourceFile> corpus, StreamRDF out, Consumer<SourceFile> onDocument, DocumentSpill spill)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Identity> documents = new ArrayList<>();
    int[] parsed = {0};
    int failed = parseAll(corpus, spill, p -> {
      diagnostics.addAll(p.diagnostics());
      documents.addAll(p.documents());
      parsed[0] += p.fresh() ? 1 : 0;
    }, onDocument);
    List<Reidentification> reidentifications = Reidentifications.of(documents);
    Map<String, Reidentification> reidentified = new HashMap<>();
    for (Reidentification r : reidentifications) {
      reidentified.put(r.reference(), r);
      diagnostics.add(r.warning());
    }
    Map<String, List<String>> works = works(documents, reidentified);
    Set<String> kept = new HashSet<>();
    works.values().forEach(refs -> refs.forEach(ref -> kept.add(DocumentSpill.keyOf(ref))));
    spill.retainOnly(kept);

    out.start();
    WorkBuilder.Collector reference = new WorkBuilder.Collector();
    ReferenceEmitter.emit(iris, reference);
    reference.writeTo(out);
    Graph context = GraphFactory.createDefaultGraph();
    reference.quads().forEach(q -> context.add(q.asTriple()));
    CrossDocument across = new CrossDocument();
    across.quads += reference.quads().size();
    reidentifications.forEach(r -> across.findings.add(r.finding(iris.document(r.symbol()))));
    buildAll(new ArrayList<>(works.values()), ref -> {
      ParsedDocument d = spill.document(ref);
      Reidentification r = reidentified.get(ref);
      return r != null ? r.apply(d) : d;
    }, new WorkBuilder(iris, context), out, across);
    diagnostics.addAll(across.diagnostics);
    across.validations.addAll(across.works.validate(context));
    ShapesValidator.Outcome validation = ShapesValidator.merge(across.validations);
    WorkBuilder.Collector quality = new WorkBuilder.Collector();
    across.findings.forEach(f -> findings.emit(f, quality));
    WarningClass.of(diagnostics).forEach(w -> findings.emit(w, quality));
    Node qualityGraph = NodeFactory.createURI(iris.qualityGraph());
    QualityGraph.of(validation.report(), iris.qualityGraph()).forEach(t -> quality.quad(Quad.create(qualityGraph, t)));
    quality.writeTo(out);
    out.finish();
    return new Report(List.copyOf(across.documents), List.copyOf(diagnostics), failed + across.leftOut, validation,
        across.quads + quality.quads().size(), REFERENCE_GRAPHS + works.size() + (quality.quads().isEmpty() ? 0 : 1),
        parsed[0]);
  }

  /** The references of the documents of each work, in the order of the corpus; a re-identified document in the work it is of. */
  private Map<String, List<String>> works(List<Identity> documents, Map<String, Reidentification> reidentified) {
    Map<String, List<String>> works = new LinkedHashMap<>();
    for (Identity d : documents) {
      Reidentification r = reidentified.get(d.reference());
      works.computeIfAbsent(r != null ? iris.document(r.symbol()) : d.work(), k -> new ArrayList<>()).add(d.reference());
    }
    return works;
  }

  /** What the second pass gathers as the works go by. */
  private static final class CrossDocument {
    final AcrossDocuments works = new AcrossDocuments();
    final List<ShapesValidator.Outcome> validations = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<DocumentSummary> documents = new ArrayList<>();
    int leftOut;
    long quads;

    void take(WorkBuilder.Built work, StreamRDF out) {
      work.quads().forEach(out::quad);
      quads += work.quads().size();
      works.add(work.across());
      findings.addAll(work.findings());
      diagnostics.addAll(work.diagnostics());
      documents.addAll(work.documents());
      leftOut += work.leftOut();
      if (!work.validation().report().getEntries().isEmpty()) {
        validations.add(work.validation());
      }
    }
  }

  /** Builds the works on the pool and streams them out in order, reading each document by its reference. */
  private void buildAll(List<List<String>> works, Function<String, ParsedDocument> documents, WorkBuilder builder, StreamRDF out,
      CrossDocument across) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hrc-kg-work");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<WorkBuilder.Built>> inFlight = new ArrayDeque<>();
      for (List<String> keys : works) {
        inFlight.add(pool.submit(() -> builder.build(keys.stream().map(documents).toList())));
        if (inFlight.size() >= threads * 2) {
          across.take(get(inFlight.poll()), out);
        }
      }
      while (!inFlight.isEmpty()) {
        across.take(get(inFlight.poll()), out);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static WorkBuilder.Built get(Future<WorkBuilder.Built> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the works", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Parses the files on the guard's threads, in corpus order; returns how many failed. */
  private int parseAll(List<SourceFile> corpus, DocumentSpill spill, Consumer<Parsed> keep, Consumer<SourceFile> onDocument) {
    int failed = 0;
    WorkAssembler works = new WorkAssembler(iris);
    try (DocumentGuard guard = new DocumentGuard(limits, threads)) {
      Deque<DocumentGuard.Pending<Parsed>> inFlight = new ArrayDeque<>();
      Deque<SourceFile> files = new ArrayDeque<>();
      for (SourceFile file : corpus) {
        inFlight.add(guard.submit(file.name(), () -> parse(file, spill, works)));
        files.add(file);
        if (inFlight.size() >= threads * 2) {
          failed += take(guard.await(inFlight.poll()), keep);
          onDocument.accept(files.poll());
        }
      }
      while (!inFlight.isEmpty()) {
        failed += take(guard.await(inFlight.poll()), keep);
        onDocument.accept(files.poll());
      }
    }
    return failed;
  }

  /** Keeps what one file gave; 1 when it gave no document. */
  private static int take(DocumentGuard.Guarded<Parsed> guarded, Consumer<Parsed> keep) {
    if (guarded.failed()) {
      keep.accept(new Parsed(null, List.of(), guarded.failure(), false));
      return 1;
    }
    keep.accept(guarded.value());
    return guarded.value().documents().isEmpty() ? 1 : 0;
  }

  /** Reads and parses one file, or finds what it gave in the spill (on a worker thread, inside the guard). */
  private Parsed parse(SourceFile file, DocumentSpill spill, WorkAssembler works) {
    if (file.size() > limits.maxBytes()) {
      return new Parsed(null, List.of(), List.of(Diagnostic.error(file.name(), 0, String.format(Locale.ROOT,
          "the file has %,d bytes, more than the %,d a document may have; left out (--max-document-size)",
          file.size(), limits.maxBytes()))), false);
    }
    byte[] bytes;
    try {
      bytes = file.bytes();
    } catch (IOException e) {
      return new Parsed(null, List.of(), List.of(Diagnostic.error(file.name(), 0, "cannot read the file: " + e.getMessage())), false);
    }
    String key = DocumentSpill.key(file.name(), bytes);
    DocumentParser.Outcome outcome = spill.get(key).orElse(null);
    boolean fresh = outcome == null;
    if (fresh) {
      outcome = DocumentParser.parse(file.name(), bytes);
      if (outcome.parsed()) {
        spill.put(key, outcome);
      }
    }
    List<Identity> identities = new ArrayList<>();
    for (int i = 0; i < outcome.documents().size(); i++) {
      identities.add(works.identity(DocumentSpill.reference(key, i), outcome.documents().get(i)));
    }
    return new Parsed(key, identities, outcome.diagnostics(), fresh);
  }
}
