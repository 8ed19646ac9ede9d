package org.w3id.hrckg.lang;

import java.util.List;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * Everything the stages need to know of one language to read resolutions written in it and
 * extract their facts: how paragraphs open, how dates and ordinals are written, what the page
 * furniture and the header say, how texts cite, mandate and name goals. The stages are written
 * once, against this record; adding a language is adding one profile (its catalogues of named
 * patterns and its lexicons, each with real phrases that must and must not match) and its tests.
 *
 * @param language the language
 * @param clauses the phrases that open preambular and operative paragraphs
 * @param calendar dates, ordinals and cardinals in words
 * @param layout what pages print around the text: mastheads, language notes, the non-member note
 * @param structure the header, the enacting formula and the record of adoption
 * @param citations how texts cite resolutions and documents, and why (the governing verbs)
 * @param outputs how operative paragraphs mandate reports, meetings and consultations
 * @param sdg how texts name the Sustainable Development Goals
 * @param lists how lists of States are joined ("Albanie*, Argentine et Yémen*")
 * @param catalogues the catalogues the profile's patterns are declared in, for the test of every
 *     pattern on its examples
 *
 * <p>Patterns that find an organ use the named groups {@code hrc}, {@code ga}, {@code chr},
 * {@code sc}, {@code ecosoc} and {@code sub} (see {@link Organs}); the vocabularies say which other
 * groups each pattern must have.
 */
public record LanguageProfile(
    Language language,
    ClauseStarters clauses,
    Calendar calendar,
    LayoutVocabulary layout,
    StructureVocabulary structure,
    CitationVocabulary citations,
    OutputVocabulary outputs,
    SdgVocabulary sdg,
    ListVocabulary lists,
    List<Class<? extends PatternCatalogue>> catalogues) {

  public LanguageProfile {
    catalogues = List.copyOf(catalogues);
  }
}
