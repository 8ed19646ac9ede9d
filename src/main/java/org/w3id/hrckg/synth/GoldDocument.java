package org.w3id.hrckg.synth;

import java.util.List;

/**
 * The facts a generated text states, in the format of {@code ../shared/gold/seeds.json}, so that
 * {@code score_extraction.py} and the tests score a build of a synthetic corpus as they score the samples.
 */
public record GoldDocument(String file, String type, String symbol, Integer session, String sessionStart,
    String sessionEnd, Integer agendaItem, String title, String documentDate, String adoptionDate, Integer meetingNumber,
    Boolean adoptedWithoutVote, int preambularParagraphs, int operativeParagraphs, List<Sponsor> sponsors,
    List<Citation> citations, List<Fund> funds, List<Output> outputs, List<Sdg> sdgs) {

  /** A State on the sponsor list; not a member of the Council when the text marks it with an asterisk. */
  public record Sponsor(String state, boolean councilMember) {}

  /** A document cited by a paragraph, with the date the citing text gives, or null. */
  public record Citation(String paragraph, String cited, String statedDate) {}

  /** A fund named by a paragraph, by its notation in the contract. */
  public record Fund(String paragraph, String fund) {}

  /** An output a paragraph mandates: its kind, the session it is due at and who is responsible. */
  public record Output(String paragraph, String type, Integer dueSession, String actor) {}

  /** A goal of sustainable development a paragraph names. */
  public record Sdg(String paragraph, int goal) {}
}
