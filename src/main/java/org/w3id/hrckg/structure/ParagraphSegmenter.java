package org.w3id.hrckg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.lang.ClauseStarters;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.StructureVocabulary;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.TextLine;

/**
 * Cuts the body of a resolution (the lines after the enacting formula) into preambular and
 * operative paragraphs, and finds where the record of adoption begins.
 *
 * <p>Line breaks and blank lines mean nothing here: PDF extraction breaks every line and page,
 * converters break paragraphs at page ends. A paragraph ends where UN drafting ends it: a
 * preambular paragraph with a comma before the next participle or adjective ("Rappelant",
 * "Conscient"), an operative paragraph before the next number in sequence, or, unnumbered, with a
 * semicolon or full stop before the next present-tense verb ("Prie", "Décide").
 */
final class ParagraphSegmenter {

  /** A paragraph being collected: its kind, number and lines. */
  record Draft(boolean preambular, Integer number, List<TextLine> lines) {

    OffsetText text() {
      return LineJoiner.join(lines.stream().map(TextLine::text).toList());
    }
  }

  /**
   * The paragraphs found, the headings of the operative part, the lines after the paragraphs, and
   * the operative numbers out of sequence.
   */
  record Segments(List<Draft> preamble, List<Draft> operative, List<TextLine> headings, List<TextLine> tail,
      List<NumberingFault> faults) {}

  /**
   * A line that opens like an operative paragraph with a number out of sequence: a gap (paragraphs
   * lost before it) or a repeat. Its text stays with the paragraph before it.
   */
  record NumberingFault(TextLine line, int expected, int found) {}

  private enum State { PREAMBLE, NUMBERED, UNNUMBERED }

  private final List<Draft> preamble = new ArrayList<>();
  private final List<Draft> operative = new ArrayList<>();
  private final List<TextLine> headings = new ArrayList<>();
  private final List<NumberingFault> faults = new ArrayList<>();
  private State state = State.PREAMBLE;
  private Draft current;
  private int nextNumber = 1;

  private final StructureVocabulary words;
  private final ClauseStarters starters;

  private ParagraphSegmenter(LanguageProfile profile) {
    this.words = profile.structure();
    this.starters = profile.clauses();
  }

  static Segments segment(List<TextLine> body, LanguageProfile profile) {
    ParagraphSegmenter s = new ParagraphSegmenter(profile);
    int tailFrom = s.read(body);
    return new Segments(List.copyOf(s.preamble), List.copyOf(s.operative), List.copyOf(s.headings),
        List.copyOf(body.subList(tailFrom, body.size())), List.copyOf(s.faults));
  }

  /** Reads the body; returns the index of the first line after the paragraphs. */
  private int read(List<TextLine> body) {
    for (int i = 0; i < body.size(); i++) {
      WorkBudget.at(body.get(i).number());
      TextLine line = body.get(i);
      String text = line.text().toString();
      if (words.annex().matchesAll(text) || (state != State.PREAMBLE && isAdoptionRecord(text))) {
        return i;
      }
      int numbered = operativeNumberEnd(text);
      if (numbered > 0 && state == State.UNNUMBERED && nextNumber == 1) {
        // "1. Décide" after paragraphs taken for an unnumbered operative part: those opened with a
        // verb by a drafting slip ("Insiste" for "Insistant") and belong to the preamble.
        reSegmentAsPreamble();
      }
      if (numbered > 0 && state != State.UNNUMBERED) {
        start(false, nextNumber++, new TextLine(line.number(), line.text().subSequence(numbered)));
        state = State.NUMBERED;
        continue;
      }
      if (state == State.NUMBERED && isHeading(body, i)) {
        headings.add(line);
        continue;
      }
      if (state == State.NUMBERED && outOfSequence(line, text)) {
        continue;
      }
      if (!readLine(line, text)) {
        return i;
      }
    }
    return body.size();
  }

  /**
   * A section heading of the operative part ("Suivi", "II. Mécanismes de suivi"): a short line
   * without a stop, after a paragraph that ended, before the next numbered paragraph.
   */
  private boolean isHeading(List<TextLine> body, int i) {
    String text = body.get(i).text().toString();
    boolean short_ = text.length() <= 80 && Character.isUpperCase(text.charAt(0)) && ".;:,".indexOf(text.charAt(text.length() - 1)) < 0;
    return short_ && endsClause(';', '.', ':') && i + 1 < body.size() && operativeNumberEnd(body.get(i + 1).text().toString()) > 0;
  }

  /**
   * Gives back to the preamble the paragraphs taken for an unnumbered operative part, cut again
   * where a participle, adjective or (by the slip) a verb opens a line.
   */
  private void reSegmentAsPreamble() {
    List<TextLine> lines = new ArrayList<>();
    operative.forEach(d -> lines.addAll(d.lines()));
    operative.clear();
    for (TextLine line : lines) {
      String text = line.text().toString();
      boolean opens = starters.preambular(text).isPresent() || starters.operative(text).isPresent();
      if (lines.get(0) == line || (opens && endsClause(',', ';', ':', '.'))) {
        start(true, null, line);
      } else {
        current.lines().add(line);
      }
    }
    state = State.PREAMBLE;
  }

