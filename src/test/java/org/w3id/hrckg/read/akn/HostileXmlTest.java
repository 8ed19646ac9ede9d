package org.w3id.hrckg.read.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.LoopbackCanary;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * Hostile XML is refused with an error naming the file, and nothing is read from disk or network:
 * an external entity naming a local file, the billion laughs, an external DTD and a parameter
 * entity pointing at a listener the test starts (which must hear nothing).
 */
class HostileXmlTest {

  @RegisterExtension
  static final LoopbackCanary canary = new LoopbackCanary();

  @TempDir
  Path dir;

  private static final String BODY = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement>"
      + "<preamble><formula><p>The Human Rights Council,</p></formula></preamble>"
      + "<mainBody><paragraph><content><p>Decides &x;.</p></content></paragraph></mainBody></statement></akomaNtoso>";

  private DocumentParser.Outcome parse(String xml) {
    return DocumentParser.parse("hostile.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void refused(DocumentParser.Outcome outcome, String why) {
    assertFalse(outcome.parsed(), "no document from hostile XML");
    List<Diagnostic> errors = outcome.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), outcome.diagnostics().toString());
    assertEquals("hostile.xml", errors.get(0).file());
    assertTrue(errors.get(0).message().contains(why), errors.get(0).message());
  }

  @Test
  void anExternalEntityNamingALocalFileIsNotRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
    DocumentParser.Outcome outcome = parse("<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>" + BODY);
    refused(outcome, "document type declaration");
    assertFalse(outcome.diagnostics().toString().contains("SECRET-CONTENT"));
  }

  @Test
  void theBillionLaughsAreNotExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY x0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("<!ENTITY x \"&x9;\">]>");
    refused(parse(dtd + BODY), "document type declaration");
  }

  @Test
  void anExternalDtdAndParameterEntityReachNoListener() {
    refused(parse("<!DOCTYPE akomaNtoso SYSTEM \"" + canary.url("dtd") + "\">" + BODY), "document type declaration");
    refused(parse("<!DOCTYPE akomaNtoso [<!ENTITY % p SYSTEM \"" + canary.url("param") + "\"> %p;]>" + BODY),
        "document type declaration");
    refused(parse("<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"" + canary.url("entity") + "\">]>" + BODY),
        "document type declaration");
    assertEquals(List.of(), canary.heard());
  }

  @Test
  void anUndeclaredEntityIsAnErrorWithItsLine() {
    DocumentParser.Outcome outcome = parse(BODY);
    refused(outcome, "x");
    assertEquals(1, outcome.diagnostics().get(0).line());
  }

  @Test
  void xmlThatIsNotWellFormedIsAnErrorWithItsLine() {
    DocumentParser.Outcome outcome = parse("<akomaNtoso>\n<statement>\n</akomaNtoso>");
    refused(outcome, "not well-formed XML");
    assertEquals(3, outcome.diagnostics().get(0).line());
  }
}
