package org.w3id.hrckg.extract;

import org.w3id.hrckg.model.SymbolSeries;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * The forms of citation that are the same in every language: resolution numbers in the UN's
 * numbering forms and document symbols. The words around them are each language profile's
 * ({@code lang.CitationVocabulary}).
 */
public final class CitationPatterns implements PatternCatalogue {

  private CitationPatterns() {}

  public static final NamedPattern NUMBER = NamedPattern.named("resolution number")
      .purpose("a resolution or decision number in any of the UN's numbering forms")
      .examples("60/251", "S-34/1", "ES-10/19", "2005/69", "1325 (2000)", "217 A (III)", "1803 (XVII)", "18/120",
          "59/113 A du 10 décembre 2004", "75/257 B")
      .counterExamples("paragraphe 5", "A/HRC/50/62")
      .regex("(?<![\\w/.\\-])(?:(?<sc>\\d{1,4})\\s*\\((?<scyear>(?:19|20)\\d{2})\\)"
          + "|(?<old>\\d{1,4})\\s*(?<part>[A-H]\\s*)?\\((?<roman>(?:S-|ES-)?[IVXLC]+)\\)"
          + "|(?<slash>(?:S-|ES-)?\\d{1,4}/\\d{1,4})(?:\\s?(?<letter>[A-H])(?![\\p{L}\\d/\\-]))?)(?![\\w/])");

  /** One part of a symbol after a slash: HRC, RES, 51, L.15, Rev.1, CN.4, S-34, 2-4, 217(III). */
  private static final String SYMBOL_PART = "(?:[A-Z][A-Za-z]{0,9}(?:\\.\\d{1,5})?|\\d{1,4}(?:\\.\\d{1,3}|-\\d{1,4})?|E?S-\\d{1,3}|\\d{1,4}\\([IVXLC]+\\))";
  /** A symbol of one of the UN's series ({@link SymbolSeries}). */
  private static final String ONE_SYMBOL = SymbolSeries.alternation() + "(?:/" + SYMBOL_PART + ")+";

  public static final NamedPattern SYMBOL = NamedPattern.named("document symbol")
      .purpose("a UN document cited by its symbol, in the text or in a footnote; a joint document by its two symbols")
      .examples("Voir également A/HRC/50/62.", "A/HRC/54/25/Add.2", "(A/77/53), chap. VI", "S/2023/856",
          "E/CN.4/2005/L.10/Add.17", "CRC/C/GC/25", "A/RES/60/251", "A/HRC/RES/S-34/1", "CEDAW/C/PRK/CO/2-4",
          "A/76/871-S/2022/493", "Voir S/PV.9564.", "CEB/2019/1/Add.2", "JIU/REP/2020/2")
      .counterExamples("la résolution 60/251", "A/B", "http://undocs.org/fr/A/HRC/24/56")
      .cues("/")
      .regex("(?<![\\w/.:\\-])(?=[\\w./()\\-]{0,80}\\d)(?<symbol>" + ONE_SYMBOL + "(?:-" + ONE_SYMBOL + ")?)(?![\\w/])");

}
