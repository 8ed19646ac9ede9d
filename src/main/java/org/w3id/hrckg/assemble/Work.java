package org.w3id.hrckg.assemble;

import java.util.List;

/**
 * A resolution (or any document the corpus holds) and the language versions it was read in.
 *
 * @param iri the work's IRI ({@code id/doc/{symbol}})
 * @param expressions its language versions, the one that leads the work first (its facts are the
 *     work's where languages give the same kind of fact differently: dates, session, vote)
 * @param numbering the numbers of the facts of its paragraphs, shared by every language
 */
public record Work(String iri, List<Expression> expressions, Numbering numbering) {

  public Work {
    expressions = List.copyOf(expressions);
  }

  public Expression leading() {
    return expressions.get(0);
  }
}
