package org.w3id.hrckg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.fixtures.UnFixtures;
import org.w3id.hrckg.fixtures.UnFixtures.Producer;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The PDF and Word readers behind the seam: chosen by the file's bytes, every letter of the file
 * placed, the page of every span kept for a PDF, and a file they cannot read reported by name.
 */
class PagedSourcesTest {

  private static Path akn(String name) {
    return UnFixtures.corpus().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
  }

  private static ParsedDocument parsed(Path file) throws IOException {
    DocumentParser.Outcome outcome = DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
    assertTrue(outcome.parsed(), outcome.diagnostics().toString());
    return outcome.document();
  }

  @Test
  void aPdfKeepsThePageOfEverySpanAndPlacesEveryLetter() throws IOException {
    ParsedDocument d = parsed(UnFixtures.pdf(Producer.PDFBOX, akn("A_HRC_RES_54_10F.xml")));
    assertEquals(InputFormat.PDF, d.format());
    assertEquals("A/HRC/RES/54/10", d.symbol());
    assertEquals(0, d.source().placement().unplaced(), d.source().placement().toString());
    Paragraph first = d.preamble().get(0);
    Paragraph op4 = d.operative().get(3);
    assertTrue(op4.text().startsWith("Prie le Rapporteur spécial de participer"), op4.text());
    assertEquals(1, d.source().pageOf(first.span().start()), "the first preambular paragraph is on the cover");
    assertEquals(3, d.source().pageOf(op4.span().start()), "operative paragraph 4 opens the third page");
    assertEquals(4, d.source().pages().size());
  }

  @Test
  void aWordFileIsReadThroughItsNumberingAndFootnotes() throws IOException {
    ParsedDocument d = parsed(UnFixtures.docx(akn("A_HRC_RES_54_10F.xml")));
    assertEquals(InputFormat.DOCX, d.format());
    assertEquals("A/HRC/RES/54/10", d.symbol());
    assertEquals(13, d.operative().size(), "Word's numbering, not in the text, gives the operative paragraphs");
    assertEquals(0, d.source().placement().unplaced(), d.source().placement().toString());
    assertTrue(d.preamble().get(10).citations().stream().anyMatch(c -> c.inFootnote() && c.cited().symbol().equals("A/76/207")),
        "the citations of a footnote belong to the paragraph that calls it");
  }

  @Test
  void aBrokenPdfIsReportedByNameAndLeftOut() throws IOException {
    byte[] pdf = Files.readAllBytes(UnFixtures.pdf(Producer.PDFBOX, akn("A_HRC_RES_54_10F.xml")));
    DocumentParser.Outcome outcome = DocumentParser.parse("cut.pdf", Arrays.copyOf(pdf, 2000));
    assertNull(outcome.document());
    assertTrue(outcome.diagnostics().get(0).toString().startsWith("cut.pdf: error: not a readable PDF"), outcome.diagnostics().toString());
  }
}
