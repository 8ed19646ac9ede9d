package org.w3id.hrckg.assemble;

import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * A file that bears another resolution's symbol, read as the resolution its draft settles
 * ({@link Reidentifications}).
 *
 * @param reference how the caller names the document
 * @param file the file it was read from
 * @param borne the symbol its cover bears
 * @param symbol the symbol of the resolution it is an expression of
 * @param draft the draft symbol that settled it
 * @param claimant a file of the same language that bears the same symbol with another draft
 */
public record Reidentification(String reference, String file, String borne, String symbol, String draft, String claimant) {

  /** The document as the expression of the resolution it is. */
  public ParsedDocument apply(ParsedDocument d) {
    return d.withSymbol(symbol);
  }

  /** The warning that says so, naming the symbol borne, the one read and the draft that settled it. */
  public Diagnostic warning() {
    return Diagnostic.warning(file, 0, message());
  }

  /** The same for the quality graph, concerning the work the file is read into. */
  public Finding finding(String work) {
    return new Finding(FindingKind.REIDENTIFIED_BY_DRAFT, work, file, message());
  }

  private String message() {
    return "bears the symbol " + borne + ", as " + claimant + " does with another draft; its draft " + draft
        + " is the one the other languages give for " + symbol + ", which has no version in this language: re-identified as "
        + symbol;
  }
}
