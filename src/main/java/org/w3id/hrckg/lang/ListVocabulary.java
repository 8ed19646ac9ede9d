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
 * @param articles the articles a list may put before a State's name, as English running lists do
 *     ("Belarus, the Russian Federation and the Sudan"); a name's own words are the gazetteer's, so
 *     an article alone between two names is no unknown name
 */
public record ListVocabulary(NamedPattern separator, List<String> joinedConjunctions, List<String> articles) {

  public ListVocabulary {
    joinedConjunctions = List.copyOf(joinedConjunctions);
    articles = List.copyOf(articles);
  }

  /** A language that writes its conjunctions apart from the names and no article before them. */
  public ListVocabulary(NamedPattern separator) {
    this(separator, List.of(), List.of());
  }
}
