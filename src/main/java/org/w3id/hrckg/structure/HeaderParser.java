package org.w3id.hrckg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.StructureVocabulary;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.read.ResolutionHeader;
import org.w3id.hrckg.text.Furniture;
import org.w3id.hrckg.text.LayoutPatterns;
import org.w3id.hrckg.text.NormalizedText;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.TextLine;

/**
 * Reads the header of a resolution: the lines before the enacting formula, and the page furniture
 * (where the symbol and the date of issue are printed).
 */
final class HeaderParser {

  private static final Pattern LINE_BREAK = Pattern.compile("\n");
  private static final Pattern TRAILING_COLON = Pattern.compile("[\\s:]+$");

  private final NormalizedText text;
  private final List<TextLine> lines;
  private final Issuer issuer;
  private final LanguageProfile profile;
  private final StructureVocabulary words;
  private final List<Diagnostic> diagnostics;

  private HeaderParser(NormalizedText text, List<TextLine> lines, Issuer issuer, LanguageProfile profile,
      List<Diagnostic> diagnostics) {
    this.text = text;
    this.lines = lines;
    this.issuer = issuer;
    this.profile = profile;
    this.words = profile.structure();
    this.diagnostics = diagnostics;
  }

  /**
   * Parses a header.
   *
   * @param lines the lines before the enacting formula
   * @param issuer the organ the enacting formula names
   * @param hasAdoptionRecord whether the text ends with a record of adoption
   * @param diagnostics receives what is odd or missing
   */
  static ResolutionHeader parse(NormalizedText text, List<TextLine> lines, Issuer issuer, LanguageProfile profile,
      boolean hasAdoptionRecord, List<Diagnostic> diagnostics) {
    return new HeaderParser(text, lines, issuer, profile, diagnostics).parse(hasAdoptionRecord);
  }

  private ResolutionHeader parse(boolean hasAdoptionRecord) {
    OffsetText header = OffsetText.join(lines.stream().map(TextLine::text).toList(), "\n");
    Matcher adopted = words.adoptionNotice().matcher(header);
    Matcher draft = words.draftNotice().matcher(header);
    boolean isAdopted = adopted.find();
    boolean isDraft = !isAdopted && draft.find();
    String printedSymbol = printedSymbol();
    DocumentKind kind = kind(isAdopted ? adopted.group("kind") : null, isDraft, printedSymbol, hasAdoptionRecord);
    int noticeStart = isAdopted ? adopted.start() : isDraft ? draft.start() : header.length();
    int noticeEnd = isAdopted ? adopted.end() : isDraft ? draft.end() : 0;

    NumberLine numberLine = numberLine(header, noticeEnd);
    int titleFrom = numberLine != null ? numberLine.titleStart : noticeEnd;
    OffsetText title = titleFrom < header.length() ? titleOf(header.subSequence(titleFrom)) : null;
    int regionEnd = Math.min(noticeStart, numberLine != null ? numberLine.lineStart : header.length());

    Front front = readFront(header.subSequence(0, regionEnd));
    OffsetText sponsors = kind == DocumentKind.DRAFT_RESOLUTION && front.rest != null
        ? nonBlank(front.rest.replaceAll(TRAILING_COLON, "")) : null;
    String number = numberLine != null ? numberLine.number : null;
    UnSymbol symbol = symbol(kind, printedSymbol, numberLine);
    Integer session = session(front.session, symbol, numberLine);
    if (title == null) {
      warn(lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number(), "no title found before the enacting formula");
    }
    return new ResolutionHeader(kind, symbol, issuer, session, front.special, front.start, front.end, front.agendaItems,
        front.agendaTitle, title, documentDate(), adoptionDateOf(isAdopted ? adopted : null, front),
        sponsors != null ? List.of(sponsors) : List.of(), number, lines.isEmpty() ? 1 : lines.get(0).number());
  }

