package org.w3id.hrckg.lang;

import java.util.List;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * Everything the stages need to know of one language to read resolutions written in it and
 * extract their facts: how paragraphs open, how dates and ordinals are written, what the page
 * furniture and the header say, how texts cite, mandate and name goals. The stages are written
 * once, against this interface; adding a language is adding one profile (its catalogues of named
 * patterns and its lexicons, each with real phrases that must and must not match) and its tests.
 *
 * <p>Patterns that find an organ use the named groups {@code hrc}, {@code ga}, {@code chr},
 * {@code sc}, {@code ecosoc} and {@code sub} (see {@link Organs}); the vocabularies say which other
 * groups each pattern must have.
 */
public interface LanguageProfile {

  Language language();

  /** The phrases that open preambular and operative paragraphs. */
  ClauseStarters clauses();

  /** Dates, ordinals and cardinals in words. */
  Calendar calendar();

  /** What pages print around the text: mastheads, language notes, the non-member note. */
  LayoutVocabulary layout();

  /** The header, the enacting formula and the record of adoption. */
  StructureVocabulary structure();

  /** How texts cite resolutions and documents, and why (the governing verbs). */
  CitationVocabulary citations();

  /** How operative paragraphs mandate reports, meetings and consultations. */
  OutputVocabulary outputs();

  /** How texts name the Sustainable Development Goals. */
  SdgVocabulary sdg();

  /** How lists of States are joined ("Albanie*, Argentine et Yémen*"). */
  ListVocabulary lists();

  /** The catalogues the profile's patterns are declared in, for the test of every pattern on its examples. */
  List<Class<? extends PatternCatalogue>> catalogues();
}
