package org.w3id.hrckg.read.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.read.plain.PlainTextReader;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;
import org.w3id.hrckg.text.SourceDecoder;

/**
 * Reads a PDF with Apache PDFBox, from the geometry of its pages: glyphs with their places and
 * sizes, and the rules the pages draw. Running headers and footers are told by where they stand
 * on the page, footnotes by the short rule over them, calls by their size and raise, a cover's
 * right-hand column by its place; the text laid out so ({@link PagedText}) is the source that
 * every offset refers to, and is read as text is. Each page's start is kept, so that every span
 * has its page.
 */
public final class PdfReader implements DocumentReader {

  @Override
  public InputFormat format() {
    return InputFormat.PDF;
  }

  @Override
  public ResolutionText read(String fileName, byte[] bytes) throws InputFault {
    List<PageGeometry.Page> pages;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new InputFault(0, "the PDF forbids taking its text out (it is encrypted)");
      }
      pages = PageGeometry.read(doc);
    } catch (IOException e) {
      throw new InputFault(0, "not a readable PDF: " + e.getMessage());
    }
    PagedText text = PagedText.of(pages);
    if (text.text().chars().noneMatch(Character::isLetter)) {
      throw new InputFault(0, "the PDF's " + pages.size() + " pages hold no text (a scan without a text layer?)");
    }
    SourceText source = SourceText.of(fileName, text.text(), "PDF text", SourceDecoder.sha256(bytes));
    return PlainTextReader.readText(source, InputFormat.PDF).withPages(text.pageStarts());
  }
}