  private DocumentKind kind(String adoptedKind, boolean isDraft, String printedSymbol, boolean hasAdoptionRecord) {
    if (adoptedKind != null) {
      return words.decisionWord().matcher(adoptedKind).lookingAt() ? DocumentKind.DECISION : DocumentKind.RESOLUTION;
    }
    if (isDraft || (printedSymbol != null && printedSymbol.contains("/L."))) {
      return DocumentKind.DRAFT_RESOLUTION;
    }
    if (hasAdoptionRecord || (printedSymbol != null && printedSymbol.contains("/RES/"))) {
      return DocumentKind.RESOLUTION;
    }
    warn(lines.isEmpty() ? 0 : lines.get(0).number(),
        "the header says neither \"projet de résolution\" nor \"Résolution adoptée\"; read as a draft resolution");
    return DocumentKind.DRAFT_RESOLUTION;
  }

  /** The "45/32." or "51/…" line, searched after the draft or adoption notice. */
  private record NumberLine(String number, String session, boolean ellipsis, int lineStart, int titleStart) {}

  private NumberLine numberLine(OffsetText header, int from) {
    int lineStart = 0;
    for (OffsetText line : header.split(LINE_BREAK)) {
      int start = lineStart;
      lineStart += line.length() + 1;
      if (start + line.length() < from) {
        continue;
      }
      int offset = Math.max(0, from - start);
      OffsetText candidate = line.subSequence(offset).strip();
      Matcher m = StructurePatterns.NUMBER_AND_TITLE.matcher(candidate);
      if (m.matches()) {
        int lead = line.subSequence(offset).toString().indexOf(candidate.toString());
        int titleStart = m.group("title") != null ? start + offset + lead + m.start("title") : start + line.length();
        String n = m.group("n");
        boolean ellipsis = !n.chars().allMatch(Character::isDigit);
        return new NumberLine(ellipsis ? null : m.group("number"), m.group("session"), ellipsis, start, titleStart);
      }
    }
    return null;
  }

  private static OffsetText titleOf(OffsetText rest) {
    OffsetText title = LineJoiner.join(rest.split(LINE_BREAK));
    return nonBlank(title);
  }

  /** The fields printed before the notice: session, dates, agenda item and title, and what is left. */
  private static final class Front {
    Integer session;
    boolean special;
    LocalDate start;
    LocalDate end;
    List<Integer> agendaItems = new ArrayList<>();
    OffsetText agendaTitle;
    OffsetText rest;
  }

  private Front readFront(OffsetText region) {
    Front front = new Front();
    List<OffsetText> regionLines = region.split(LINE_BREAK);
    int restFrom = 0;
    int agendaLine = -1;
    for (int i = 0; i < regionLines.size(); i++) {
      OffsetText line = regionLines.get(i).strip();
      if (readField(line, front)) {
        restFrom = i + 1;
        if (words.agendaItem().foundIn(line)) {
          agendaLine = i;
        }
      } else if (isOrganLine(line)) {
        restFrom = i + 1;
      }
    }
    OffsetText rest = OffsetText.join(regionLines.subList(restFrom, regionLines.size()), "\n").strip();
    AgendaTitles.Found found = AgendaTitles.atStart(rest, profile.language());
    if (found != null) {
      front.agendaTitle = LineJoiner.join(rest.subSequence(0, found.end()).split(LINE_BREAK));
      if (front.agendaItems.isEmpty()) {
        front.agendaItems.add(found.item());
      }
      rest = rest.subSequence(found.end()).strip();
    } else if (agendaLine >= 0 && !rest.isEmpty()) {
      List<OffsetText> restLines = rest.split(LINE_BREAK);
      front.agendaTitle = restLines.get(0).strip();
      rest = OffsetText.join(restLines.subList(1, restLines.size()), "\n").strip();
    }
    front.rest = rest.isEmpty() ? null : LineJoiner.join(rest.split(LINE_BREAK));
    return front;
  }

