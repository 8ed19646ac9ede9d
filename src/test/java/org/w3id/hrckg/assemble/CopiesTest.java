package org.w3id.hrckg.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * Two files that are the same document in the same language and format, as the UN's repositories
 * publish some (a resolution again under the next resolution's file name, the same text with its
 * classification in another order): a copy is read once with a warning naming both files; two
 * different texts that claim the same symbol stay an error, and the second is left out, as does the
 * same text with other sponsors or other votes, the error naming what differs.
 */
class CopiesTest {

  private static final Path SAMPLE = Path.of("corpus/fr/003_730f446f252d93e8.txt");
  /** A resolution adopted by a recorded vote, in the UN's XML: its draft's sponsors and each State's vote. */
  private static final Path VOTED = Path.of("corpus/akn/en/A_HRC_RES_54_20E.xml");
  private static final String LEFT_OUT = "; left out, as a corpus holds each language version of a document once per format";
  private static final UnaryOperator<String> OTHER_SPONSORS = t -> t.replace("by=\"Albania, Andorra, ", "by=\"Andorra, ");
  private static final UnaryOperator<String> OTHER_VOTES = t -> t.replace(">ARGENTINA</organization>", ">ALBANIA</organization>");

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("the same bytes", SAMPLE, UnaryOperator.<String>identity(),
            "warning: b.txt: a copy of a.txt (byte for byte, symbol A/HRC/RES/45/32); read once", 0),
        Arguments.of("the same text, other bytes", SAMPLE, (UnaryOperator<String>) t -> t + "\n\n\n",
            "warning: b.txt: a copy of a.txt (the same text, symbol A/HRC/RES/45/32); read once", 0),
        Arguments.of("another text under the same symbol", SAMPLE,
            (UnaryOperator<String>) t -> t.replace("*Guidé* par les buts", "*Guidé* par les nobles buts"),
            "error: b.txt: the same document as a.txt (symbol A/HRC/RES/45/32), in the same language and format;"
                + " left out, as a corpus holds each language version of a document once per format", 1),
        Arguments.of("the same XML, other bytes", VOTED, (UnaryOperator<String>) t -> t + "\n",
            "warning: b.txt: a copy of a.txt (the same text, symbol A/HRC/RES/54/20); read once", 0),
        Arguments.of("the same XML but for the draft's sponsors", VOTED, OTHER_SPONSORS,
            "error: b.txt: the same document as a.txt (symbol A/HRC/RES/54/20), in the same language and format but with other"
                + " sponsors" + LEFT_OUT, 1),
        Arguments.of("the same XML but for one State's vote", VOTED, OTHER_VOTES,
            "error: b.txt: the same document as a.txt (symbol A/HRC/RES/54/20), in the same language and format but with other"
                + " votes" + LEFT_OUT, 1),
        Arguments.of("the same XML but for sponsors and votes", VOTED, (UnaryOperator<String>) t -> OTHER_VOTES.apply(OTHER_SPONSORS.apply(t)),
            "error: b.txt: the same document as a.txt (symbol A/HRC/RES/54/20), in the same language and format but with other"
                + " sponsors and votes" + LEFT_OUT, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void aSecondFileOfTheSameExpressionAndFormat(String what, Path first, UnaryOperator<String> second, String diagnostic,
      int leftOut) throws IOException {
    String text = Files.readString(first);
    WorkAssembler assembler = new WorkAssembler(new IriMinter("http://kg.example.org/"));
    assembler.add(DocumentParser.parse("a.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0));
    assembler.add(DocumentParser.parse("b.txt", second.apply(text).getBytes(StandardCharsets.UTF_8)).documents().get(0));

    WorkAssembler.Assembly assembly = assembler.assemble();

    assertEquals(List.of(diagnostic), assembly.diagnostics().stream().map(CopiesTest::render).toList());
    assertEquals(leftOut, assembly.leftOut());
    assertEquals(1, assembly.works().size());
    assertEquals(List.of(), assembly.works().get(0).expressions().get(0).others());
  }

  private static String render(Diagnostic d) {
    return d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.file() + ": " + d.message();
  }
}
