package org.w3id.hrckg.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.read.plain.PlainTextReader;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;
import org.w3id.hrckg.text.SourceDecoder;

/**
 * Reads a Word file (.docx, Office Open XML) with Apache POI, through its structure: the headers
 * (the symbol), the cover table cell by cell, one line per Word paragraph, the numbers Word's own
 * numbering gives ("1.", which are not in the text), footnote references as calls and the notes of
 * the footnotes part as footnotes ({@code [^2]} and {@code [^2]: ...}), the footers (the job
 * number). The text laid out so is the source offsets refer to, and is read as text is.
 */
public final class WordReader implements DocumentReader {

  @Override
  public InputFormat format() {
    return InputFormat.DOCX;
  }

  @Override
  public ResolutionText read(String fileName, byte[] bytes) throws InputFault {
    String text;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      text = new Layout(doc).text();
    } catch (IOException | RuntimeException e) {
      throw new InputFault(0, "not a readable Word file: " + e.getMessage());
    }
    return readLaidOut(fileName, bytes, text, "Word text", InputFormat.DOCX);
  }

  /** Reads the text a Word reader laid out, as text is: the source offsets refer to. */
  static ResolutionText readLaidOut(String fileName, byte[] bytes, String text, String encoding, InputFormat format)
      throws InputFault {
    if (text.chars().noneMatch(Character::isLetter)) {
      throw new InputFault(0, "the Word file holds no text");
    }
    return PlainTextReader.readText(SourceText.of(fileName, text, encoding, SourceDecoder.sha256(bytes)), format);
  }

  /** The text of one Word file, in reading order. */
  private static final class Layout {
    private final XWPFDocument doc;
    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The number of every footnote, by its id, in the order of its reference. */
    private final Map<BigInteger, Integer> noteNumbers = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final int firstNote;

    Layout(XWPFDocument doc) {
      this.doc = doc;
      var sect = doc.getDocument().getBody().getSectPr();
      this.firstNote = sect != null && sect.getFootnotePr() != null && sect.getFootnotePr().getNumStart() != null
          ? sect.getFootnotePr().getNumStart().getVal().intValue() : 1;
    }

    String text() {
      doc.getHeaderList().forEach(this::headerFooter);
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          paragraph(p);
        } else if (e instanceof XWPFTable t) {
          table(t);
        }
      }
      doc.getFooterList().forEach(this::headerFooter);
      lines.addAll(notes);
      return String.join("\n", lines) + "\n";
    }

    private void headerFooter(XWPFHeaderFooter part) {
      part.getParagraphs().forEach(p -> line(p.getText()));
    }

    private void table(XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          cell.getParagraphs().forEach(this::paragraph);
        }
      }
    }

    private void paragraph(XWPFParagraph p) {
      StringBuilder sb = new StringBuilder(number(p));
      for (XWPFRun run : p.getRuns()) {
        List<CTFtnEdnRef> refs = run.getCTR().getFootnoteReferenceList();
        if (refs.isEmpty()) {
          sb.append(run.text());
        }
        for (CTFtnEdnRef ref : refs) {
          sb.append("[^").append(note(ref.getId())).append(']');
        }
      }
      line(sb.toString());
    }

    /** The number Word's numbering prints before a paragraph ("1. "), counted level by level. */
    private String number(XWPFParagraph p) {
      if (p.getNumID() == null) {
        return "";
      }
      int level = p.getNumIlvl() != null ? p.getNumIlvl().intValue() : 0;
      String key = p.getNumID() + "/" + level;
      int start = p.getNumStartOverride() != null ? p.getNumStartOverride().intValue() : 1;
      int n = counters.merge(key, start, (a, b) -> a + 1);
      counters.keySet().removeIf(k -> k.startsWith(p.getNumID() + "/") && Integer.parseInt(k.substring(k.indexOf('/') + 1)) > level);
      String format = p.getNumLevelText() != null ? p.getNumLevelText() : "%1.";
      return format.replace("%" + (level + 1), String.valueOf(n)).replaceAll("%\\d", "") + " ";
    }

    /** The number of a footnote, its text added to the notes the first time it is called. */
    private int note(BigInteger id) {
      Integer known = noteNumbers.get(id);
      if (known != null) {
        return known;
      }
      int number = firstNote + noteNumbers.size();
      noteNumbers.put(id, number);
      XWPFFootnote footnote = doc.getFootnoteByID(id.intValue());
      StringBuilder sb = new StringBuilder();
      if (footnote != null) {
        footnote.getParagraphs().forEach(fp -> sb.append(sb.length() > 0 ? " " : "").append(fp.getText().strip()));
      }
      notes.add("[^" + number + "]: " + sb.toString().strip());
      return number;
    }

    private void line(String text) {
      String t = text.replace('\t', ' ').strip();
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
  }
}
