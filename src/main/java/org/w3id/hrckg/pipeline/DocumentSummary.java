package org.w3id.hrckg.pipeline;

import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * The figures of one parsed document, for the build's summary (its facts counted with its annexes').
 *
 * @param placement where its reader placed the letters and digits of its file
 */
public record DocumentSummary(
    String file, String symbol, int preambular, int operative, int citations, int sponsors, int funds, int outputs,
    Placement placement) {

  static DocumentSummary of(ParsedDocument d) {
    int citations = 0;
    int funds = 0;
    int outputs = 0;
    for (Paragraph p : d.allParagraphs()) {
      citations += p.citations().size();
      funds += (int) p.mentions().stream().filter(m -> m.kind() == Mention.Kind.FUND).count();
      outputs += p.outputs().size();
    }
    return new DocumentSummary(d.source().fileName(), d.symbol() != null ? d.symbol() : "(no symbol)",
        d.preamble().size(), d.operative().size(), citations, d.sponsors().size(), funds, outputs, d.source().placement());
  }

  @Override
  public String toString() {
    return String.format("%-28s %-22s %3d PP %3d OP %4d citations %3d sponsors %3d funds %3d outputs",
        file, symbol, preambular, operative, citations, sponsors, funds, outputs)
        + (placement.known() ? "; placed: " + placement : "");
  }
}
