package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * How a language joins the names of a list of States.
 *
 * @param separator what stands between two names of a sponsor or vote list ("Albanie*, Argentine et
 *     Yémen*", "Albania*, Argentina and Yemen*"), asterisks and colons included
 */
public record ListVocabulary(NamedPattern separator) {}
