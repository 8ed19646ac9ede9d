package org.w3id.hrckg.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.source.SourceText;

/**
 * Sorts the cleaned lines of a text into running text, page furniture and footnotes, and takes
 * the footnote calls out of the running text. It reads the way a person reads a page: furniture is
 * recognised by its shape, footnotes by their label after a footnote rule or after a call with
 * the same number, and a number alone on a line by what follows it.
 */
final class LayoutReader {

  private final SourceText source;
  private final List<OffsetText> input;

  private final List<TextLine> lines = new ArrayList<>();
  private final List<Furniture> furniture = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<FootnoteMarker> markers = new ArrayList<>();

  /** Footnote numbers called in the running text whose footnote has not been read yet. */
  private final Set<String> pendingCalls = new HashSet<>();
  /** The labels of the footnotes printed under footnote rules, read before the running text. */
  private final Set<Integer> printedLabels = new HashSet<>();
  /** The labels of the footnotes printed under footnote rules with a marked label ("⁵ A/HRC/7/37"). */
  private final Set<String> markedLabels = new HashSet<>();
  private int nextCall = 1;
  /** True between a footnote rule and the next line of running text or page header. */
  private boolean footnoteZone;
  private String pendingLabel;
  /**
   * Footnote labels printed in a run, one a line, before their texts (pdftotext's raw order for
   * some producers: "2" / "3" / ... / "A/69/340." / "A/HRC/44/26."): the notes that follow take
   * them in order.
   */
  private final Deque<String> queuedLabels = new ArrayDeque<>();
  /**
   * An operative number or point letter alone on a line with page furniture or footnote labels
   * after it: its paragraph's text is the next line of running text, after the page break.
   */
  private OffsetText heldLabel;
  private String openLabel;
  private List<OffsetText> openText;
  private boolean expectIssueDate;

  private final LayoutVocabulary layout;
  private final MarkupCleaner cleaner;

  private LayoutReader(SourceText source, List<OffsetText> input, LayoutVocabulary layout, MarkupCleaner cleaner) {
    this.source = source;
    this.input = input;
    this.layout = layout;
    this.cleaner = cleaner;
  }

  static NormalizedText read(SourceText source, List<OffsetText> cleanLines, LayoutVocabulary layout, MarkupCleaner cleaner) {
    LayoutReader reader = new LayoutReader(source, cleanLines, layout, cleaner);
    reader.readAll();
    return new NormalizedText(source, List.copyOf(reader.lines), List.copyOf(reader.furniture),
        List.copyOf(reader.footnotes), List.copyOf(reader.markers));
  }

  private void readAll() {
    collectPrintedLabels();
    for (int i = 0; i < input.size(); i++) {
      OffsetText line = input.get(i);
      WorkBudget.at(source.lineOf(line.sourceStart()));
      if (!line.isBlank()) {
        i = readLine(i, line);
      }
    }
    closeFootnote();
    if (heldLabel != null) {
      addRunningText(heldLabel);
    }
    footnotes.forEach(this::recoverCall);
    // Calls found after their page was read (glued to a number) take their place in the text's order.
    markers.sort(Comparator.comparingInt(FootnoteMarker::sourcePosition));
  }

  /**
   * A footnote whose call was not seen has it on its page, glued by the extraction to a number:
   * "mai 2022" and call 3 read "mai 20223".
   */
  private void recoverCall(Footnote f) {
    if (!called(f.label())) {
      recoverGluedCall(f.label(), f.text().sourceStart());
    }
  }

