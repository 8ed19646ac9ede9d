package org.w3id.hrckg.lang;

import java.util.List;
import org.w3id.hrckg.lang.en.EnglishLists;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How to cut a list of States in any of the six languages: the lists of a language without a
 * profile (the votes of the Spanish, Russian, Arabic and Chinese XML), and the UN's XML workflow,
 * which names a draft's sponsors in English whatever the language of the file.
 */
public final class AnyLanguageLists implements PatternCatalogue {

  private AnyLanguageLists() {}

  public static final NamedPattern SEPARATOR = NamedPattern.named("any-language list separator")
      .purpose("what stands between two names of a list in any of the six languages")
      .examples("Chile, Colombia y Costa Rica", "Чили и Колумбия", "ЧИЛИ И КОЛУМБИЯ", "الأرجنتين، وألمانيا", "阿根廷、比利时")
      .counterExamples("Bosnia-Herzegovina")
      .ignoringCase()
      .regex("[\\s,*:،、，]*(?:\\b(?:et|and|y|и)\\b|,|،|、|，|和|\\*|:|\\.\\s*$)[\\s,*:،、，]*");

  /** The six languages' separators, Arabic's joined "and", English's article. */
  public static final ListVocabulary LISTS = new ListVocabulary(SEPARATOR, List.of("و"), EnglishLists.ARTICLES);

  /** How a language cuts its lists of States: as its profile says, else as any of the six languages. */
  public static ListVocabulary of(Language language) {
    return Profiles.of(language).map(LanguageProfile::lists).orElse(LISTS);
  }
}
