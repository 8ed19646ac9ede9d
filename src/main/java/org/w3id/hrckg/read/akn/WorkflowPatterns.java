package org.w3id.hrckg.read.akn;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * The forms of the UN's XML workflow steps. The {@code by} of a draft's step names its sponsors,
 * States, in English whatever the language of the file; for a draft that a Main Committee's
 * officer, the President or a body put forward on the Assembly's behalf, it says who submitted it
 * instead, in a sentence that may name a State (the officer's, the representative's) that is no
 * sponsor.
 */
public final class WorkflowPatterns implements PatternCatalogue {

  private WorkflowPatterns() {}

  public static final NamedPattern SUBMITTER = NamedPattern.named("submitter of a draft")
      .purpose("a workflow's draft step that says who submitted the draft rather than list its sponsoring States")
      .examples("submitted by the Vice-Chair of the Committee",
          "submitted by the Vice-Chair of the Committee, Jeswuni Abudu-Birresborn (Ghana) and on the basis of informal consultations on draft resolution",
          "France Cassar (Malta), submitted by the Rapporteur of the Committee and on the basis of informal consultations on draft resolution",
          "submitted by the President of the General Assembly",
          "submitted by the Chair on the recommendation of the Economic and Social Council (resolution )",
          "the representative of Bangladesh, on behalf of the Bureau",
          "introduced in the Committee by the representative of Ghana")
      .counterExamples("Guyana (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)",
          "Belarus, the Russian Federation, Turkey and Uzbekistan",
          "Liechtenstein, Luxembourg, Malta and United States of America")
      .ignoringCase()
      .regex("\\b(?:submitted|introduced)\\b.*\\bby\\b|\\brepresentative of\\b");
}
