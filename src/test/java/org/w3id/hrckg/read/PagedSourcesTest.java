package org.w3id.hrckg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.cli.HrcKg;
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

  @Test
  void aWord97FileIsReadThroughItsListNumberingAndFootnotes() throws IOException {
    ParsedDocument d = parsed(UnFixtures.doc(akn("A_HRC_RES_54_10F.xml")));
    assertEquals(InputFormat.DOC, d.format());
    assertEquals("A/HRC/RES/54/10", d.symbol());
    assertEquals(13, d.operative().size(), "Word's list numbering, not in the text, gives the operative paragraphs");
    assertTrue(d.operative().get(3).text().startsWith("Prie le Rapporteur spécial de participer"), d.operative().get(3).text());
    assertEquals(0, d.source().placement().unplaced(), d.source().placement().toString());
    assertTrue(d.preamble().get(10).citations().stream().anyMatch(c -> c.inFootnote() && c.cited().symbol().equals("A/76/207")),
        "footnote 2 (Word's numbering starts at 2, as the document's properties say) is a footnote of the paragraph calling it");
  }

  /** Compound files that are no readable Word 97-2003 document, each with what its diagnostic must say. */
  private static java.util.Map<String, String> hostileWordFiles() {
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put("cut.doc", "not a readable Word 97-2003 file");
    files.put("sheet.doc", "an Excel workbook, not a Word document");
    files.put("locked.doc", "an encrypted (password-protected) Office file");
    files.put("secret.doc", "the Word file is encrypted (password-protected)");
    files.put("empty-ole.doc", "an OLE2 compound file, not a Word document");
    return files;
  }

  private static byte[] hostile(String name) throws IOException {
    byte[] doc = Files.readAllBytes(UnFixtures.doc(akn("A_HRC_RES_54_10F.xml")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (name) {
      case "cut.doc" -> out.write(Arrays.copyOf(doc, doc.length / 3));
      case "sheet.doc" -> {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
          book.createSheet("votes").createRow(0).createCell(0).setCellValue("A/HRC/RES/54/10");
          book.write(out);
        }
      }
      case "locked.doc" -> {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
          Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
          encryptor.confirmPassword("secret");
          try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(Files.readAllBytes(UnFixtures.docx(akn("A_HRC_RES_54_10F.xml"))));
          } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
          }
          fs.writeFilesystem(out);
        }
      }
      case "secret.doc" -> {
        // Word 97-2003's own encryption (RC4 CryptoAPI), as Word writes a .doc saved with a password.
        HWPFDocument word = new HWPFDocument(new java.io.ByteArrayInputStream(doc));
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
          word.write(out);
        } finally {
          Biff8EncryptionKey.setCurrentUserPassword(null);
        }
      }
      default -> {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
          fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "Contents");
          fs.writeFilesystem(out);
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void aWordFileThatIsNoWord97DocumentIsReportedByName() throws IOException {
    for (var e : hostileWordFiles().entrySet()) {
      DocumentParser.Outcome outcome = DocumentParser.parse(e.getKey(), hostile(e.getKey()));
      assertNull(outcome.document(), e.getKey());
      assertTrue(outcome.diagnostics().get(0).toString().startsWith(e.getKey() + ": error: " + e.getValue()), outcome.diagnostics().toString());
    }
  }

  @TempDir
  Path dir;

  @Test
  void aBuildReportsBadWordFilesAndBuildsTheOthers() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(UnFixtures.doc(akn("A_HRC_RES_54_10F.xml")), corpus.resolve("A_HRC_RES_54_10F.doc"));
    Files.copy(UnFixtures.doc(akn("A_HRC_RES_54_15E.xml")), corpus.resolve("A_HRC_RES_54_15E.doc"));
    for (String name : hostileWordFiles().keySet()) {
      Files.write(corpus.resolve(name), hostile(name));
    }
    Path dump = dir.resolve("out.nq");
    StringWriter err = new StringWriter();
    var cli = HrcKg.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int status = cli.execute("build", "--corpus", corpus.toString(), "--out", dump.toString(), "--quiet");

    assertEquals(1, status, "a data problem: " + err);
    for (var e : hostileWordFiles().entrySet()) {
      assertTrue(err.toString().contains(e.getKey() + ": error: " + e.getValue()), err.toString());
    }
    assertTrue(!err.toString().contains("Exception") && !err.toString().contains("\tat "), err.toString());
    String written = Files.readString(dump);
    assertTrue(written.contains("A_HRC_RES_54_10F.doc") && written.contains("A_HRC_RES_54_15E.doc"), "both Word 97 files are built");
  }
}