  /**
   * Finds the call of a footnote glued to a number (a year, a resolution number) on the page,
   * before a position and after the call of the footnote before it, footnotes being numbered in
   * the order of their calls; takes it out of the running text. The last such number holds it.
   */
  private boolean recoverGluedCall(String label, int before) {
    int pageStart = furniture.stream().filter(x -> x.kind() == Furniture.Kind.SYMBOL || x.kind() == Furniture.Kind.JOB_NUMBER)
        .mapToInt(x -> x.line().text().sourceStart()).filter(at -> at < before).max().orElse(0);
    String previous = String.valueOf(Integer.parseInt(label) - 1);
    int after = Math.max(pageStart, markers.stream().filter(m -> m.label().equals(previous) && m.sourcePosition() < before)
        .mapToInt(FootnoteMarker::sourcePosition).max().orElse(0));
    Pattern glued = Pattern.compile(layout.orphanCall().pattern().pattern().replace("(?<label>3)",
        "(?<label>" + Pattern.quote(label) + ")"), layout.orphanCall().pattern().flags());
    for (int i = lines.size() - 1; i >= 0; i--) {
      OffsetText text = lines.get(i).text();
      if (text.sourceStart() >= before) {
        continue;
      }
      if (text.sourceEnd() < after) {
        return false;
      }
      Matcher m = glued.matcher(text);
      int start = -1;
      while (m.find()) {
        if (text.sourceIndex(m.start("label")) > after) {
          start = m.start("label");
        }
      }
      if (start >= 0) {
        addMarker(label, text.sourceIndex(start));
        OffsetText without = OffsetText.join(List.of(text.subSequence(0, start), text.subSequence(start + label.length())), "");
        lines.set(i, new TextLine(lines.get(i).number(), without));
        return true;
      }
    }
    return false;
  }

  /** Whether a call of this footnote label has been found in the running text. */
  private boolean called(String label) {
    return markers.stream().anyMatch(m -> m.label().equals(label));
  }

  /**
   * A footnote number printed on the page (a label alone on its line, or the next note of a
   * footnote zone) whose call the sequence of calls still needs: the one after the last call, or
   * one skipped (a number past it is a page number, or a label whose call comes later); before any
   * call, 1 or 2, the UN's footnote 1 often standing outside the resolution's text (its Akoma Ntoso
   * numbers the text's notes from 2). Its call is sought glued to a number of the page.
   */
  private boolean recoverNeededCall(String label, int before) {
    int n = Integer.parseInt(label);
    int needed = nextCall == 1 ? 2 : nextCall;
    return n >= 1 && n <= needed && !called(label) && !labelRead(label) && recoverGluedCall(label, before);
  }

  /** Reads one non-blank line; returns the index of the last line it consumed. */
  private int readLine(int i, OffsetText line) {
    if (readFurniture(line)) {
      return i;
    }
    Matcher lone = LayoutPatterns.PAGE_NUMBER.matcher(line);
    if (lone.matches()) {
      return readLoneNumber(i, line, lone.group("n"));
    }
    if (LayoutPatterns.LONE_LABEL.matchesAll(line) && openLabel == null && pendingLabel == null) {
      return readLoneLabel(i, line);
    }
    if (pendingLabel != null && heldLabel == null) {
      // With a paragraph label held over the page break too, the first text is the paragraph's:
      // the label stood before the footnote label, and a page's running text before its notes.
      openFootnote(pendingLabel, line);
      pendingLabel = null;
      return i;
    }
    if (readFootnote(line)) {
      return i;
    }
    if (openLabel != null && !openText.get(openText.size() - 1).toString().endsWith(".")) {
      openText.add(line);
      return i;
    }
    if (heldLabel != null) {
      addRunningText(OffsetText.join(List.of(heldLabel, OffsetText.synthetic(" ", heldLabel.sourceEnd()), line), ""));
      heldLabel = null;
      return i;
    }
    if (!queuedLabels.isEmpty() && LayoutPatterns.NOTE_START.matcher(line).lookingAt()) {
      openFootnote(queuedLabels.poll(), line);
      return i;
    }
    String nextNote = openLabel != null && footnoteZone && LayoutPatterns.NOTE_START.matcher(line).lookingAt() ? nextNoteLabel(line) : null;
    if (nextNote != null) {
      openFootnote(nextNote, line);
      return i;
    }
    closeFootnote();
    footnoteZone = false;
    queuedLabels.clear();
    addRunningText(line);
    return i;
  }

