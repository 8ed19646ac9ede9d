package org.w3id.hrckg.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;

/**
 * The numbers of the citations, mentions and outputs of each paragraph of a work, the same in every
 * language: a citation of A/RES/60/251 in the fourth preambular paragraph is {@code pp/4/citation/k}
 * in the French text and in the English one. Facts are numbered in the order the leading
 * expression gives them, then those only other expressions found, in their order.
 */
public final class Numbering {

  private final Map<String, List<String>> citations = new HashMap<>();
  private final Map<String, List<String>> mentions = new HashMap<>();
  private final Map<String, List<String>> outputs = new HashMap<>();

  /** Numbers the facts of expressions given in order, the leading one first. */
  static Numbering of(List<Expression> expressions) {
    Numbering n = new Numbering();
    for (Expression e : expressions) {
      for (Paragraph p : e.document().allParagraphs()) {
        String key = key(p);
        p.citations().forEach(c -> n.add(n.citations, key, citationKey(c)));
        mentionKeys(p).forEach(k -> n.add(n.mentions, key, k));
        outputKeys(p).forEach(k -> n.add(n.outputs, key, k));
      }
    }
    return n;
  }

  private void add(Map<String, List<String>> table, String paragraph, String fact) {
    List<String> facts = table.computeIfAbsent(paragraph, k -> new ArrayList<>());
    if (!facts.contains(fact)) {
      facts.add(fact);
    }
  }

  /** "pp/4", "op/12", "annex/1/para/3": a paragraph's place, the same in every language. */
  public static String key(Paragraph p) {
    return p.annex() > 0 ? "annex/" + p.annex() + "/para/" + p.ordinal() : (p.preambular() ? "pp/" : "op/") + p.ordinal();
  }

  /** The 1-based number of a citation in its paragraph. */
  public int citation(Paragraph p, Citation c) {
    return citations.get(key(p)).indexOf(citationKey(c)) + 1;
  }

  /** The numbers of a paragraph's mentions, in the order of {@link Paragraph#mentions()}. */
  public List<Integer> mentions(Paragraph p) {
    List<String> numbered = mentions.get(key(p));
    return mentionKeys(p).stream().map(k -> numbered.indexOf(k) + 1).toList();
  }

  /** The numbers of a paragraph's outputs, in the order of {@link Paragraph#outputs()}. */
  public List<Integer> outputs(Paragraph p) {
    List<String> numbered = outputs.get(key(p));
    return outputKeys(p).stream().map(k -> numbered.indexOf(k) + 1).toList();
  }

  private static String citationKey(Citation c) {
    return c.cited().symbol();
  }

  /** A mention by what it names and its rank among the mentions of the same thing in the paragraph. */
  private static List<String> mentionKeys(Paragraph p) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (Mention m : p.mentions()) {
      String named = m.kind() + " " + m.key();
      keys.add(named + "#" + seen.merge(named, 1, Integer::sum));
    }
    return keys;
  }

  /** An output by its kind and its rank among the outputs of that kind in the paragraph. */
  private static List<String> outputKeys(Paragraph p) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (MandatedOutput o : p.outputs()) {
      int rank = seen.merge(o.kind().name(), 1, Integer::sum);
      keys.add(o.kind().name() + "#" + rank);
    }
    return keys;
  }
}
