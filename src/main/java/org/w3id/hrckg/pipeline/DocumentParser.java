package org.w3id.hrckg.pipeline;

import java.util.List;
import org.w3id.hrckg.extract.DocumentExtractor;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;

/**
 * Parses one text through the stages, from bytes to the document model. A text that cannot be a
 * resolution gives an error diagnostic that names the file, the line and what is wrong, and no
 * document; nothing is thrown for expected faults.
 */
public final class DocumentParser {

  /** What parsing one text gave: a document (or null) and the diagnostics. */
  public record Outcome(ParsedDocument document, List<Diagnostic> diagnostics) {

    public boolean parsed() {
      return document != null;
    }
  }

  private DocumentParser() {}

  public static Outcome parse(String fileName, byte[] bytes) {
    try {
      ResolutionText text = Readers.read(fileName, bytes);
      if (text.diagnostics().stream().anyMatch(Diagnostic::isError)) {
        return new Outcome(null, text.diagnostics());
      }
      DocumentExtractor.Result result = DocumentExtractor.extract(text);
      return new Outcome(result.document(), result.diagnostics());
    } catch (InputFault fault) {
      return new Outcome(null, List.of(Diagnostic.error(fileName, fault.line(), fault.getMessage())));
    }
  }
}
