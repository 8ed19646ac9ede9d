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
 * Cuts the annexes of a resolution (its lines from the first annex heading on) into their titles,
 * headings and paragraphs, by the conventions of UN annexes, as the Akoma Ntoso reader reads an
 * annex's markup. An annex opens with its heading alone on a line ("Annexe", "Annex II"); its title
 * is the first heading after it. A heading (a title, "Préambule", "Article 4 Droit au
 * développement", "Deuxième partie") is a line, or two where the second opens in lower case (a
 * long heading broken), that ends without punctuation after a paragraph that ended, before a line
 * that opens in capitals; it holds no comma and does not end with a word after which a sentence goes
 * on ("de", "the"). It is no paragraph, and ends the one before.
 * A paragraph opens after a heading, with the next printed number ("2.", or "1." again after a
 * heading: annexes number their paragraphs afresh in each article, or not at all), or, after a
 * paragraph that ended, with an opening of the language's resolutions ("Rappelant", "Guided by")
 * or the formula that closes a treaty's preamble ("Sont convenus de ce qui suit :"). A point
 * ("a) ...") belongs to the paragraph before it; any other line continues it.
 */
final class AnnexSegmenter {

  /**
   * One annex as cut.
   *
   * @param label the line that heads it ("Annexe")
   * @param title its first heading (its lines joined), or null
   * @param headings every heading line, the title's included
   * @param paragraphs its paragraphs in source order (of no kind: {@code preambular} is false)
   */
  record Segment(TextLine label, OffsetText title, List<TextLine> headings, List<ParagraphSegmenter.Draft> paragraphs) {}

  /** What ends a paragraph (or a clause that may close one), in the languages read from text. */
  private static final String CLAUSE_ENDS = ".;:,";
  /** What a heading does not end with: punctuation, or a hyphen (a word broken at the line end: "Secretary-"). */
  private static final String NOT_HEADING_ENDS = ".;:,»”)!?-\u2010\u2011";

  private final StructureVocabulary words;
  private final ClauseStarters starters;
  private final List<Segment> annexes = new ArrayList<>();
  private TextLine label;
  private OffsetText title;
  private List<TextLine> headings;
  private List<ParagraphSegmenter.Draft> paragraphs;
  private ParagraphSegmenter.Draft current;
  private int lastNumber;

  private AnnexSegmenter(LanguageProfile profile) {
    this.words = profile.structure();
    this.starters = profile.clauses();
  }

  /** Whether a line opens an annex. */
  static boolean opensAnnex(StructureVocabulary words, TextLine line) {
    return words.annex().matchesAll(line.text());
  }

  /**
   * Cuts the annexes.
   *
   * @param lines the lines from the first annex heading on (the first must open an annex)
   */
  static List<Segment> segment(List<TextLine> lines, LanguageProfile profile) {
    AnnexSegmenter s = new AnnexSegmenter(profile);
    for (int i = 0; i < lines.size(); i++) {
      WorkBudget.at(lines.get(i).number());
      i = s.read(lines, i);
    }
    s.finish();
    return List.copyOf(s.annexes);
  }

  /** Reads the line at {@code i}; returns the index of the last line read (a heading may take two). */
  private int read(List<TextLine> lines, int i) {
    TextLine line = lines.get(i);
    String text = line.text().toString();
    if (opensAnnex(words, line)) {
      finish();
      label = line;
      title = null;
      headings = new ArrayList<>();
      paragraphs = new ArrayList<>();
      current = null;
      lastNumber = 0;
      return i;
    }
    int heading = headingEnd(lines, i);
    Matcher number = StructurePatterns.OPERATIVE_NUMBER.matcher(text);
    if (number.lookingAt() && ended(".;:") && followsOn(Integer.parseInt(number.group("n")))) {
      lastNumber = Integer.parseInt(number.group("n"));
      start(lastNumber, new TextLine(line.number(), line.text().subSequence(number.end())));
    } else if (current != null && StructurePatterns.POINT_LABEL.matcher(text).lookingAt()) {
      current.lines().add(line);
    } else if (heading >= i) {
      List<TextLine> run = lines.subList(i, heading + 1);
      headings.addAll(run);
      if (title == null && paragraphs.isEmpty()) {
        title = LineJoiner.join(run.stream().map(TextLine::text).toList());
      }
      current = null;
      return heading;
    } else if (current == null || ended(CLAUSE_ENDS) && opensParagraph(text)) {
      start(null, line);
    } else {
      current.lines().add(line);
    }
    return i;
  }

  /** The next printed number, or "1." again where a heading has just restarted the numbering. */
  private boolean followsOn(int n) {
    return n == lastNumber + 1 || n == 1 && current == null;
  }

  private boolean opensParagraph(String text) {
    return starters.preambular(text).isPresent() || starters.operative(text).isPresent()
        || words.treatyFormula().matcher(text).lookingAt();
  }

  /**
   * Where a heading that starts at {@code i} ends (its last line's index), or -1 where none does: a
   * line, or two where the second opens in lower case, without punctuation at its end nor commas,
   * after a paragraph that ended, before a line that opens in capitals or figures.
   */
  private int headingEnd(List<TextLine> lines, int i) {
    String text = lines.get(i).text().toString().strip();
    if (!ended(CLAUSE_ENDS) || !opensInCapitals(text) || opensParagraph(text)) {
      return -1;
    }
    int end = i;
    if (i + 1 < lines.size() && unpunctuated(text)) {
      String second = lines.get(i + 1).text().toString().strip();
      if (!second.isEmpty() && Character.isLowerCase(second.charAt(0))) {
        end = i + 1;
      }
    }
    for (int k = i; k <= end; k++) {
      String l = lines.get(k).text().toString().strip();
      if (!unpunctuated(l) || l.indexOf(',') >= 0 || l.indexOf(';') >= 0) {
        return -1;
      }
    }
    String last = lines.get(end).text().toString().strip();
    boolean nextOpens = end + 1 < lines.size() && opensInCapitals(lines.get(end + 1).text().toString());
    return nextOpens && !words.openLineEnd().foundIn(last) ? end : -1;
  }

  private static boolean opensInCapitals(String text) {
    return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
  }

  private static boolean unpunctuated(String text) {
    return !text.isEmpty() && NOT_HEADING_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
  }

  /** Whether no paragraph is open, or the open one's last line ends with one of these. */
  private boolean ended(String ends) {
    if (current == null) {
      return true;
    }
    List<TextLine> l = current.lines();
    String last = l.get(l.size() - 1).text().toString().stripTrailing();
    return !last.isEmpty() && ends.indexOf(last.charAt(last.length() - 1)) >= 0;
  }

  private void start(Integer number, TextLine first) {
    current = new ParagraphSegmenter.Draft(false, number, new ArrayList<>(List.of(first)));
    paragraphs.add(current);
  }

  private void finish() {
    if (label != null) {
      annexes.add(new Segment(label, title, List.copyOf(headings), List.copyOf(paragraphs)));
    }
  }
}