  /**
   * The label of a note in a footnote zone printed without one (pdftotext prints some labels after
   * the notes, or loses them): the number after the note before it, the notes of a page following
   * in order, where it is called or its call is glued to a number of the page; else the first called
   * footnote not read yet; null if none.
   */
  private String nextNoteLabel(OffsetText line) {
    String following = String.valueOf(Integer.parseInt(openLabel) + 1);
    if (pendingCalls.contains(following) || recoverNeededCall(following, line.sourceStart())) {
      return following;
    }
    return pendingCalls.stream().min(Comparator.comparing(Integer::valueOf)).orElse(null);
  }

  private boolean readFurniture(OffsetText line) {
    Furniture.Kind kind = furnitureKind(line);
    if (kind == null) {
      expectIssueDate = false;
      return false;
    }
    if (kind == Furniture.Kind.RULE && LayoutPatterns.FOOTNOTE_RULE.matchesAll(line)) {
      closeFootnote();
      footnoteZone = true;
    } else if (kind == Furniture.Kind.SYMBOL || kind == Furniture.Kind.JOB_NUMBER) {
      closeFootnote();
      footnoteZone = false;
      if (kind == Furniture.Kind.SYMBOL) {
        // The next page's header: the notes of labels read on a page come before it, under the footer or above.
        queuedLabels.clear();
        pendingLabel = null;
      }
    }
    furniture.add(new Furniture(kind, lineOf(line)));
    return true;
  }

  private Furniture.Kind furnitureKind(OffsetText line) {
    if (LayoutPatterns.FOOTNOTE_RULE.matchesAll(line) || LayoutPatterns.HORIZONTAL_RULE.matchesAll(line)) {
      return Furniture.Kind.RULE;
    }
    if (layout.nonMemberNote().matchesAll(line)) {
      return Furniture.Kind.NON_MEMBER_NOTE;
    }
    if (LayoutPatterns.HYPERLINK.matchesAll(line)) {
      return Furniture.Kind.HYPERLINK;
    }
    if (LayoutPatterns.JOB_NUMBER.matchesAll(line) || layout.footerNoise().matchesAll(line)) {
      return Furniture.Kind.JOB_NUMBER;
    }
    if (LayoutPatterns.SYMBOL_LINE.matchesAll(line)) {
      return Furniture.Kind.SYMBOL;
    }
    if (layout.languageNote().matchesAll(line)) {
      return Furniture.Kind.LANGUAGE;
    }
    Matcher masthead = layout.masthead().matcher(line);
    if (masthead.matches()) {
      boolean distribution = masthead.group("distr") != null;
      expectIssueDate = distribution && masthead.group("date") == null;
      return distribution ? Furniture.Kind.DISTRIBUTION : Furniture.Kind.MASTHEAD;
    }
    if (expectIssueDate && layout.distributedDate().matchesAll(line)) {
      expectIssueDate = false;
      return Furniture.Kind.ISSUE_DATE;
    }
    return null;
  }

