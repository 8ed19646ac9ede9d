package org.w3id.hrckg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;

/** What the decoder makes of the bytes files come in, and what it refuses. */
class SourceDecoderTest {

  private final List<InputFault> warnings = new ArrayList<>();

  private SourceText decode(byte[] bytes) throws InputFault {
    return SourceDecoder.decode("t.txt", bytes, warnings::add);
  }

  @Test
  void readsUtf8AndDropsItsByteOrderMark() throws InputFault {
    byte[] body = "Le Conseil des droits de l’homme,".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    SourceText d = decode(withBom);
    assertEquals("Le Conseil des droits de l’homme,", d.text());
    assertEquals("UTF-8", d.encoding());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void readsWindows1252WithAWarningThatNamesTheLine() throws InputFault {
    byte[] latin = "Conseil\nRéaffirmant « la résolution »".getBytes(Charset.forName("windows-1252"));
    SourceText d = decode(latin);
    assertEquals("Conseil\nRéaffirmant « la résolution »", d.text());
    assertEquals("windows-1252", d.encoding());
    assertEquals(1, warnings.size());
    assertEquals(2, warnings.get(0).line());
  }

  @Test
  void readsUtf16WithItsByteOrderMark() throws InputFault {
    String text = "Le Conseil des droits de l’homme,\nRappelant";
    for (Charset utf16 : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      SourceText d = decode(("\uFEFF" + text).getBytes(utf16));
      assertEquals(text, d.text(), utf16.name());
      assertEquals("UTF-16", d.encoding());
    }
    assertTrue(warnings.isEmpty());
  }

  @Test
  void readsUtf16WithoutByteOrderMarkWithAWarning() throws InputFault {
    String text = "Le Conseil des droits de l’homme,\nRappelant sa résolution 5/1";
    SourceText le = decode(text.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(text, le.text());
    assertEquals("UTF-16LE", le.encoding());
    SourceText be = decode(text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("UTF-16BE", be.encoding());
    assertEquals(2, warnings.size());
    assertTrue(warnings.get(0).getMessage().contains("UTF-16 without byte order mark"), warnings.get(0).getMessage());
  }

  @Test
  void refusesAnEmptyFile() {
    InputFault f = assertThrows(InputFault.class, () -> decode(new byte[0]));
    assertEquals("the file is empty", f.getMessage());
  }

  @Test
  void refusesAFileOfWhiteSpace() {
    InputFault f = assertThrows(InputFault.class, () -> decode("  \n\n \t".getBytes(StandardCharsets.UTF_8)));
    assertEquals("the file holds only white space", f.getMessage());
  }

  @Test
  void refusesABinaryFileAndSaysWhere() {
    byte[] pdfLike = "%PDF-1.7\n%\u00e2\u00e3\nobj\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
    InputFault f = assertThrows(InputFault.class, () -> decode(pdfLike));
    assertEquals(3, f.line());
    assertTrue(f.getMessage().startsWith("binary file, not text (control byte 0x00 on line 3)"), f.getMessage());
  }

  @Test
  void keepsTheChecksumOfTheBytes() throws InputFault {
    assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        decode("hello".getBytes(StandardCharsets.UTF_8)).sha256());
  }
}
