package org.w3id.hrckg.read;

import java.util.List;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.source.SourceText;

/**
 * A resolution as a reader gives it, whatever the format it came in (plain text, Markdown, Akoma
 * Ntoso XML, PDF, Word): the seam between the readers and the stages after them, which never know
 * which format or language they serve. Every piece of text keeps the positions it came from in
 * {@link #source()}, the one text all character offsets of the graph refer to (the decoded file for
 * text and XML, the text a PDF or Word file yields for those).
 *
 * @param source the text offsets refer to, with the file's name, encoding and checksum
 * @param format the format the reader read
 * @param language the language of the text, decided from its content
 * @param identification the work and expression identifiers the file declares (FRBR), or null
 * @param header what the text says before its preamble: kind, symbol, issuer, session, title...
 * @param paragraphs the preambular paragraphs, then the operative ones
 * @param adoption the record of adoption (meeting, date, vote), or null
 * @param draft the draft it was adopted from, with its sponsors, or null
 * @param subjects the subjects the file classifies it under (SDG, UNBIS, EuroVoc concepts)
 * @param pages where each page starts in the source (empty when the format has no pages)
 * @param diagnostics what the reader noticed, by file and line
 * @param placement where the reader placed the letters and digits of the source ({@link Placement#UNKNOWN}
 *     for a reader that keeps no ledger)
 * @param annexes the annexes after the resolution, in source order (none where the reader reads none)
 */
public record ResolutionText(
    SourceText source,
    InputFormat format,
    Language language,
    Identification identification,
    ResolutionHeader header,
    List<ParagraphText> paragraphs,
    AdoptionText adoption,
    DraftRecord draft,
    List<Subject> subjects,
    List<Integer> pages,
    List<Diagnostic> diagnostics,
    Placement placement,
    List<AnnexText> annexes) {

  public ResolutionText {
    paragraphs = List.copyOf(paragraphs);
    annexes = List.copyOf(annexes);
    subjects = List.copyOf(subjects);
    pages = List.copyOf(pages);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A text whose reader reads no annexes. */
  public ResolutionText(SourceText source, InputFormat format, Language language, Identification identification,
      ResolutionHeader header, List<ParagraphText> paragraphs, AdoptionText adoption, DraftRecord draft,
      List<Subject> subjects, List<Integer> pages, List<Diagnostic> diagnostics, Placement placement) {
    this(source, format, language, identification, header, paragraphs, adoption, draft, subjects, pages, diagnostics,
        placement, List.of());
  }

  /** The same text read from pages that start at these source positions. */
  public ResolutionText withPages(List<Integer> pageStarts) {
    return new ResolutionText(source, format, language, identification, header, paragraphs, adoption, draft, subjects,
        pageStarts, diagnostics, placement, annexes);
  }

  /** The same text with more diagnostics before its own (those of an earlier step, such as decoding). */
  public ResolutionText withDiagnosticsFirst(List<Diagnostic> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new java.util.ArrayList<>(earlier);
    all.addAll(diagnostics);
    return new ResolutionText(source, format, language, identification, header, paragraphs, adoption, draft, subjects, pages, all,
        placement, annexes);
  }

  public List<ParagraphText> preamble() {
    return paragraphs.stream().filter(ParagraphText::preambular).toList();
  }

  public List<ParagraphText> operative() {
    return paragraphs.stream().filter(p -> !p.preambular()).toList();
  }

  /** The 1-based page of a source position, or 0 when the format has no pages. */
  public int pageOf(int position) {
    return ParsedDocument.Source.pageOf(pages, position);
  }
}
