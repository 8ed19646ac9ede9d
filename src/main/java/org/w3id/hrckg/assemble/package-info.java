/**
 * The assembly stage: the documents read from every file of a corpus gathered into works. Each
 * resolution is one work; each language it was read in is an expression; each file is a
 * manifestation of an expression. The stage re-identifies by its draft a file that bears another
 * resolution's symbol ({@link org.w3id.hrckg.assemble.Reidentifications}), decides which
 * manifestation speaks for an expression and which expression leads the work, numbers the
 * citations, mentions and outputs of each paragraph once for every language, and reports where the
 * languages, the manifestations and the source's own links disagree.
 */
package org.w3id.hrckg.assemble;
