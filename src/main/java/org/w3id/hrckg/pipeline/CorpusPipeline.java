package org.w3id.hrckg.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.rdf.DocumentEmitter;
import org.w3id.hrckg.rdf.ReferenceEmitter;

/**
 * Runs a corpus through the stages as a stream, one document at a time: read, parse, emit its
 * named graph into the output stream, forget it. Memory holds one document at a time; what the
 * stream does with the quads (write a dump, load a store, count) is the caller's choice.
 */
public final class CorpusPipeline {

  /** What a run gave: the documents built, the diagnostics, and how many texts failed. */
  public record Report(List<DocumentSummary> documents, List<Diagnostic> diagnostics, int failed) {

    public boolean hasErrors() {
      return failed > 0;
    }
  }

  private final IriMinter iris;
  private final DocumentEmitter emitter;

  public CorpusPipeline(IriMinter iris) {
    this.iris = iris;
    this.emitter = new DocumentEmitter(iris);
  }

  /**
   * Parses every text and emits the ontology, the reference data and one graph per document.
   *
   * @param onDocument told after each text, whether it was built or not
   */
  public Report run(List<SourceFile> corpus, StreamRDF out, Consumer<SourceFile> onDocument) {
    List<DocumentSummary> built = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, String> fileByDocument = new HashMap<>();
    int failed = 0;
    out.start();
    ReferenceEmitter.emit(iris, out);
    for (SourceFile file : corpus) {
      DocumentParser.Outcome outcome = parse(file);
      diagnostics.addAll(outcome.diagnostics());
      String first = outcome.parsed() ? fileByDocument.putIfAbsent(emitter.documentIri(outcome.document()), file.name()) : null;
      if (first != null) {
        diagnostics.add(duplicate(file, first, outcome.document()));
        failed++;
      } else if (outcome.parsed()) {
        emitter.emit(outcome.document(), out);
        built.add(DocumentSummary.of(outcome.document()));
      } else {
        failed++;
      }
      onDocument.accept(file);
    }
    out.finish();
    return new Report(List.copyOf(built), List.copyOf(diagnostics), failed);
  }

  /** A second text of a document already built (the same resolution in two files) is left out, not merged. */
  private static Diagnostic duplicate(SourceFile file, String first, ParsedDocument document) {
    String what = document.symbol() != null ? "symbol " + document.symbol() : "session and title";
    return Diagnostic.error(file.name(), 0, "the same document as " + first + " (" + what + "); left out, as a corpus holds each document once");
  }

  private static DocumentParser.Outcome parse(SourceFile file) {
    try {
      return DocumentParser.parse(file.name(), file.bytes());
    } catch (IOException e) {
      return new DocumentParser.Outcome(null, List.of(Diagnostic.error(file.name(), 0, "cannot read the file: " + e.getMessage())));
    }
  }
}
