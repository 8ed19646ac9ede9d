package org.w3id.hrckg.lang.fr;

import java.util.List;
import org.w3id.hrckg.lang.CitationVocabulary;
import org.w3id.hrckg.lang.CueLexicon;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.lang.WordLexicon;
import org.w3id.hrckg.lang.ListVocabulary;
import org.w3id.hrckg.lang.OutputVocabulary;
import org.w3id.hrckg.lang.SdgVocabulary;
import org.w3id.hrckg.lang.StructureVocabulary;
import org.w3id.hrckg.model.Language;

/** French: the language the Council's texts were first read in; its catalogues are the classes of this package. */
public final class FrenchProfile {

  private static final LayoutVocabulary LAYOUT = new LayoutVocabulary(FrenchLayout.MASTHEAD, FrenchLayout.LANGUAGE,
      FrenchLayout.NON_MEMBER_NOTE, FrenchLayout.PAGE_FOOTER_NOISE, FrenchLayout.ORDINAL_SUFFIX,
      FrenchLayout.DISTRIBUTED_DATE, FrenchLayout.ORPHAN_CALL, FrenchLayout.SPACED_APOSTROPHE, FrenchLayout.COMPOUND_STEM,
      FrenchLayout.SUSPENSION_CONJUNCTION, FrenchLayout.COMPOUND_NUMERAL, FrenchLayout.HYPHENATED_PREFIX, false, WordLexicon.of(FrenchProfile.class));

  private static final StructureVocabulary STRUCTURE = new StructureVocabulary(FrenchStructure.ENACTING_FORMULA,
      FrenchStructure.ORGAN_LINE, FrenchStructure.SESSION, FrenchStructure.SESSION_DATES, FrenchStructure.AGENDA_ITEM,
      FrenchStructure.LIST_SEPARATOR, FrenchStructure.DRAFT_NOTICE, FrenchStructure.ADOPTION_NOTICE,
      FrenchStructure.DECISION_WORD, FrenchStructure.MEETING, FrenchStructure.WITHOUT_VOTE, FrenchStructure.RECORDED_VOTE, FrenchStructure.ABSTENTION_WORD,
      FrenchStructure.VOTE_LIST, FrenchStructure.ADOPTION_START, FrenchStructure.ANNEX, FrenchStructure.TREATY_FORMULA, FrenchStructure.OPEN_LINE_END, FrenchStructure.ZERO);

  private static final CitationVocabulary CITATIONS = new CitationVocabulary(FrenchCitations.ANCHOR,
      FrenchCitations.DETERMINER, FrenchCitations.POSSESSIVE, null, FrenchCitations.ISSUER_OF, FrenchCitations.OTHER_ISSUER,
      FrenchCitations.STATED_DATE, FrenchCitations.DESCRIPTOR, FrenchCitations.TOPIC, FrenchCitations.LIST_CONNECTOR,
      FrenchCitations.CONJUNCTION, FrenchCitations.PINPOINT, FrenchCitations.SUBJECT_BEFORE, FrenchCitations.POSSESSIVE_LEAD,
      FrenchCitations.SUBJECT_AFTER, FrenchCitations.RELATIVE_SUBJECT, FrenchCitations.ADDENDA, new CueLexicon(FrenchProfile.class, "citation-cues.tsv"),
      FrenchCitations.CUE_ADVERBS, FrenchCitations.CLAUSE_START);

  private static final OutputVocabulary OUTPUTS = new OutputVocabulary(FrenchOutputs.CLAUSE_VERB,
      FrenchOutputs.MANDATING_VERB, FrenchOutputs.DECIDING_VERB, FrenchOutputs.REQUEST_ADVERB, FrenchOutputs.ADDRESSEE,
      FrenchOutputs.ACTOR_NAME, FrenchOutputs.REPORT, FrenchOutputs.ORAL_UPDATE, FrenchOutputs.INTERSESSIONAL,
      FrenchOutputs.PANEL, FrenchOutputs.CONSULTATION, FrenchOutputs.WORKSHOP, FrenchOutputs.STUDY, FrenchOutputs.NOT_NEW,
      FrenchOutputs.RECIPIENT_BEFORE, FrenchOutputs.RECIPIENT_END, FrenchOutputs.FUTURE_EVENT, FrenchOutputs.SESSION_DUE,
      FrenchOutputs.INFINITIVE_CLAUSE, FrenchOutputs.AFTER_INFINITIVE, FrenchOutputs.NEXT_SESSION,
      FrenchOutputs.ASSEMBLY_NEARBY, FrenchOutputs.THEME, FrenchOutputs.DEMONSTRATIVE, FrenchOutputs.DEFINITE,
      FrenchOutputs.POSSESSIVE_OR_PARTITIVE, FrenchOutputs.ANAPHORIC,
      FrenchOutputs.SUMMARY, FrenchOutputs.COMPILATION, FrenchOutputs.FREQUENCY, FrenchOutputs.TO_COUNCIL, FrenchOutputs.TO_ASSEMBLY,
      FrenchOutputs.COORDINATED, FrenchOutputs.MANDATE_DECISION, FrenchOutputs.MANDATE_HOLDER,
      FrenchOutputs.PAST_EVENT, FrenchOutputs.NEXT_INSTANCE, FrenchOutputs.DECIDED_ACTOR);

  private static final SdgVocabulary SDG = new SdgVocabulary(FrenchSdg.CONTEXT, FrenchSdg.GOAL, FrenchSdg.ACRONYM,
      FrenchSdg.TARGET, FrenchSdg.NOT_A_GOAL);

  private static final ListVocabulary LISTS = new ListVocabulary(FrenchLists.SEPARATOR);

  /** The profile, built once. */
  public static final LanguageProfile INSTANCE = new LanguageProfile(Language.FRENCH, FrenchClauseStarters.INSTANCE, FrenchCalendar.INSTANCE,
      LAYOUT, STRUCTURE, CITATIONS, OUTPUTS, SDG, LISTS,
      List.of(FrenchLayout.class, FrenchStructure.class, FrenchCitations.class, FrenchOutputs.class, FrenchSdg.class, FrenchLists.class, FrenchDates.class));

  private FrenchProfile() {}
}
