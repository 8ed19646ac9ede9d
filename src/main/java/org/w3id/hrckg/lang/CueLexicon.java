package org.w3id.hrckg.lang;

/**
 * A lexicon of citation cues: a tab-separated resource read from the class path of its owner.
 *
 * @param owner the class beside which the resource lies
 * @param resource the resource's name
 */
public record CueLexicon(Class<?> owner, String resource) {}
