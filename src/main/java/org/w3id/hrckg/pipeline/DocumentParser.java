package org.w3id.hrckg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.extract.DocumentExtractor;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;

/**
 * Parses one text through the stages, from bytes to the document model. A text that cannot be a
 * resolution gives an error diagnostic that names the file, the line and what is wrong, and no
 * document; nothing is thrown for expected faults.
 */
public final class DocumentParser {

  /**
   * What parsing one file gave: its documents (none when it cannot be read; several for an Akoma
   * Ntoso collection) and the diagnostics.
   */
  public record Outcome(List<ParsedDocument> documents, List<Diagnostic> diagnostics) {

    public Outcome {
      documents = List.copyOf(documents);
      diagnostics = List.copyOf(diagnostics);
    }

    /** A file that gave no document. */
    public static Outcome failed(List<Diagnostic> diagnostics) {
      return new Outcome(List.of(), diagnostics);
    }

    public boolean parsed() {
      return !documents.isEmpty();
    }

    /** The file's first (for most formats, its only) document, or null. */
    public ParsedDocument document() {
      return documents.isEmpty() ? null : documents.get(0);
    }
  }

  private DocumentParser() {}

  public static Outcome parse(String fileName, byte[] bytes) {
    try {
      List<ParsedDocument> documents = new ArrayList<>();
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (ResolutionText text : Readers.readAll(fileName, bytes)) {
        if (text.diagnostics().stream().anyMatch(Diagnostic::isError)) {
          diagnostics.addAll(text.diagnostics());
          continue;
        }
        DocumentExtractor.Result result = DocumentExtractor.extract(text);
        documents.add(result.document());
        diagnostics.addAll(result.diagnostics());
      }
      return new Outcome(documents, diagnostics);
    } catch (InputFault fault) {
      return Outcome.failed(List.of(Diagnostic.error(fileName, fault.line(), fault.getMessage())));
    }
  }
}
