package org.w3id.hrckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.CitationVocabulary;
import org.w3id.hrckg.lang.CueLexicon;
import org.w3id.hrckg.lang.Lexicons;
import org.w3id.hrckg.model.CitationFunction;

/**
 * The governing verbs that tell why a document is cited (the lexicon of a language profile, such
 * as the French {@code citation-cues.tsv}). {@link #in(CharSequence)} finds the cues of a paragraph
 * once; {@link Found#before(int)} gives the function of a citation at a position: that of the
 * nearest cue before it.
 */
final class CitationCues {

  /** A cue; it can only match where its first word occurs, which is cheap to look for first. */
  private record Cue(Pattern pattern, String firstWord, CitationFunction function, boolean clauseOnly) {}

  /** A cue found in a paragraph. */
  private record At(int start, CitationFunction function) {}

  /** The cues of one text, in order. */
  static final class Found {
    private final List<At> cues;

    private Found(List<At> cues) {
      this.cues = cues;
    }

    /** The function of the nearest cue that starts before a position, or CITING when none does. */
    CitationFunction before(int position) {
      CitationFunction f = CitationFunction.CITING;
      for (At at : cues) {
        if (at.start >= position) {
          break;
        }
        f = at.function;
      }
      return f;
    }
  }

  private static final Map<CueLexicon, CitationCues> LOADED = new ConcurrentHashMap<>();

  private final Pattern clauseStart;
  private final List<Cue> cues;

  private CitationCues(CitationVocabulary words) {
    this.clauseStart = words.clauseStart().pattern();
    this.cues = load(words.cues(), words.cueAdverbs());
  }

  /** The cues of a language, read once. */
  static CitationCues of(CitationVocabulary words) {
    return LOADED.computeIfAbsent(words.cues(), k -> new CitationCues(words));
  }

  /** The cues of a text. */
  Found in(CharSequence text) {
    String folded = text.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
    List<At> found = new ArrayList<>();
    for (Cue cue : cues) {
      int from = folded.indexOf(cue.firstWord);
      if (from < 0) {
        continue;
      }
      // A cue can only start where its first word does: the pattern is tried there alone, not at every position.
      Matcher m = cue.pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
      while (from >= 0) {
        m.region(from, folded.length());
        if (m.lookingAt()) {
          int i = from;
          boolean placed = !cue.clauseOnly || clauseStart.matcher(folded.substring(Math.max(0, i - 12), i)).find();
          if (placed && found.stream().noneMatch(a -> a.start == i)) {
            found.add(new At(i, cue.function));
          }
          from = folded.indexOf(cue.firstWord, Math.max(m.end(), from + 1));
        } else {
          from = folded.indexOf(cue.firstWord, from + 1);
        }
      }
    }
    found.sort(Comparator.comparingInt(At::start));
    return new Found(found);
  }

  /**
   * A cue as a pattern of whole words; adverbs may stand between its words ("prend également
   * acte", "rappelant en outre").
   */
  private static Pattern pattern(String phrase, String adverbs) {
    String[] words = phrase.split(" ");
    StringBuilder regex = new StringBuilder("(?<![\\p{L}])").append(Pattern.quote(words[0]));
    for (int i = 1; i < words.length; i++) {
      regex.append("\\s+(?:").append(adverbs).append("\\s+)*").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(regex.append("(?![\\p{L}])").toString());
  }

  private static List<Cue> load(CueLexicon lexicon, String adverbs) {
    List<Cue> cues = new ArrayList<>();
    for (String line : Lexicons.lines(lexicon.owner(), lexicon.resource())) {
      String[] cols = line.split("\t");
      String phrase = cols[0].strip().toLowerCase(Locale.ROOT).replace('’', '\'');
      cues.add(new Cue(pattern(phrase, adverbs), phrase.split(" ")[0], CitationFunction.valueOf(cols[1].strip()),
          "clause".equals(cols[2].strip())));
    }
    // Longest first, so that "prenant note" wins over a shorter cue at the same place.
    cues.sort(Comparator.comparingInt((Cue c) -> c.pattern.pattern().length()).reversed());
    return List.copyOf(cues);
  }
}
