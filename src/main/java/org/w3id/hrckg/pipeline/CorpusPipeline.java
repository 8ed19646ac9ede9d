package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.hrckg.assemble.Expression;
import org.w3id.hrckg.assemble.Work;
import org.w3id.hrckg.assemble.WorkAssembler;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.rdf.FindingEmitter;
import org.w3id.hrckg.rdf.ReferenceEmitter;
import org.w3id.hrckg.rdf.WorkEmitter;

/**
 * Runs a corpus through the stages: each file is read and parsed on a pool of threads, inside a
 * {@link DocumentGuard}; the documents are gathered into works ({@link WorkAssembler}: the language
 * versions and files of each resolution); each work is emitted as its named graph, in the order of
 * the corpus whatever the number of threads, and the assembly's findings go into the quality graph.
 * What the stream does with the quads (write a dump, load a store, count) is the caller's choice.
 */
public final class CorpusPipeline {

  /** What a run gave: the documents built (one per file, or per resolution of a collection), the diagnostics, and how many files failed. */
  public record Report(List<DocumentSummary> documents, List<Diagnostic> diagnostics, int failed) {

    public boolean hasErrors() {
      return failed > 0;
    }
  }

  private final IriMinter iris;
  private final WorkEmitter emitter;
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
    this.emitter = new WorkEmitter(iris);
    this.findings = new FindingEmitter(iris);
    this.limits = limits;
    this.threads = threads;
  }

  /** The minter of the IRIs this pipeline emits. */
  public IriMinter iris() {
    return iris;
  }

  /**
   * Parses every file and emits the ontology, the reference data, one graph per work and the findings.
   *
   * @param onDocument told after each file is parsed, whether it was or not
   */
  public Report run(List<SourceFile> corpus, StreamRDF out, Consumer<SourceFile> onDocument) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    WorkAssembler assembler = new WorkAssembler(iris);
    int failed = parseAll(corpus, assembler, diagnostics, onDocument);
    WorkAssembler.Assembly assembly = assembler.assemble();
    diagnostics.addAll(assembly.diagnostics());
    out.start();
    ReferenceEmitter.emit(iris, out);
    List<DocumentSummary> built = new ArrayList<>();
    for (Work work : assembly.works()) {
      emitter.emit(work, out);
      for (Expression e : work.expressions()) {
        built.add(DocumentSummary.of(e.document()));
        e.others().forEach(o -> built.add(DocumentSummary.of(o)));
      }
    }
    assembly.findings().forEach(f -> findings.emit(f, out));
    out.finish();
    return new Report(List.copyOf(built), List.copyOf(diagnostics), failed + assembly.leftOut());
  }

  /** Parses the files on the guard's threads, in corpus order; returns how many failed. */
  private int parseAll(List<SourceFile> corpus, WorkAssembler assembler, List<Diagnostic> diagnostics,
      Consumer<SourceFile> onDocument) {
    int failed = 0;
    try (DocumentGuard guard = new DocumentGuard(limits, threads)) {
      Deque<DocumentGuard.Pending<DocumentParser.Outcome>> inFlight = new ArrayDeque<>();
      Deque<SourceFile> files = new ArrayDeque<>();
      for (SourceFile file : corpus) {
        inFlight.add(guard.submit(file.name(), () -> parse(file)));
        files.add(file);
        if (inFlight.size() >= threads * 2) {
          failed += take(guard.await(inFlight.poll()), assembler, diagnostics);
          onDocument.accept(files.poll());
        }
      }
      while (!inFlight.isEmpty()) {
        failed += take(guard.await(inFlight.poll()), assembler, diagnostics);
        onDocument.accept(files.poll());
      }
    }
    return failed;
  }

  /** Keeps what one file gave; 1 when it gave no document. */
  private static int take(DocumentGuard.Guarded<DocumentParser.Outcome> guarded, WorkAssembler assembler,
      List<Diagnostic> diagnostics) {
    if (guarded.failed()) {
      diagnostics.addAll(guarded.failure());
      return 1;
    }
    DocumentParser.Outcome outcome = guarded.value();
    diagnostics.addAll(outcome.diagnostics());
    if (!outcome.parsed()) {
      return 1;
    }
    outcome.documents().forEach(assembler::add);
    return 0;
  }

  /** Reads and parses one file (on a worker thread, inside the guard). */
  private DocumentParser.Outcome parse(SourceFile file) {
    if (file.size() > limits.maxBytes()) {
      return DocumentParser.Outcome.failed(List.of(Diagnostic.error(file.name(), 0, String.format(Locale.ROOT,
          "the file has %,d bytes, more than the %,d a document may have; left out (--max-document-size)",
          file.size(), limits.maxBytes()))));
    }
    try {
      return DocumentParser.parse(file.name(), file.bytes());
    } catch (IOException e) {
      return DocumentParser.Outcome.failed(List.of(Diagnostic.error(file.name(), 0, "cannot read the file: " + e.getMessage())));
    }
  }
}
