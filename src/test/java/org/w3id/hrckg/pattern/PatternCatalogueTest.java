package org.w3id.hrckg.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.extract.CitationPatterns;
import org.w3id.hrckg.lang.AnyLanguageLists;
import org.w3id.hrckg.read.akn.WorkflowPatterns;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.structure.StructurePatterns;
import org.w3id.hrckg.text.CleanupPatterns;
import org.w3id.hrckg.text.LayoutPatterns;

/**
 * Every pattern of every catalogue, shared and of every language profile, on its own examples: each example is found, no counter-example
 * is, and every pattern has at least one of each (eyecite's discipline: no pattern without the
 * real phrases it is for).
 */
class PatternCatalogueTest {

  /** The catalogues of the forms every language shares; each language profile names its own. */
  private static final List<Class<? extends PatternCatalogue>> SHARED = List.of(
      CleanupPatterns.class, LayoutPatterns.class, StructurePatterns.class, CitationPatterns.class,
      AnyLanguageLists.class, WorkflowPatterns.class);

  static Stream<Arguments> patterns() {
    Stream<Class<? extends PatternCatalogue>> all = Stream.concat(SHARED.stream(),
        Profiles.all().stream().map(LanguageProfile::catalogues).flatMap(List::stream));
    return all.flatMap(c -> PatternCatalogue.patterns(c).stream()
        .map(p -> Arguments.of(c.getSimpleName() + ": " + p.name(), p)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void findsItsExamples(String name, NamedPattern pattern) {
    assertFalse(pattern.examples().isEmpty(), name + " has no example");
    for (String example : pattern.examples()) {
      assertTrue(pattern.foundIn(example), name + " does not find its example: " + example);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void skipsItsCounterExamples(String name, NamedPattern pattern) {
    assertFalse(pattern.counterExamples().isEmpty(), name + " has no counter-example");
    for (String counter : pattern.counterExamples()) {
      assertFalse(pattern.foundIn(counter), name + " finds its counter-example: " + counter);
    }
  }

  /** A pattern's cues let a text without any go unsearched: every example that it finds holds one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void itsExamplesHoldACue(String name, NamedPattern pattern) {
    for (String example : pattern.examples()) {
      assertTrue(pattern.mayOccurIn(example),
          name + ": its example holds none of its cues " + pattern.cues() + ": " + example);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void saysWhatItIsFor(String name, NamedPattern pattern) {
    assertFalse(pattern.purpose().isBlank(), name + " has no purpose");
  }
}
