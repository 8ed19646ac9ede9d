package org.w3id.hrckg.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Sponsorship;

/**
 * Gathers the documents read from the files of a corpus into works. Files of one work in one
 * language are manifestations of one expression: the one of the highest rank speaks for it (the
 * UN's Akoma Ntoso markup, then Word, PDF and text), the others are compared with it and every
 * difference reported. Two files of the same format and language are one file too many: a copy
 * (the same bytes, or the same text, sponsors and votes) is read once with a warning naming both;
 * two different texts (or the same text with other sponsors or votes) are an error naming what
 * differs, and the second is left out. Expressions lead a work by the rank of their manifestation, then in the
 * order of {@link #LANGUAGES}.
 */
public final class WorkAssembler {

  /** The order in which languages lead a work when their manifestations rank the same. */
  public static final List<Language> LANGUAGES = List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH,
      Language.RUSSIAN, Language.ARABIC, Language.CHINESE);
  private static final List<InputFormat> FORMATS = List.of(InputFormat.AKOMA_NTOSO, InputFormat.DOCX, InputFormat.DOC,
      InputFormat.PDF, InputFormat.PLAIN_TEXT);
  private static final Comparator<ParsedDocument> RANK = Comparator
      .comparingInt((ParsedDocument d) -> FORMATS.indexOf(d.format()))
      .thenComparingInt(d -> LANGUAGES.indexOf(d.language()));

  /** What assembly gave: the works, in the order their first file came, and what it found. */
  public record Assembly(List<Work> works, List<Finding> findings, List<Diagnostic> diagnostics, int leftOut) {}

  private final IriMinter iris;
  private final Map<String, List<ParsedDocument>> byWork = new LinkedHashMap<>();

  public WorkAssembler(IriMinter iris) {
    this.iris = iris;
  }

  /** The IRI of the work a document belongs to: by its symbol, or by what its text gives when it has none. */
  public String workIri(ParsedDocument d) {
    return d.symbol() != null ? iris.document(d.symbol()) : iris.unsymbolledDocument(d.session(), d.title(), d.fingerprint());
  }

  /** What the assembly keeps of a document while the corpus is read ({@link Reidentifications}). */
  public Identity identity(String reference, ParsedDocument d) {
    return Identity.of(reference, workIri(d), d);
  }

  /** Adds the document read from one file. */
  public void add(ParsedDocument d) {
    byWork.computeIfAbsent(workIri(d), k -> new ArrayList<>()).add(d);
  }

  /** Assembles the works of every document added. */
  public Assembly assemble() {
    List<Work> works = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int leftOut = 0;
    for (Map.Entry<String, List<ParsedDocument>> e : byWork.entrySet()) {
      Map<Language, List<ParsedDocument>> byLanguage = new EnumMap<>(Language.class);
      e.getValue().forEach(d -> byLanguage.computeIfAbsent(d.language(), k -> new ArrayList<>()).add(d));
      List<Expression> expressions = new ArrayList<>();
      for (List<ParsedDocument> manifestations : byLanguage.values()) {
        Manifestations m = Manifestations.of(manifestations, RANK);
        diagnostics.addAll(m.diagnostics());
        leftOut += m.leftOut();
        Expression expression = new Expression(m.speaking(), m.others());
        findings.addAll(Comparisons.ofManifestations(e.getKey(), expression));
        expressions.add(expression);
      }
      expressions.sort(Comparator.comparing(Expression::document, RANK));
      Work work = new Work(e.getKey(), expressions, Numbering.of(expressions));
      findings.addAll(Comparisons.ofLanguages(work, iris));
      findings.addAll(Comparisons.ofLinks(work, iris));
      works.add(work);
    }
    return new Assembly(List.copyOf(works), List.copyOf(findings), List.copyOf(diagnostics), leftOut);
  }

  /** The manifestations of one expression: the one that speaks for it, the others kept, the duplicates left out. */
  private record Manifestations(ParsedDocument speaking, List<ParsedDocument> others, List<Diagnostic> diagnostics,
      int leftOut) {

    static Manifestations of(List<ParsedDocument> files, Comparator<ParsedDocument> rank) {
      List<ParsedDocument> sorted = new ArrayList<>(files);
      sorted.sort(rank);
      List<ParsedDocument> kept = new ArrayList<>();
      List<Diagnostic> diagnostics = new ArrayList<>();
      int leftOut = 0;
      for (ParsedDocument d : sorted) {
        ParsedDocument same = kept.stream().filter(k -> k.format() == d.format()).findFirst().orElse(null);
        if (same == null) {
          kept.add(d);
          continue;
        }
        String copy = copy(same, d);
        List<String> differ = copy == null ? differences(same, d) : List.of();
        if (copy != null || differ.isEmpty()) {
          diagnostics.add(Diagnostic.warning(d.source().fileName(), 0, "a copy of " + same.source().fileName() + " ("
              + (copy != null ? copy : "the same text") + ", " + describe(d) + "); read once"));
        } else {
          String other = differ.contains("text") ? "" : " but with other " + String.join(" and ", differ);
          diagnostics.add(Diagnostic.error(d.source().fileName(), 0, "the same document as " + same.source().fileName()
              + " (" + describe(d) + "), in the same language and format" + other + "; left out, as a corpus holds each"
              + " language version of a document once per format"));
          leftOut++;
        }
      }
      return new Manifestations(kept.get(0), kept.subList(1, kept.size()), diagnostics, leftOut);
    }

    /** A second file of the same expression and format that copies the first byte for byte, or null. */
    private static String copy(ParsedDocument first, ParsedDocument second) {
      return Objects.equals(first.source().sha256(), second.source().sha256()) ? "byte for byte" : null;
    }

    /**
     * What a second file of the same expression and format gives otherwise than the first: its text
     * (kind, session, title and every paragraph), its sponsors (the draft's too), its vote (counts
     * and each State's). None, and it is the same text in other markup, as the repositories publish a
     * resolution again under another file's name; a file that differs only in its sponsors or votes
     * is another text, not a copy.
     */
    private static List<String> differences(ParsedDocument first, ParsedDocument second) {
      List<String> fields = new ArrayList<>();
      if (!Objects.equals(first.fingerprint(), second.fingerprint())) {
        fields.add("text");
      }
      if (!sponsors(first).equals(sponsors(second))) {
        fields.add("sponsors");
      }
      if (!Objects.equals(first.adoption(), second.adoption())) {
        fields.add("votes");
      }
      return fields;
    }

    /** The sponsors of a document and of its draft, as States (where a list prints them aside). */
    private static List<String> sponsors(ParsedDocument d) {
      List<Sponsorship> all = new ArrayList<>(d.sponsors());
      if (d.draft() != null) {
        all.addAll(d.draft().sponsors());
      }
      return all.stream().map(s -> s.iso3() + " " + s.councilMember() + " " + s.additional()).toList();
    }

    private static String describe(ParsedDocument d) {
      return d.symbol() != null ? "symbol " + d.symbol() : "session and title";
    }
  }
}
