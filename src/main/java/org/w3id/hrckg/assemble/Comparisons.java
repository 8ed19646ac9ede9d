package org.w3id.hrckg.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Vote;

/**
 * What the assembly compares: two files of one language version field by field, the citations of
 * the same paragraph in two languages, and the source's own links with the citations found.
 */
final class Comparisons {

  private Comparisons() {}

  /** A field of a document, for comparing manifestations. */
  private record Field(String name, Function<ParsedDocument, Object> value) {}

  private static final List<Field> FIELDS = List.of(
      new Field("kind", ParsedDocument::kind), new Field("symbol", ParsedDocument::symbol),
      new Field("issuer", ParsedDocument::issuer), new Field("session", ParsedDocument::session),
      new Field("agenda items", ParsedDocument::agendaItems), new Field("title", d -> squeeze(d.title())),
      new Field("date of issue", ParsedDocument::documentDate), new Field("adoption date", ParsedDocument::adoptionDate),
      new Field("meeting", ParsedDocument::meetingNumber), new Field("vote", d -> votes(d.adoption())),
      new Field("preambular paragraphs", d -> d.preamble().size()), new Field("operative paragraphs", d -> d.operative().size()));

  /**
   * The differences between the file that speaks for a language version and its other files. The
   * file of the highest rank is kept for every field (the UN's Akoma Ntoso markup first): it is the
   * one the UN prepared as data; the others are reported where they differ.
   */
  static List<Finding> ofManifestations(String work, Expression expression) {
    List<Finding> findings = new ArrayList<>();
    ParsedDocument kept = expression.document();
    for (ParsedDocument other : expression.others()) {
      for (Field f : FIELDS) {
        Object a = f.value().apply(kept);
        Object b = f.value().apply(other);
        if (!Objects.equals(a, b)) {
          findings.add(new Finding(FindingKind.MANIFESTATIONS_DISAGREE, work, other.source().fileName(), String.format(Locale.ROOT,
              "%s: %s (%s) gives %s, %s (%s) gives %s; the first is kept", f.name(), kept.source().fileName(), kept.format(), a,
              other.source().fileName(), other.format(), b)));
        }
      }
      if (kept.preamble().size() == other.preamble().size() && kept.operative().size() == other.operative().size()) {
        for (int i = 0; i < kept.paragraphs().size(); i++) {
          Set<String> a = cited(kept.paragraphs().get(i));
          Set<String> b = cited(other.paragraphs().get(i));
          if (!a.equals(b)) {
            findings.add(new Finding(FindingKind.MANIFESTATIONS_DISAGREE, work + "/" + Numbering.key(kept.paragraphs().get(i)),
                other.source().fileName(), "citations: " + kept.source().fileName() + " finds " + a + ", "
                    + other.source().fileName() + " finds " + b + "; the first is kept"));
          }
        }
      }
    }
    return findings;
  }

  /**
   * Paragraph counts that differ between languages (of the resolution, or of its annexes), and
   * citations a paragraph has in one language only, where the paragraphs line up.
   */
  static List<Finding> ofLanguages(Work work, IriMinter iris) {
    List<Finding> findings = new ArrayList<>();
    ParsedDocument leading = work.leading().document();
    for (Expression e : work.expressions().subList(1, work.expressions().size())) {
      ParsedDocument d = e.document();
      boolean body = d.preamble().size() == leading.preamble().size() && d.operative().size() == leading.operative().size();
      if (!body) {
        findings.add(new Finding(FindingKind.PARAGRAPH_COUNTS_DIFFER, work.iri(), d.source().fileName(), String.format(Locale.ROOT,
            "%s has %d preambular and %d operative paragraphs, %s %d and %d", d.source().fileName(), d.preamble().size(),
            d.operative().size(), leading.source().fileName(), leading.preamble().size(), leading.operative().size())));
      }
      boolean annexes = annexSizes(d).equals(annexSizes(leading));
      if (!annexes) {
        findings.add(new Finding(FindingKind.PARAGRAPH_COUNTS_DIFFER, work.iri(), d.source().fileName(), String.format(Locale.ROOT,
            "%s has annexes of %s paragraphs, %s of %s; each language keeps the paragraphs it has", d.source().fileName(),
            annexSizes(d), leading.source().fileName(), annexSizes(leading))));
      }
      if (!extracts(leading) || !extracts(d)) {
        continue;
      }
      List<Paragraph> aligned = new ArrayList<>();
      List<Paragraph> there = new ArrayList<>();
      if (body) {
        aligned.addAll(leading.paragraphs());
        there.addAll(d.paragraphs());
      }
      if (annexes) {
        leading.annexes().forEach(a -> aligned.addAll(a.paragraphs()));
        d.annexes().forEach(a -> there.addAll(a.paragraphs()));
      }
      for (int i = 0; i < aligned.size(); i++) {
        Paragraph p = aligned.get(i);
        Set<String> here = cited(p);
        Set<String> other = cited(there.get(i));
        String paragraph = iris.paragraph(work.iri(), p.annex(), p.preambular(), p.ordinal());
        oneSided(here, other, leading, d).forEach(m -> findings.add(new Finding(FindingKind.CITATION_IN_ONE_LANGUAGE, paragraph,
            leading.source().fileName(), m)));
        oneSided(other, here, d, leading).forEach(m -> findings.add(new Finding(FindingKind.CITATION_IN_ONE_LANGUAGE, paragraph,
            d.source().fileName(), m)));
      }
    }
    return findings;
  }

