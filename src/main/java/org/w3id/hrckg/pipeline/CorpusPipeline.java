package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.rdf.DocumentEmitter;
import org.w3id.hrckg.rdf.ReferenceEmitter;

/**
 * Runs a corpus through the stages as a stream: each document is read, parsed and emitted as its
 * named graph on a pool of threads, inside a {@link DocumentGuard}, and its quads go into the
 * output stream in the order of the corpus, whatever the number of threads. Memory holds the few
 * documents in flight; what the stream does with the quads (write a dump, load a store, count) is
 * the caller's choice.
 */
public final class CorpusPipeline {

  /** What a run gave: the documents built, the diagnostics, and how many texts failed. */
  public record Report(List<DocumentSummary> documents, List<Diagnostic> diagnostics, int failed) {

    public boolean hasErrors() {
      return failed > 0;
    }
  }

  /** One document parsed and emitted, its quads waiting for their turn in the stream. */
  private record Built(String iri, ParsedDocument document, List<Quad> quads, List<Diagnostic> diagnostics) {}

  private final IriMinter iris;
  private final DocumentEmitter emitter;
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
    this.emitter = new DocumentEmitter(iris);
    this.limits = limits;
    this.threads = threads;
  }

  /** The minter of the IRIs this pipeline emits. */
  public IriMinter iris() {
    return iris;
  }

  /**
   * Parses every text and emits the ontology, the reference data and one graph per document.
   *
   * @param onDocument told after each text, whether it was built or not
   */
  public Report run(List<SourceFile> corpus, StreamRDF out, Consumer<SourceFile> onDocument) {
    Tally tally = new Tally();
    out.start();
    ReferenceEmitter.emit(iris, out);
    try (DocumentGuard guard = new DocumentGuard(limits, threads)) {
      Deque<DocumentGuard.Pending<Built>> inFlight = new ArrayDeque<>();
      Deque<SourceFile> files = new ArrayDeque<>();
      for (SourceFile file : corpus) {
        inFlight.add(guard.submit(file.name(), () -> build(file)));
        files.add(file);
        if (inFlight.size() >= threads * 2) {
          take(guard, inFlight.poll(), files.poll(), out, tally, onDocument);
        }
      }
      while (!inFlight.isEmpty()) {
        take(guard, inFlight.poll(), files.poll(), out, tally, onDocument);
      }
    }
    out.finish();
    return new Report(List.copyOf(tally.built), List.copyOf(tally.diagnostics), tally.failed);
  }

  /** What the run has gathered so far. */
  private static final class Tally {
    final List<DocumentSummary> built = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Map<String, String> fileByDocument = new HashMap<>();
    int failed;
  }

  private void take(DocumentGuard guard, DocumentGuard.Pending<Built> pending, SourceFile file, StreamRDF out,
      Tally tally, Consumer<SourceFile> onDocument) {
    DocumentGuard.Guarded<Built> guarded = guard.await(pending);
    if (guarded.failed()) {
      tally.diagnostics.addAll(guarded.failure());
      tally.failed++;
    } else {
      Built built = guarded.value();
      tally.diagnostics.addAll(built.diagnostics());
      String first = built.document() != null ? tally.fileByDocument.putIfAbsent(built.iri(), file.name()) : null;
      if (built.document() == null) {
        tally.failed++;
      } else if (first != null) {
        tally.diagnostics.add(duplicate(file, first, built.document()));
        tally.failed++;
      } else {
        built.quads().forEach(out::quad);
        tally.built.add(DocumentSummary.of(built.document()));
      }
    }
    onDocument.accept(file);
  }

  /** Reads, parses and emits one document into a buffer (on a worker thread, inside the guard). */
  private Built build(SourceFile file) {
    if (file.size() > limits.maxBytes()) {
      return new Built(null, null, List.of(), List.of(Diagnostic.error(file.name(), 0, String.format(Locale.ROOT,
          "the file has %,d bytes, more than the %,d a document may have; left out (--max-document-size)",
          file.size(), limits.maxBytes()))));
    }
    DocumentParser.Outcome outcome;
    try {
      outcome = DocumentParser.parse(file.name(), file.bytes());
    } catch (IOException e) {
      return new Built(null, null, List.of(), List.of(Diagnostic.error(file.name(), 0, "cannot read the file: " + e.getMessage())));
    }
    if (!outcome.parsed()) {
      return new Built(null, null, List.of(), outcome.diagnostics());
    }
    List<Quad> quads = new ArrayList<>();
    emitter.emit(outcome.document(), new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        quads.add(quad);
      }
    });
    return new Built(emitter.documentIri(outcome.document()), outcome.document(), quads, outcome.diagnostics());
  }

  /** A second text of a document already built (the same resolution in two files) is left out, not merged. */
  private static Diagnostic duplicate(SourceFile file, String first, ParsedDocument document) {
    String what = document.symbol() != null ? "symbol " + document.symbol() : "session and title";
    return Diagnostic.error(file.name(), 0, "the same document as " + first + " (" + what + "); left out, as a corpus holds each document once");
  }
}