  private int readLoneNumber(int i, OffsetText line, String number) {
    int next = nextNonBlank(i);
    OffsetText following = next < input.size() ? input.get(next) : OffsetText.empty();
    if (layout.ordinalSuffix().matchesAll(following)) {
      // "55" / "e" / "séance": an ordinal whose superscript the extractor put on its own line.
      int rest = nextNonBlank(next);
      List<OffsetText> parts = new ArrayList<>(List.of(line, following));
      if (rest < input.size()) {
        parts.add(OffsetText.synthetic(" ", following.sourceEnd()));
        parts.add(input.get(rest));
      }
      addRunningText(OffsetText.join(parts, ""));
      return rest < input.size() ? rest : next;
    }
    boolean labelsFollow = LayoutPatterns.PAGE_NUMBER.matchesAll(following);
    // A number where a label stands (in a footnote zone, before other labels, a note's text or a
    // note that is only a link) may be a footnote whose call the extraction glued to a number of the page.
    boolean called = pendingCalls.contains(number) || (footnoteZone || labelsFollow || LayoutPatterns.NOTE_START.matcher(following).lookingAt()
        || LayoutPatterns.HYPERLINK.matchesAll(following)) && recoverNeededCall(number, line.sourceStart());
    if (footnoteZone && !labelRead(number) && !queuedLabels.isEmpty()
        || !footnoteZone && called && !labelRead(number) && labelsFollow) {
      // One of a run of labels printed before their notes.
      closeFootnote();
      footnoteZone = true;
      queuedLabels.add(number);
      return i;
    }
    if (footnoteZone && !labelRead(number)) {
      closeFootnote();
      pendingLabel = number;
      return i;
    }
    if (!footnoteZone && called && LayoutPatterns.NOTE_START.matcher(following).lookingAt()) {
      // A called number alone on a line before a note's text: the label of the page's first footnote.
      closeFootnote();
      footnoteZone = true;
      pendingLabel = number;
      return i;
    }
    if (continuesSentence(following) && plausibleCall(number)) {
      addMarker(number, line.sourceStart());
      return i;
    }
    furniture.add(new Furniture(Furniture.Kind.PAGE_NUMBER, lineOf(line)));
    return i;
  }

  /** Whether a footnote with this label has been read, or is being read, or waits for its text. */
  private boolean labelRead(String label) {
    return label.equals(openLabel) || queuedLabels.contains(label) || footnotes.stream().anyMatch(f -> f.label().equals(label));
  }

  /**
   * An operative number ("1.") or a point's letter ("a)") on a line of its own: extraction put it
   * apart from its paragraph, whose text follows on the next line.
   */
  private int readLoneLabel(int i, OffsetText line) {
    int next = nextNonBlank(i);
    OffsetText following = next < input.size() ? input.get(next).strip() : OffsetText.empty();
    if (following.isEmpty() || LayoutPatterns.LONE_LABEL.matchesAll(following)) {
      addRunningText(line);
      return i;
    }
    if (LayoutPatterns.JOB_NUMBER.matchesAll(following) || LayoutPatterns.SYMBOL_LINE.matchesAll(following)
        || LayoutPatterns.PAGE_NUMBER.matchesAll(following) || LayoutPatterns.FOOTNOTE_RULE.matchesAll(following)) {
      heldLabel = line;
      return i;
    }
    addRunningText(OffsetText.join(List.of(line, OffsetText.synthetic(" ", line.sourceEnd()), following), ""));
    return next;
  }

  private static boolean continuesSentence(OffsetText next) {
    if (next.isEmpty() || LayoutPatterns.HYPERLINK.matchesAll(next)) {
      return false;
    }
    char c = next.charAt(0);
    return Character.isLowerCase(c) || ",;:.)»".indexOf(c) >= 0;
  }

  private boolean readFootnote(OffsetText line) {
    Matcher m = LayoutPatterns.FOOTNOTE_TEXT.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String label = firstNonNull(m.group("sup"), m.group("caret"), superscriptDigits(m.group("uni")));
    boolean explicit = label != null;
    if (!explicit) {
      label = m.group("bare");
      // "11 October 2023" under a meeting is a date, whatever footnote 11 may be; so is "5 March 2010;" in a
      // sentence of the running text whose footnote 5 the page prints under its rule with a marked label;
      // so is "5 March 2010; the third" anywhere: a footnote opens with a symbol, a title or a reference.
      if (!footnoteZone && (!pendingCalls.contains(label) || markedLabels.contains(label)) || layout.distributedDate().matchesAll(line)
          || LayoutPatterns.DATE_START.matcher(line).lookingAt()) {
        return false;
      }
    }
    openFootnote(label, line.subSequence(explicit ? m.start("marked") : m.start("text")));
    return true;
  }

