package org.w3id.hrckg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the parser found in one text: the document model that the RDF emitter turns into a
 * named graph.
 *
 * @param source where it came from: file name, encoding, checksum
 * @param format the form the file came in
 * @param language the language of the text
 * @param kind adopted resolution, draft or decision
 * @param symbol canonical symbol, or null when the text gives none
 * @param issuer the organ that adopts it, as its enacting formula says (null when it says none)
 * @param fingerprint a digest of what the text gives (session, title, paragraphs), which names a
 *     document that has no symbol
 * @param session the Council session number, or null
 * @param agendaItems agenda item numbers
 * @param title the title as written, or null
 * @param adoption how it was adopted, or null
 * @param paragraphs preambular paragraphs, then operative ones
 * @param draft the draft it was adopted from, as the source records it, or null
 * @param subjects the IRIs of the concepts the source classifies it under
 * @param work the work identifier the source declares (FRBR), or null
 * @param annexes the annexes, in source order
 */
public record ParsedDocument(
    Source source,
    InputFormat format,
    Language language,
    DocumentKind kind,
    String symbol,
    Issuer issuer,
    String fingerprint,
    Integer session,
    boolean specialSession,
    LocalDate sessionStart,
    LocalDate sessionEnd,
    List<Integer> agendaItems,
    String agendaTitle,
    String title,
    LocalDate documentDate,
    LocalDate adoptionDate,
    Integer meetingNumber,
    Vote adoption,
    List<Sponsorship> sponsors,
    List<Paragraph> paragraphs,
    Draft draft,
    List<String> subjects,
    String work,
    List<Annex> annexes) {

  /** The draft a resolution was adopted from: its symbol, date and sponsors, or who submitted it when no State did (English, as the UN's workflow writes it). */
  public record Draft(String symbol, LocalDate date, List<Sponsorship> sponsors, String submitter) {}

  /**
   * The file a document was parsed from.
   *
   * @param pages where each page starts in the source, in code points (empty when the format has no pages)
   * @param placement where the reader placed the source's letters and digits
   */
  public record Source(String fileName, String encoding, String sha256, List<Integer> pages, Placement placement) {

    public Source {
      pages = List.copyOf(pages);
    }

    public Source(String fileName, String encoding, String sha256) {
      this(fileName, encoding, sha256, List.of(), Placement.UNKNOWN);
    }

    /** The 1-based page of a source position in code points, or 0 when the format has no pages. */
    public int pageOf(int position) {
      return pageOf(pages, position);
    }

    /** The 1-based page of a position, pages starting at {@code starts}; 0 when there are none. */
    public static int pageOf(List<Integer> starts, int position) {
      int page = 0;
      for (int start : starts) {
        if (start > position) {
          break;
        }
        page++;
      }
      return page;
    }
  }

  /** The same document under another symbol: a file that bears another resolution's symbol, re-identified. */
  public ParsedDocument withSymbol(String other) {
    return new ParsedDocument(source, format, language, kind, other, issuer, fingerprint, session, specialSession, sessionStart,
        sessionEnd, agendaItems, agendaTitle, title, documentDate, adoptionDate, meetingNumber, adoption, sponsors, paragraphs,
        draft, subjects, work, annexes);
  }

  public List<Paragraph> preamble() {
    return paragraphs.stream().filter(Paragraph::preambular).toList();
  }

  public List<Paragraph> operative() {
    return paragraphs.stream().filter(p -> !p.preambular()).toList();
  }

  /** The resolution's own paragraphs, then those of its annexes. */
  public List<Paragraph> allParagraphs() {
    List<Paragraph> all = new java.util.ArrayList<>(paragraphs);
    annexes.forEach(a -> all.addAll(a.paragraphs()));
    return all;
  }
}
