package org.w3id.hrckg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.TextLine;

/**
 * Where a preamble's lines are cut into paragraphs: a capitalised participle at a line's start
 * opens a paragraph even after a lost comma, but not where it goes on with a name the line before
 * began. Each row is a preamble, its lines separated by {@code |}, and how many paragraphs it has.
 */
class ParagraphSegmenterTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      en; Recalling its resolution 5/1,|Recalling also its resolution 5/2,; 2
      en; Recalling its resolution 5/1|Recalling also its resolution 5/2,; 2
      en; Recalling the Declaration on Human Rights and|Recognizing that peace is not only the absence of conflict,; 2
      en; Taking note of the Recommendation on Education for Peace and Human Rights, International|Understanding, Cooperation, Fundamental Freedoms and Sustainable Development,; 1
      en; Welcoming the work of the Open-ended Intergovernmental|Working Group on the rights of peasants,; 1
      fr; Rappelant sa résolution 5/1|Rappelant également sa résolution 5/2,; 2
      """)
  void cutsThePreamble(String language, String lines, int paragraphs) {
    List<TextLine> body = new ArrayList<>();
    for (String line : lines.split("\\|")) {
      body.add(new TextLine(body.size() + 1, OffsetText.of(line)));
    }
    ParagraphSegmenter.Segments s = ParagraphSegmenter.segment(body, Profiles.of(Language.ofCode(language).orElseThrow()).orElseThrow());
    assertEquals(paragraphs, s.preamble().size(), s.preamble().toString());
  }
}
