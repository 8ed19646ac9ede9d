package org.w3id.hrckg.lang;

import java.util.Optional;

/**
 * The phrases that open the paragraphs of a resolution: participles and adjectives in the
 * preamble ("Rappelant", "Recalling", "Profondément préoccupé", "Deeply concerned"), verbs in the
 * present in the operative part ("Prie", "Requests", "Se félicite", "Welcomes"), and the adverbs
 * that qualify either ("également", "also", "further").
 */
public interface ClauseStarters {

  /** The preambular opening phrase a text starts with, or empty. */
  Optional<String> preambular(CharSequence text);

  /**
   * Whether a text starts with an opening sure enough to start a preambular paragraph where the
   * previous one lost its comma (a listed phrase, a present participle).
   */
  boolean strongPreambular(CharSequence text);

  /** The operative verb phrase a text starts with, or empty. */
  Optional<String> operative(CharSequence text);

  /**
   * Whether a text starts the way openings the lexicon does not know start: a capitalised word and a
   * preposition. The structure stage warns where such a line follows a comma inside a preambular
   * paragraph: the preamble may have merged two paragraphs there.
   */
  boolean possibleOpening(CharSequence text);

  /** The opening phrase of a paragraph known to be of a kind: a listed phrase, else its first word(s). */
  String of(CharSequence text, boolean preambular);
}
