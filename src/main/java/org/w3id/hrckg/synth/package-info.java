/**
 * A generator of realistic corpora for measuring the build at scale: resolution texts in the two
 * text styles the plain-text reader takes (PDF extractions and Markdown conversions), made of the
 * paragraph patterns, citation forms, sponsor lists, fund names and output phrasings of real
 * Council texts, with the gold facts of every text beside them. Nothing in the pipeline depends on it.
 */
package org.w3id.hrckg.synth;