  private void openFootnote(String label, OffsetText text) {
    closeFootnote();
    openLabel = label;
    openText = new ArrayList<>(List.of(text));
    pendingCalls.remove(label);
  }

  private void closeFootnote() {
    if (openLabel != null) {
      OffsetText text = OffsetText.join(openText, " ");
      footnotes.add(new Footnote(openLabel, text, source.lineOf(text.sourceStart())));
      openLabel = null;
      openText = null;
    }
  }

  private void addRunningText(OffsetText line) {
    OffsetText withoutCalls = takeCalls(line);
    lines.add(lineOf(cleaner.cleanLine(withoutCalls)));
  }

  /** Removes footnote calls from a line of running text, remembering where they were. */
  private OffsetText takeCalls(OffsetText line) {
    OffsetText out = MarkupCleaner.replace(line, LayoutPatterns.EXPLICIT_CALL, m -> {
      String label = firstNonNull(m.group(1), m.group(2), superscriptDigits(m.group(3)));
      addMarker(label, line.sourceIndex(m.start()));
      return "";
    });
    return MarkupCleaner.replace(out, LayoutPatterns.GLUED_CALL, m -> {
      if (!plausibleCall(m.group(1))) {
        return m.group();
      }
      addMarker(m.group(1), out.sourceIndex(m.start()));
      return "";
    });
  }

  /**
   * Whether a number glued to a word is a footnote call: a footnote with that label is printed
   * under a rule and the number does not go back; without printed footnotes, footnotes being
   * numbered in order, the next number or one of the few after it (calls lost to the extraction).
   */
  private boolean plausibleCall(String number) {
    int n = Integer.parseInt(number);
    if (!printedLabels.isEmpty() && printedLabels.contains(n)) {
      return n >= nextCall - 1;
    }
    return n >= nextCall && n <= nextCall + 2;
  }

  /** The labels of the footnotes under footnote rules: "1 A/HRC/24/56." or "1" then its text; and "¹ A/HRC/24/56.". */
  private void collectPrintedLabels() {
    boolean zone = false;
    for (int i = 0; i < input.size(); i++) {
      OffsetText line = input.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (LayoutPatterns.FOOTNOTE_RULE.matchesAll(line)) {
        zone = true;
        continue;
      }
      Matcher text = LayoutPatterns.FOOTNOTE_TEXT.matcher(line);
      Matcher lone = LayoutPatterns.PAGE_NUMBER.matcher(line);
      if (text.matches() && text.group("bare") == null && zone) {
        markedLabels.add(firstNonNull(text.group("sup"), text.group("caret"), superscriptDigits(text.group("uni"))));
      } else if (text.matches() && text.group("bare") != null && zone) {
        printedLabels.add(Integer.valueOf(text.group("bare")));
      } else if (lone.matches() && zone) {
        printedLabels.add(Integer.valueOf(lone.group("n")));
      } else if (zone && !LayoutPatterns.HYPERLINK.matchesAll(line) && !Character.isUpperCase(line.charAt(0))) {
        zone = false;
      }
    }
  }

  private void addMarker(String label, int position) {
    markers.add(new FootnoteMarker(label, position));
    pendingCalls.add(label);
    nextCall = Math.max(nextCall, Integer.parseInt(label) + 1);
  }

  private int nextNonBlank(int i) {
    int j = i + 1;
    while (j < input.size() && input.get(j).isBlank()) {
      j++;
    }
    return j;
  }

  private TextLine lineOf(OffsetText text) {
    return new TextLine(source.lineOf(text.sourceStart()), text);
  }

  private static String superscriptDigits(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : s.toCharArray()) {
      digits.append(switch (c) {
        case '¹' -> '1';
        case '²' -> '2';
        case '³' -> '3';
        default -> (char) ('0' + (c - '⁰'));
      });
    }
    return digits.toString();
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
