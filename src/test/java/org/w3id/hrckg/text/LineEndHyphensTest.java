package org.w3id.hrckg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.LayoutVocabulary;
import org.w3id.hrckg.lang.en.EnglishProfile;
import org.w3id.hrckg.lang.fr.FrenchProfile;

/**
 * A hyphen at a line end in a word the document writes nowhere else (its own words here: none but
 * those of the row): the language's {@link org.w3id.hrckg.lang.WordLexicon} says whether it is a
 * compound's (kept) or a typesetter's (the word joins). Each row: the line's last part, the next
 * line's first word, and whether the hyphen must stay.
 */
class LineEndHyphensTest {

  static Stream<Arguments> rows() {
    LayoutVocabulary en = EnglishProfile.INSTANCE.layout();
    LayoutVocabulary fr = FrenchProfile.INSTANCE.layout();
    return Stream.of(
        row(en, "capacity", "building", true),
        row(en, "gender", "based", true),
        row(en, "above", "mentioned", true),
        row(en, "small", "scale", true),
        row(en, "deep", "rooted", true),
        row(en, "survivor", "centred", true),
        row(en, "life", "saving", true),
        row(en, "age", "appropriate", true),
        row(en, "uni", "forms", false),
        row(en, "deve", "lopment", false),
        row(en, "environ", "mental", false),
        row(en, "Commis", "sioner", false),
        row(fr, "sages", "femmes", true),
        row(fr, "elles", "mêmes", true),
        row(fr, "Haut", "Commissariat", true),
        row(fr, "sou", "mettre", false),
        row(fr, "pour", "suivre", false),
        row(fr, "déve", "loppement", false),
        row(fr, "com", "mission", false));
  }

  private static Arguments row(LayoutVocabulary layout, String stem, String rest, boolean keep) {
    return Arguments.of(stem + "-/" + rest + (keep ? " keeps its hyphen" : " joins"), layout, stem, rest, keep);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aLineEndHyphenIsACompoundsOrATypesetters(String note, LayoutVocabulary layout, String stem, String rest, boolean keep) {
    assertEquals(!keep, LineEndHyphens.breaksWord(stem, rest, Set.of(), layout), note);
  }
}
