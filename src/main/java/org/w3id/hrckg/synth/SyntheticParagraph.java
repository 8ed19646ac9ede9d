package org.w3id.hrckg.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * A paragraph of a generated text and the facts it states.
 *
 * @param opener the opening phrase (the participle of a preambular paragraph, the verb of an operative one)
 * @param rest what follows the opener, with its closing punctuation
 */
record SyntheticParagraph(String opener, String rest, List<Cited> citations, List<String> funds, List<Due> outputs,
    List<Integer> sdgs) {

  /** A document the paragraph cites, with the date the text gives (or null). */
  record Cited(String symbol, LocalDate date) {}

  /** An output the paragraph mandates: its kind in the gold file, when it is due and who answers for it. */
  record Due(String type, Integer session, String actor) {}

  static SyntheticParagraph plain(String opener, String rest) {
    return new SyntheticParagraph(opener, rest, List.of(), List.of(), List.of(), List.of());
  }
}
