package org.w3id.hrckg.assemble;

import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * What the assembly needs to know of a document before the documents are gathered into works,
 * kept for every document of a corpus while the documents themselves are not: the work its cover
 * names, its symbol, its language and the draft its workflow names.
 *
 * @param reference how the caller names the document (its place in a spill)
 * @param file the file it was read from
 * @param work the IRI of the work its cover names ({@link WorkAssembler#workIri})
 * @param symbol the symbol its cover bears, or null
 * @param language its language
 * @param draft the symbol of the draft it was adopted from, as its workflow gives it, or null
 */
public record Identity(String reference, String file, String work, String symbol, Language language, String draft) {

  static Identity of(String reference, String work, ParsedDocument d) {
    return new Identity(reference, d.source().fileName(), work, d.symbol(), d.language(),
        d.draft() != null ? d.draft().symbol() : null);
  }
}
