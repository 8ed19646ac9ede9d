package org.w3id.hrckg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.extract.DocumentExtractor;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.structure.DocumentStructure;
import org.w3id.hrckg.structure.StructureReader;
import org.w3id.hrckg.text.InputFault;
import org.w3id.hrckg.text.SourceDecoder;
import org.w3id.hrckg.text.SourceDocument;
import org.w3id.hrckg.text.TextNormalizer;

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
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      SourceDocument source = SourceDecoder.decode(fileName, bytes,
          w -> diagnostics.add(Diagnostic.warning(fileName, w.line(), w.getMessage())));
      DocumentStructure structure = StructureReader.read(TextNormalizer.normalize(source));
      DocumentExtractor.Result result = DocumentExtractor.extract(structure);
      diagnostics.addAll(result.diagnostics());
      return new Outcome(result.document(), List.copyOf(diagnostics));
    } catch (InputFault fault) {
      diagnostics.add(Diagnostic.error(fileName, fault.line(), fault.getMessage()));
      return new Outcome(null, List.copyOf(diagnostics));
    }
  }
}
