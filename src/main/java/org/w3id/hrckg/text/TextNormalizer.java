package org.w3id.hrckg.text;

import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.source.SourceText;

/**
 * The text-normalisation stage: from a decoded source to clean lines of running text, with page
 * furniture, footnotes and footnote calls set apart. Both text styles in which resolutions come
 * (PDF extractions with page headers and broken words; Markdown-like conversions) go through the
 * same steps.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Normalises a text in the language whose page furniture a layout vocabulary describes. */
  public static NormalizedText normalize(SourceText source, LayoutVocabulary layout) {
    MarkupCleaner cleaner = new MarkupCleaner(layout);
    NormalizedText read = LayoutReader.read(source, LabelledLineOrder.repair(StrandedWordEnd.repair(JustifiedLineWords.repair(cleaner.cleanLines(source.text())), layout.lexicon())), layout, cleaner);
    return new NormalizedText(source, LineEndHyphens.resolve(read.lines(), layout), read.furniture(), read.footnotes(), read.markers());
  }
}