  /** The number of paragraphs of each annex of a document, in order. */
  private static List<Integer> annexSizes(ParsedDocument d) {
    return d.annexes().stream().map(a -> a.paragraphs().size()).toList();
  }

  private static List<String> oneSided(Set<String> a, Set<String> b, ParsedDocument in, ParsedDocument notIn) {
    List<String> messages = new ArrayList<>();
    for (String symbol : a) {
      if (!b.contains(symbol)) {
        messages.add(symbol + " is cited in " + in.language().code() + " (" + in.source().fileName() + ") and not in "
            + notIn.language().code() + " (" + notIn.source().fileName() + ")");
      }
    }
    return messages;
  }

  /**
   * The source's links that disagree with the citations found in their paragraph: a link to
   * another series than the one the text names, to half a joint symbol, or to a document not found.
   */
  static List<Finding> ofLinks(Work work, IriMinter iris) {
    List<Finding> findings = new ArrayList<>();
    for (Expression e : work.expressions()) {
      ParsedDocument d = e.document();
      if (!extracts(d)) {
        continue;
      }
      for (Paragraph p : d.allParagraphs()) {
        Set<String> cited = cited(p);
        String paragraph = iris.paragraph(work.iri(), p.annex(), p.preambular(), p.ordinal());
        for (String link : p.links()) {
          FindingKind kind = linkDisagreement(link, cited);
          if (kind != null) {
            findings.add(new Finding(kind, paragraph, d.source().fileName(), "the source links " + link + "; the paragraph cites "
                + (cited.isEmpty() ? "nothing" : String.join(", ", cited))));
          }
        }
      }
    }
    return findings;
  }

  private static FindingKind linkDisagreement(String link, Set<String> cited) {
    if (cited.contains(link)) {
      return null;
    }
    if (cited.stream().anyMatch(c -> c.startsWith(link + "-") || c.endsWith("-" + link))) {
      return FindingKind.LINK_TO_JOINT_SYMBOL;
    }
    String number = number(link);
    if (number != null && cited.stream().anyMatch(c -> number.equals(number(c)))) {
      return FindingKind.LINK_TO_OTHER_SERIES;
    }
    return FindingKind.LINKED_SYMBOL_NOT_FOUND;
  }

  /** The number of a resolution or decision symbol ("60/251" of A/RES/60/251), or null. */
  private static String number(String symbol) {
    int res = Math.max(symbol.indexOf("/RES/"), symbol.indexOf("/DEC/"));
    return res >= 0 ? symbol.substring(res + 5) : null;
  }

  private static boolean extracts(ParsedDocument d) {
    return Profiles.of(d.language()).isPresent();
  }

  private static Set<String> cited(Paragraph p) {
    Set<String> symbols = new LinkedHashSet<>();
    for (Citation c : p.citations()) {
      symbols.add(c.cited().symbol());
    }
    return symbols;
  }

  private static String squeeze(String s) {
    return s == null ? null
        : Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String votes(Vote v) {
    return v == null ? null : v.withoutVote() ? "without a vote" : v.inFavour() + "-" + v.against() + "-" + v.abstaining();
  }
}
