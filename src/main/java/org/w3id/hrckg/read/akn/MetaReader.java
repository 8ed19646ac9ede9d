package org.w3id.hrckg.read.akn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.read.DraftRecord;
import org.w3id.hrckg.read.Subject;
import org.w3id.hrckg.source.OffsetText;

/**
 * What the {@code meta} of an Akoma Ntoso resolution records besides its identification: the
 * workflow (the draft's symbol, date and sponsors or who submitted it, the additional sponsors, the date of adoption)
 * and the classification (SDG, UNBIS and EuroVoc concepts, by their published IRIs).
 */
final class MetaReader {

  /** The date the UN's markup writes where a step has no date. */
  private static final LocalDate PLACEHOLDER = LocalDate.of(1, 1, 1);

  private final String file;
  private final List<Diagnostic> diagnostics;

  MetaReader(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The concepts a statement's (or a collection's own) meta classifies it under, with their IRIs. */
  List<Subject> subjects(XmlElement holder) {
    List<Subject> subjects = new ArrayList<>();
    Optional<XmlElement> meta = holder.child("meta");
    for (XmlElement k : meta.map(m -> m.all("keyword")).orElse(List.of())) {
      String iri = k.attribute("href").strip();
      if (iri.startsWith("http://") || iri.startsWith("https://")) {
        Subject s = new Subject(iri, blankToNull(k.attribute("showAs")), blankToNull(k.attribute("dictionary")));
        if (!subjects.contains(s)) {
          subjects.add(s);
        }
      }
    }
    return subjects;
  }

  /** The draft the workflow records, or null when it records none. */
  DraftRecord draft(XmlElement statement, LocalDate adopted, LocalDate issued) {
    List<XmlElement> steps = statement.child("meta").flatMap(m -> m.child("workflow")).map(w -> w.children("step"))
        .orElse(List.of());
    UnSymbol symbol = null;
    LocalDate date = null;
    List<OffsetText> sponsors = new ArrayList<>();
    List<OffsetText> additional = new ArrayList<>();
    OffsetText submitter = null;
    for (XmlElement step : steps) {
      String outcome = step.attribute("outcome");
      LocalDate when = stepDate(step);
      OffsetText by = step.attributeText("by").strip();
      switch (outcome) {
        case "draftResolution", "draftDecision" -> {
          String as = step.attribute("as").strip();
          symbol = UnSymbol.parse(as).filter(UnSymbol::isDraft).orElse(symbol);
          if (!as.isEmpty() && UnSymbol.parse(as).filter(UnSymbol::isDraft).isEmpty()) {
            warn(step.line(), "the workflow's draft \"" + Diagnostic.excerpt(as, 40) + "\" is not the symbol of a draft");
          }
          date = when;
          if (WorkflowPatterns.SUBMITTER.foundIn(by.toString())) {
            submitter = by;
          } else {
            addList(sponsors, by);
          }
        }
        case "draftResolutionAdditionalSponsors", "draftDecisionAdditionalSponsors" -> addList(additional, by);
        case "adopted" -> {
          if (when != null && adopted != null && !when.equals(adopted)) {
            warn(step.line(), "the workflow dates the adoption " + when + (when.equals(issued) ? ", the date of issue" : "")
                + ", the conclusions " + adopted + "; the conclusions' date is kept");
          }
        }
        default -> { }
      }
    }
    if (symbol == null) {
      return null;
    }
    return new DraftRecord(symbol, date, sponsors, additional, submitter);
  }

  private static void addList(List<OffsetText> lists, OffsetText by) {
    if (!by.isEmpty()) {
      lists.add(by);
    }
  }

  private LocalDate stepDate(XmlElement step) {
    LocalDate when = StatementReader.isoDate(step, "date", file, diagnostics);
    if (PLACEHOLDER.equals(when)) {
      warn(step.line(), "the workflow step \"" + step.attribute("outcome") + "\" is dated 0001-01-01, the markup's"
          + " placeholder for no date; no date is kept");
      return null;
    }
    return when;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s.strip();
  }

  private void warn(int line, String message) {
    diagnostics.add(Diagnostic.warning(file, line, message));
  }
}
