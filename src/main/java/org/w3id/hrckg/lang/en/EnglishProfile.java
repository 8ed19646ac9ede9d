package org.w3id.hrckg.lang.en;

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

/**
 * English, the language most users read: the Council's and the Assembly's resolutions as the UN's English
 * editorial conventions write them; its catalogues are the classes of this package.
 */
public final class EnglishProfile {

  private static final LayoutVocabulary LAYOUT = new LayoutVocabulary(EnglishLayout.MASTHEAD, EnglishLayout.LANGUAGE,
      EnglishLayout.NON_MEMBER_NOTE, EnglishLayout.PAGE_FOOTER_NOISE, EnglishLayout.ORDINAL_SUFFIX,
      EnglishLayout.DISTRIBUTED_DATE, EnglishLayout.ORPHAN_CALL, null, EnglishLayout.COMPOUND_STEM,
      EnglishLayout.SUSPENSION_CONJUNCTION, EnglishLayout.COMPOUND_NUMERAL, EnglishLayout.HYPHENATED_PREFIX, true, WordLexicon.of(EnglishProfile.class));

  private static final StructureVocabulary STRUCTURE = new StructureVocabulary(EnglishStructure.ENACTING_FORMULA,
      EnglishStructure.ORGAN_LINE, EnglishStructure.SESSION, EnglishStructure.SESSION_DATES, EnglishStructure.AGENDA_ITEM,
      EnglishStructure.LIST_SEPARATOR, EnglishStructure.DRAFT_NOTICE, EnglishStructure.ADOPTION_NOTICE,
      EnglishStructure.DECISION_WORD, EnglishStructure.MEETING, EnglishStructure.WITHOUT_VOTE, EnglishStructure.RECORDED_VOTE, EnglishStructure.ABSTENTION_WORD,
      EnglishStructure.VOTE_LIST, EnglishStructure.ADOPTION_START, EnglishStructure.ANNEX, EnglishStructure.TREATY_FORMULA, EnglishStructure.OPEN_LINE_END, EnglishStructure.ZERO);

  private static final CitationVocabulary CITATIONS = new CitationVocabulary(EnglishCitations.ANCHOR,
      EnglishCitations.DETERMINER, EnglishCitations.POSSESSIVE, EnglishCitations.ISSUER_BEFORE, EnglishCitations.ISSUER_OF, EnglishCitations.OTHER_ISSUER,
      EnglishCitations.STATED_DATE, EnglishCitations.DESCRIPTOR, EnglishCitations.TOPIC, EnglishCitations.LIST_CONNECTOR,
      EnglishCitations.CONJUNCTION, EnglishCitations.PINPOINT, EnglishCitations.SUBJECT_BEFORE, EnglishCitations.POSSESSIVE_LEAD,
      EnglishCitations.SUBJECT_AFTER, EnglishCitations.RELATIVE_SUBJECT, EnglishCitations.ADDENDA, new CueLexicon(EnglishProfile.class, "citation-cues.tsv"),
      EnglishCitations.CUE_ADVERBS, EnglishCitations.CLAUSE_START);

  private static final OutputVocabulary OUTPUTS = new OutputVocabulary(EnglishOutputs.CLAUSE_VERB,
      EnglishOutputs.MANDATING_VERB, EnglishOutputs.DECIDING_VERB, EnglishOutputs.REQUEST_ADVERB, EnglishOutputs.ADDRESSEE,
      EnglishOutputs.ACTOR_NAME, EnglishOutputs.REPORT, EnglishOutputs.ORAL_UPDATE, EnglishOutputs.INTERSESSIONAL,
      EnglishOutputs.PANEL, EnglishOutputs.CONSULTATION, EnglishOutputs.WORKSHOP, EnglishOutputs.STUDY, EnglishOutputs.NOT_NEW,
      EnglishOutputs.RECIPIENT_BEFORE, EnglishOutputs.RECIPIENT_END, EnglishOutputs.FUTURE_EVENT, EnglishOutputs.SESSION_DUE,
      EnglishOutputs.INFINITIVE_CLAUSE, EnglishOutputs.AFTER_INFINITIVE, EnglishOutputs.NEXT_SESSION,
      EnglishOutputs.ASSEMBLY_NEARBY, EnglishOutputs.THEME, EnglishOutputs.DEMONSTRATIVE, EnglishOutputs.DEFINITE,
      EnglishOutputs.POSSESSIVE_OR_PARTITIVE, EnglishOutputs.ANAPHORIC,
      EnglishOutputs.SUMMARY, EnglishOutputs.COMPILATION, EnglishOutputs.FREQUENCY, EnglishOutputs.TO_COUNCIL, EnglishOutputs.TO_ASSEMBLY,
      EnglishOutputs.COORDINATED, EnglishOutputs.MANDATE_DECISION, EnglishOutputs.MANDATE_HOLDER,
      EnglishOutputs.PAST_EVENT, EnglishOutputs.NEXT_INSTANCE, EnglishOutputs.DECIDED_ACTOR);

  private static final SdgVocabulary SDG = new SdgVocabulary(EnglishSdg.CONTEXT, EnglishSdg.GOAL, EnglishSdg.ACRONYM,
      EnglishSdg.TARGET, null);

  private static final ListVocabulary LISTS = new ListVocabulary(EnglishLists.SEPARATOR, List.of(), EnglishLists.ARTICLES);

  /** The profile, built once. */
  public static final LanguageProfile INSTANCE = new LanguageProfile(Language.ENGLISH, EnglishClauseStarters.INSTANCE, EnglishCalendar.INSTANCE,
      LAYOUT, STRUCTURE, CITATIONS, OUTPUTS, SDG, LISTS,
      List.of(EnglishLayout.class, EnglishStructure.class, EnglishCitations.class, EnglishOutputs.class, EnglishSdg.class, EnglishLists.class, EnglishDates.class));

  private EnglishProfile() {}
}
