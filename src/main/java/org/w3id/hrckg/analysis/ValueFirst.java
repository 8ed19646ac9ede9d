package org.w3id.hrckg.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * Puts first, in the query's WHERE group, the pattern that a parameter's value restricts, so that
 * the store starts from the few rows that value matches: ARQ joins a group's elements in the order
 * written, substituting each row into what follows, and a query written to answer for the whole
 * corpus fast (the few paragraphs that name a fund first, then their texts) would otherwise read
 * every such paragraph before the one text asked for.
 *
 * <p>Only where the answer stays the same: the pattern moved is joined (a triple block, a group,
 * a {@code UNION}, a sub-query), and it passes only elements that are joined too, filters (which
 * hold for the whole group wherever written), and {@code OPTIONAL}, {@code BIND} and {@code MINUS}
 * elements that share no variable with it.
 */
final class ValueFirst {

  private ValueFirst() {}

  /** Moves the first joined element of the WHERE group that mentions {@code var} to the front, when that keeps the answer. */
  static void apply(Query query, Var var) {
    if (!(query.getQueryPattern() instanceof ElementGroup group)) {
      return;
    }
    List<Element> elements = group.getElements();
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      if (PatternVars.vars(element).contains(var)) {
        if (joined(element) && passable(elements.subList(0, i), element)) {
          elements.add(0, elements.remove(i));
        }
        return;
      }
    }
  }

  private static boolean joined(Element element) {
    return element instanceof ElementPathBlock || element instanceof ElementTriplesBlock || element instanceof ElementGroup
        || element instanceof ElementUnion || element instanceof ElementSubQuery || element instanceof ElementData;
  }

  private static boolean passable(List<Element> before, Element moved) {
    Set<Var> movedVars = new HashSet<>(PatternVars.vars(moved));
    for (Element passed : before) {
      if (joined(passed) || passed instanceof ElementFilter) {
        continue;
      }
      if (PatternVars.vars(passed).stream().anyMatch(movedVars::contains)) {
        return false;
      }
    }
    return true;
  }
}
