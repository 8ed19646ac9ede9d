package org.w3id.hrckg.lang;

import java.util.List;
import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language joins the names of a list of States.
 *
 * @param separator what stands between two names of a sponsor or vote list ("Albanie*, Argentine et
 *     Yémen*", "Albania*, Argentina and Yemen*"), asterisks and colons included
 * @param joinedConjunctions the conjunctions written joined to the name they precede, as Arabic
 *     writes و ("and"): "الأرجنتين، وألمانيا" is "Argentina, and Germany"
 */
public record ListVocabulary(NamedPattern separator, List<String> joinedConjunctions) {

  public ListVocabulary {
    joinedConjunctions = List.copyOf(joinedConjunctions);
  }

  /** A language that writes its conjunctions apart from the names. */
  public ListVocabulary(NamedPattern separator) {
    this(separator, List.of());
  }
}