  private boolean readField(OffsetText line, Front front) {
    Matcher session = words.session().matcher(line);
    if (session.matches()) {
      Optional<Integer> n = profile.calendar().ordinal(session.group("ordinal"));
      if (n.isPresent()) {
        front.session = n.get();
        front.special = session.group("special") != null;
        return true;
      }
    }
    Matcher dates = words.sessionDates().matcher(line);
    if (dates.matches()) {
      front.end = date(dates.group("d2"), dates.group("m2"), dates.group("y2"));
      String y1 = dates.group("y1") != null ? dates.group("y1") : dates.group("y2");
      front.start = date(dates.group("d1"), dates.group("m1"), y1);
      if (front.start != null && front.end != null && front.start.isAfter(front.end)) {
        front.start = front.start.minusYears(1);
      }
      return true;
    }
    Matcher agenda = words.agendaItem().matcher(line);
    if (agenda.lookingAt()) {
      for (String item : words.listSeparator().pattern().split(agenda.group("items"))) {
        if (!item.isBlank()) {
          front.agendaItems.add(Integer.valueOf(item.strip()));
        }
      }
      return true;
    }
    return false;
  }

  private boolean isOrganLine(CharSequence line) {
    return words.organLine().matchesAll(line);
  }

  private LocalDate date(String day, String month, String year) {
    return profile.calendar().parse(day + " " + month + " " + year).orElse(null);
  }

  private String printedSymbol() {
    for (Furniture f : text.furniture()) {
      if (f.kind() == Furniture.Kind.SYMBOL) {
        Matcher m = LayoutPatterns.SYMBOL_LINE.matcher(f.line().text());
        if (m.matches()) {
          return m.group("symbol");
        }
      }
    }
    return null;
  }

  /**
   * The document's own symbol: a draft's as its page header prints it; an adopted text's from its
   * number in the series of the organ its enacting formula names, or as printed when the header
   * prints one of that organ's resolutions or decisions.
   */
  private UnSymbol symbol(DocumentKind kind, String printed, NumberLine numberLine) {
    UnSymbol printedSymbol = printed != null ? UnSymbol.parse(printed).orElse(null) : null;
    if (kind == DocumentKind.DRAFT_RESOLUTION) {
      return printedSymbol != null && printedSymbol.isDraft() ? printedSymbol : null;
    }
    UnSymbol fromNumber = numberLine != null && numberLine.number != null
        ? UnSymbol.of(issuer.symbol(numberLine.number, kind == DocumentKind.DECISION)) : null;
    if (printedSymbol != null && Issuer.ofSymbol(printedSymbol.toString()).orElse(null) == issuer
        && (printedSymbol.isResolution() || printedSymbol.isDecision())) {
      if (fromNumber != null && !fromNumber.equals(printedSymbol)) {
        warn(0, "the page header prints " + printedSymbol + " but the resolution is numbered " + numberLine.number);
      }
      return printedSymbol;
    }
    return fromNumber;
  }

  private Integer session(Integer fromLine, UnSymbol symbol, NumberLine numberLine) {
    Integer fromSymbol = symbol != null ? symbol.session().orElse(null) : null;
    Integer fromNumber = numberLine != null ? Integer.valueOf(numberLine.session) : null;
    Integer other = fromSymbol != null ? fromSymbol : fromNumber;
    if (fromLine != null && other != null && !fromLine.equals(other)) {
      warn(0, "the session line says session " + fromLine + " but the symbol or number says " + other);
    }
    return fromLine != null ? fromLine : other;
  }

  private LocalDate documentDate() {
    for (Furniture f : text.furniture()) {
      if (f.kind() == Furniture.Kind.ISSUE_DATE || f.kind() == Furniture.Kind.DISTRIBUTION) {
        Optional<LocalDate> d = profile.calendar().parse(f.line().text());
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

  /** The adoption date printed in the header; without a year, the year of the session. */
  private LocalDate adoptionDateOf(Matcher adopted, Front front) {
    if (adopted == null || adopted.group("month") == null) {
      return null;
    }
    Integer year = front.end != null ? Integer.valueOf(front.end.getYear()) : null;
    return profile.calendar().toDate(adopted, year).orElse(null);
  }

  private static OffsetText nonBlank(OffsetText t) {
    OffsetText s = t.strip();
    return s.isEmpty() ? null : s;
  }

  private void warn(int line, String message) {
    diagnostics.add(Diagnostic.warning(text.source().fileName(), line, message));
  }
}
