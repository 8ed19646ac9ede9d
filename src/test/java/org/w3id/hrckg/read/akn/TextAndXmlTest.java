package org.w3id.hrckg.read.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * Resolution 56/15 from its French text (a sample of the bundled corpus) and from its French XML
 * (the UN's markup): two manifestations of one expression give the same facts, but for the
 * differences listed here, each explained by what the sources hold.
 */
class TextAndXmlTest {

  private static ParsedDocument text;
  private static ParsedDocument xml;

  @BeforeAll
  static void parse() throws Exception {
    Path t = Path.of("corpus/fr/002_2ad9c2ff5ed1e863.txt");
    Path x = SharedFolder.path().resolve("corpus/akn/fr/A_HRC_RES_56_15F.xml");
    text = DocumentParser.parse(t.getFileName().toString(), Files.readAllBytes(t)).document();
    xml = DocumentParser.parse(x.getFileName().toString(), Files.readAllBytes(x)).document();
  }

  /** The sample text writes straight apostrophes where the UN's files write typographic ones. */
  private static String words(String s) {
    return s == null ? null : s.replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  @Test
  void theHeaderAndTheRecordOfAdoptionAreTheSame() {
    assertEquals(text.symbol(), xml.symbol());
    assertEquals(text.issuer(), xml.issuer());
    assertEquals(text.session(), xml.session());
    assertEquals(text.sessionStart(), xml.sessionStart());
    assertEquals(text.sessionEnd(), xml.sessionEnd());
    assertEquals(text.agendaItems(), xml.agendaItems());
    assertEquals(words(text.agendaTitle()), words(xml.agendaTitle()));
    assertEquals(words(text.title()), words(xml.title()));
    assertEquals(text.adoptionDate(), xml.adoptionDate());
    assertEquals(text.meetingNumber(), xml.meetingNumber());
    assertEquals(text.adoption().withoutVote(), xml.adoption().withoutVote());
  }

  @Test
  void theParagraphsAndTheirFactsAreTheSame() {
    assertEquals(text.paragraphs().size(), xml.paragraphs().size());
    for (int i = 0; i < text.paragraphs().size(); i++) {
      Paragraph a = text.paragraphs().get(i);
      Paragraph b = xml.paragraphs().get(i);
      String at = "paragraph " + (i + 1);
      assertEquals(a.preambular(), b.preambular(), at);
      assertEquals(a.openingPhrase(), b.openingPhrase(), at);
      assertEquals(words(a.text()), words(b.text()).replace("octobre2023", "octobre 2023"), at);
      assertEquals(citations(a, false), citations(b, false), at);
      assertEquals(a.mentions().stream().map(m -> m.kind() + " " + m.key()).toList(),
          b.mentions().stream().map(m -> m.kind() + " " + m.key()).toList(), at);
      assertEquals(a.outputs().stream().map(o -> o.kind() + " " + o.dueSessions() + " " + o.actor()).toList(),
          b.outputs().stream().map(o -> o.kind() + " " + o.dueSessions() + " " + o.actor()).toList(), at);
    }
  }

  /**
   * The differences, explained: the XML alone has a date of issue (its cover page), the draft and
   * its sponsors (its workflow) and subjects (its classification); its seventh preambular
   * paragraph writes "du 12 octobre2023", without the space, so the date stated for 54/28 is read
   * from the text only.
   */
  @Test
  void theDifferencesAreThoseOfTheSources() {
    assertNull(text.documentDate());
    assertEquals(LocalDate.of(2024, 7, 16), xml.documentDate());
    assertNull(text.draft());
    assertEquals("A/HRC/56/L.10/Rev.1", xml.draft().symbol());
    assertEquals(15, xml.draft().sponsors().size());
    assertEquals(List.of(), text.subjects());
    assertEquals(15, xml.subjects().size());
    List<String> dated = new ArrayList<>();
    for (int i = 0; i < text.paragraphs().size(); i++) {
      if (!citations(text.paragraphs().get(i), true).equals(citations(xml.paragraphs().get(i), true))) {
        dated.add((i + 1) + " " + citations(text.paragraphs().get(i), true) + " " + citations(xml.paragraphs().get(i), true));
      }
    }
    assertEquals(List.of("7 [A/RES/75/233 2020-12-21, A/HRC/RES/54/28 2023-10-12] [A/RES/75/233 2020-12-21, A/HRC/RES/54/28 null]"),
        dated);
  }

  private static List<String> citations(Paragraph p, boolean dates) {
    return p.citations().stream().map(c -> dates ? c.cited().symbol() + " " + c.statedDate() : describe(c)).toList();
  }

  private static String describe(Citation c) {
    return c.cited().symbol() + " " + c.function() + " " + c.basis() + " " + c.pinpoint() + " " + c.inFootnote();
  }
}