  /**
   * A line that opens like an operative paragraph ("7. Décide"), but with another number than the
   * next: a fault. After a gap the numbering goes on from the number found (one fault for one
   * gap), and the line opens its paragraph; a repeated number stays in the paragraph before.
   */
  private boolean outOfSequence(TextLine line, String text) {
    Matcher number = StructurePatterns.OPERATIVE_NUMBER.matcher(text);
    if (!number.lookingAt() || !starters.operative(text.substring(number.end())).isPresent()) {
      return false;
    }
    int found = Integer.parseInt(number.group("n"));
    faults.add(new NumberingFault(line, nextNumber, found));
    if (found < nextNumber) {
      return false;
    }
    nextNumber = found + 1;
    start(false, found, new TextLine(line.number(), line.text().subSequence(number.end())));
    return true;
  }

  /** Where the number of the next operative paragraph ends on a line that opens it, or -1. */
  private int operativeNumberEnd(String text) {
    Matcher number = StructurePatterns.OPERATIVE_NUMBER.matcher(text);
    if (number.lookingAt() && Integer.parseInt(number.group("n")) == nextNumber) {
      return number.end();
    }
    Matcher bare = StructurePatterns.BARE_NUMBER.matcher(text);
    if (bare.lookingAt() && Integer.parseInt(bare.group("n")) == nextNumber && nextNumber > 1
        && starters.operative(text.substring(bare.end())).isPresent()) {
      return bare.end();
    }
    return -1;
  }

  /** Adds a line to the paragraphs; false when the line is past the last paragraph. */
  private boolean readLine(TextLine line, String text) {
    switch (state) {
      case PREAMBLE -> {
        if (current == null) {
          start(true, null, line);
        } else if (endsClause(',', ';', '.') ? starters.preambular(text).isPresent()
            : !endsInName() && starters.strongPreambular(text)) {
          // A capitalised participle at the start of a line cannot continue a sentence: it opens
          // a paragraph even where the previous one lost its comma; but after a capitalised word
          // it goes on with a name ("Human Rights, International" / "Understanding, Cooperation").
          // A colon ends no preambular paragraph (it opens a list or a title's second part:
          // "Business and Human Rights:" / "Implementing the ..."): after it, only an opening of
          // the lexicon starts one.
          start(true, null, line);
        } else if (endsClause(',', ';', ':', '.') && starters.operative(text).isPresent()) {
          start(false, null, line);
          state = State.UNNUMBERED;
        } else {
          current.lines().add(line);
        }
      }
      case UNNUMBERED -> {
        if (endsClause(';', '.') && starters.operative(text).isPresent()) {
          start(false, null, line);
        } else if (endsClause('.') && startsNewBlock(text)) {
          return false;
        } else {
          current.lines().add(line);
        }
      }
      case NUMBERED -> {
        if (endsClause('.') && startsNewBlock(text)) {
          return false;
        }
        current.lines().add(line);
      }
      default -> throw new IllegalStateException(state.name());
    }
    return true;
  }

  private void start(boolean preambular, Integer number, TextLine first) {
    current = new Draft(preambular, number, new ArrayList<>(List.of(first)));
    (preambular ? preamble : operative).add(current);
  }

  private boolean endsClause(char... terminators) {
    String last = lastLine();
    if (last.isEmpty()) {
      return false;
    }
    char c = last.charAt(last.length() - 1);
    for (char t : terminators) {
      if (c == t) {
        return true;
      }
    }
    return false;
  }

  /** Whether the paragraph's last line ends in a capitalised word, which a name's next word may follow. */
  private boolean endsInName() {
    String last = lastLine();
    int start = last.length();
    while (start > 0 && Character.isLetter(last.charAt(start - 1))) {
      start--;
    }
    return start < last.length() && Character.isUpperCase(last.charAt(start));
  }

  /** The current paragraph's last line, without its trailing spaces. */
  private String lastLine() {
    List<TextLine> lines = current.lines();
    return lines.get(lines.size() - 1).text().toString().stripTrailing();
  }

  /** After a final full stop, a line that does not continue a sentence starts something else. */
  private static boolean startsNewBlock(String text) {
    char c = text.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '*' || c == '(';
  }

  private boolean isAdoptionRecord(String text) {
    return isAdoptionRecord(words, text);
  }

  /** Whether a line opens the record of adoption: the meeting, the vote, "Adopted at". */
  static boolean isAdoptionRecord(StructureVocabulary words, String text) {
    return words.meeting().matcher(text).lookingAt()
        || words.withoutVote().foundIn(text)
        || words.recordedVote().foundIn(text)
        || words.adoptionStart().matcher(text).lookingAt();
  }
}
