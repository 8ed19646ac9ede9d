package org.w3id.hrckg.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;

/**
 * Reads a Word 97-2003 file (.doc, an OLE2 compound file holding a {@code WordDocument} stream)
 * with Apache POI's HWPF, through its structure, laid out as {@link WordReader} lays out a .docx:
 * the headers (the symbol), one line per Word paragraph (a table cell's paragraphs each on its
 * own line), the numbers Word's list numbering prints (which are not in the text), footnote
 * references as calls and the footnotes' own text as notes ({@code [^2]} and {@code [^2]: ...}),
 * the footers (the job number). The text laid out so is the source offsets refer to.
 *
 * <p>Other compound files (an Excel workbook, a PowerPoint deck, an encrypted Office Open XML
 * package, whose OLE2 container holds an {@code EncryptedPackage}) are refused by what they hold.
 */
public final class BinaryWordReader implements DocumentReader {

  /** The stream every Word 97-2003 file holds. */
  private static final String WORD_STREAM = "WordDocument";
  /** The character Word puts in the text where an auto-numbered footnote is called, and before its note. */
  private static final char NOTE_MARK = '\u0002';

  @Override
  public InputFormat format() {
    return InputFormat.DOC;
  }

  @Override
  public ResolutionText read(String fileName, byte[] bytes) throws InputFault {
    String text;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      refuseOtherCompoundFiles(fs);
      text = new Layout(new HWPFDocument(fs)).text();
    } catch (EncryptedDocumentException e) {
      throw new InputFault(0, "the Word file is encrypted (password-protected): its text cannot be read");
    } catch (OldWordFileFormatException e) {
      throw new InputFault(0, "a Word 6 or Word 95 file, which this build does not read: save it as .docx");
    } catch (IOException | RuntimeException e) {
      throw new InputFault(0, "not a readable Word 97-2003 file: " + e.getMessage());
    }
    return WordReader.readLaidOut(fileName, bytes, text, "Word 97-2003 text", InputFormat.DOC);
  }

  /** A compound file that is no Word document, named by the streams it holds. */
  private static void refuseOtherCompoundFiles(POIFSFileSystem fs) throws InputFault {
    Set<String> entries = new TreeSet<>(fs.getRoot().getEntryNames());
    if (entries.contains(WORD_STREAM)) {
      return;
    }
    if (entries.contains("EncryptedPackage")) {
      throw new InputFault(0, "an encrypted (password-protected) Office file: its text cannot be read");
    }
    String kind = entries.contains("Workbook") || entries.contains("Book") ? "an Excel workbook"
        : entries.contains("PowerPoint Document") ? "a PowerPoint presentation" : "an OLE2 compound file";
    throw new InputFault(0, kind + ", not a Word document (it holds " + String.join(", ", entries) + ", no " + WORD_STREAM + ")");
  }

  /** The text of one Word 97-2003 file, in reading order. */
  private static final class Layout {
    private final HWPFDocument doc;
    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final AbstractWordUtils.NumberingState numbering = new AbstractWordUtils.NumberingState();
    private final HeaderStories stories;

    Layout(HWPFDocument doc) {
      this.doc = doc;
      this.stories = new HeaderStories(doc);
    }

    String text() {
      story(stories.getFirstHeaderSubrange());
      story(stories.getOddHeaderSubrange());
      story(stories.getEvenHeaderSubrange());
      Range body = doc.getRange();
      for (int i = 0; i < body.numParagraphs(); i++) {
        paragraph(body.getParagraph(i));
      }
      story(stories.getFirstFooterSubrange());
      story(stories.getOddFooterSubrange());
      story(stories.getEvenFooterSubrange());
      lines.addAll(notes);
      return String.join("\n", lines) + "\n";
    }

    /** A header or footer, its fields (a page number's) shown as their results. */
    private void story(Range range) {
      if (range == null) {
        return;
      }
      for (int i = 0; i < range.numParagraphs(); i++) {
        line(Range.stripFields(range.getParagraph(i).text()));
      }
    }

    private void paragraph(Paragraph p) {
      String number = p.isInList() && p.getList() != null
          ? AbstractWordUtils.getBulletText(numbering, p.getList(), (char) p.getIlvl()) : "";
      StringBuilder sb = new StringBuilder(number.replace('\t', ' '));
      String text = Range.stripFields(p.text());
      int start = p.getStartOffset();
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == NOTE_MARK) {
          sb.append("[^").append(note(start + k)).append(']');
        } else {
          sb.append(c);
        }
      }
      line(sb.toString());
    }

    /** The number of the footnote called at a position of the main text, its note added to the notes. */
    private int note(int position) {
      Notes footnotes = doc.getFootnotes();
      int index = footnotes.getNoteIndexByAnchorPosition(position);
      int number = firstNote() + (index < 0 ? notes.size() : index);
      StringBuilder sb = new StringBuilder();
      if (index >= 0) {
        Range all = doc.getFootnoteRange();
        int from = all.getStartOffset() + footnotes.getNoteTextStartOffset(index);
        int to = all.getStartOffset() + footnotes.getNoteTextEndOffset(index);
        sb.append(Range.stripFields(new Range(from, to, doc).text()).replace(String.valueOf(NOTE_MARK), ""));
      }
      notes.add("[^" + number + "]: " + clean(sb.toString()));
      return number;
    }

    /** The number of the first footnote, which Word keeps in the document's properties. */
    private int firstNote() {
      int start = doc.getDocProperties().getNFtn();
      return start > 0 ? start : 1;
    }

    private void line(String text) {
      String t = clean(text);
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }

    /** A paragraph's text without Word's control characters (cell and row ends, breaks) and tabs. */
    private static String clean(String text) {
      StringBuilder sb = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        sb.append(c == '\t' || c == '\u000b' || c == '\r' || c == '\u0007' || c == '\u000c' ? ' '
            : c == '\u001e' ? '\u2011' : c == '\u001f' ? '\u00ad' : c);
      }
      return sb.toString().replaceAll("[\\u0000-\\u0008\\u000e-\\u001f]", "").replaceAll(" {2,}", " ").strip();
    }
  }
}
