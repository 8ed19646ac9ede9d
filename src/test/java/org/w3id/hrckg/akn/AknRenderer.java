package org.w3id.hrckg.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders an Akoma Ntoso resolution back to text in the two styles resolutions come in, with the
 * noise of each: a PDF extraction (lines broken at the margin, blank lines between lines, page
 * headers and footers, footnotes at page bottoms with their calls glued to words, spaces that PDF
 * extraction puts around apostrophes and hyphens) and a Markdown-like conversion (header blocks
 * glued by bold markers, italic openers, {@code <sup>} calls, paragraphs cut by page breaks).
 * The noise is drawn from a seeded generator, so that every run renders the same texts.
 */
final class AknRenderer {

  private static final int WIDTH = 88;
  private static final int PAGE = 42;

  private AknRenderer() {}

  // ---------------------------------------------------------------- PDF extraction

  static String pdf(AknResolution r, long seed) {
    return new Pdf(r, new Random(seed)).render();
  }

  private static final class Pdf {
    private final AknResolution r;
    private final Random random;
    private final boolean blankBetweenLines;
    private final boolean noteOnOneLine;
    private final List<String> out = new ArrayList<>();
    private final List<String> pageNotes = new ArrayList<>();
    private int linesOnPage;
    private int page = 1;
    private final String job;

    Pdf(AknResolution r, Random random) {
      this.r = r;
      this.random = random;
      this.blankBetweenLines = random.nextBoolean();
      this.noteOnOneLine = random.nextBoolean();
      this.job = "GE." + (r.adoptionDate().getYear() % 100) + "-" + (10000 + random.nextInt(89999));
    }

    String render() {
      boolean mastheadFirst = random.nextBoolean();
      if (mastheadFirst) {
        masthead();
      }
      line("Conseil des droits de l’homme");
      line(r.sessionName());
      if (r.sessionDates() != null) {
        line(r.sessionDates());
      }
      if (r.agendaItem() != null) {
        line("Point " + r.agendaItem() + " de l’ordre du jour");
        wrap(r.agendaTitle(), "");
      }
      wrap(r.adoptionNotice(), "");
      if (random.nextBoolean()) {
        line(r.number().replaceAll("\\.$", ""));
        wrap(r.title(), "");
      } else {
        wrap(r.number() + " " + r.title(), "");
      }
      line("Le Conseil des droits de l’homme,");
      for (AknResolution.Paragraph p : r.preamble()) {
        paragraph(p, "");
      }
      if (!mastheadFirst) {
        masthead();
      }
      for (AknResolution.Paragraph p : r.operative()) {
        paragraph(p, p.number() != null ? p.number() + " " : "");
      }
      line(r.meeting());
      line(r.adoptionDateText());
      wrap(r.voteText(), "");
      flushNotes();
      return String.join("\n", out) + "\n";
    }

    private void masthead() {
      line("Nations Unies " + r.symbol());
      line("Assemblée générale Distr. générale");
      line(r.issueDate());
      line("Français");
      line("Original : anglais");
    }

    private void paragraph(AknResolution.Paragraph p, String number) {
      boolean first = true;
      for (List<AknResolution.Piece> block : p.blocks()) {
        wrapPieces(block, first ? number : "");
        first = false;
      }
    }

    /** Wraps a block at the margin; footnote calls are glued to the word before them. */
    private void wrapPieces(List<AknResolution.Piece> pieces, String lead) {
      StringBuilder text = new StringBuilder(lead);
      List<String> notes = new ArrayList<>();
      for (AknResolution.Piece piece : pieces) {
        if (piece.isNote()) {
          while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
          }
          text.append(piece.noteLabel());
          notes.add(piece.noteLabel() + " " + piece.noteText());
        } else {
          text.append(piece.text());
        }
      }
      wrap(text.toString().replaceAll("\\s+", " ").strip(), "");
      pageNotes.addAll(notes);
    }

    private void wrap(String text, String lead) {
      String s = damage(lead + text);
      StringBuilder current = new StringBuilder();
      for (String word : s.split(" ")) {
        if (current.length() + word.length() + 1 > WIDTH && current.length() > 0) {
          line(current.toString());
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(word);
      }
      if (current.length() > 0) {
        line(current.toString());
      }
    }

    /** The spaces PDF extraction puts around apostrophes and hyphens, now and then. */
    private String damage(String s) {
      if (random.nextInt(4) == 0) {
        s = s.replaceFirst("\\b([ld])’(\\p{L})", "$1 ’$2");
      }
      if (random.nextInt(5) == 0) {
        s = s.replaceFirst("(\\p{Ll})-(\\p{Ll})", "$1 -$2");
      }
      if (random.nextInt(4) == 0) {
        s = s.replaceFirst(" ", "  ");
      }
      return s;
    }

    private void line(String text) {
      String indent = random.nextInt(6) == 0 ? " " : "";
      out.add(indent + text + (random.nextInt(3) == 0 ? " " : ""));
      if (blankBetweenLines) {
        out.add("");
      }
      if (++linesOnPage >= PAGE) {
        pageBreak();
      }
    }

    private void pageBreak() {
      flushNotes();
      page++;
      linesOnPage = 0;
      out.add(r.symbol());
      out.add(page % 2 == 0 ? page + " " + job : job + " " + page);
      if (blankBetweenLines) {
        out.add("");
      }
    }

    private void flushNotes() {
      if (pageNotes.isEmpty()) {
        return;
      }
      out.add("__________________");
      for (String note : pageNotes) {
        int space = note.indexOf(' ');
        if (noteOnOneLine) {
          out.add(" " + note);
        } else {
          out.add(note.substring(0, space));
          out.add(" " + note.substring(space + 1));
        }
      }
      pageNotes.clear();
    }
  }

  // ---------------------------------------------------------------- Markdown conversion

  static String markdown(AknResolution r, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder("\n\n");
    sb.append("**Conseil des droits de l'homme****").append(r.sessionName()).append("**\n\n");
    if (r.sessionDates() != null) {
      sb.append(r.sessionDates()).append("\n\n");
    }
    if (r.agendaItem() != null) {
      sb.append("Point ").append(r.agendaItem()).append(" de l'ordre du jour\n\n").append(r.agendaTitle());
    }
    String notice = r.adoptionNotice().replaceFirst(" le ", random.nextBoolean() ? "\nle " : " le ");
    sb.append("**").append(notice).append("****").append(r.number()).append(' ').append(r.title()).append("**");
    sb.append(random.nextBoolean() ? "*Le Conseil des droits de l'homme,*\n\n" : "\n\n*Le Conseil des droits de l'homme,*\n\n");
    for (AknResolution.Paragraph p : r.preamble()) {
      markdownParagraph(sb, p, "", random);
    }
    for (AknResolution.Paragraph p : r.operative()) {
      markdownParagraph(sb, p, p.number() != null ? p.number() + " " : "", random);
    }
    sb.append('*').append(r.meeting().replaceFirst("^(\\d+)e", "$1<sup>e</sup>")).append("  \n")
        .append(r.adoptionDateText()).append("*\n\n").append(r.voteText()).append("\n\n---\n");
    return sb.toString().replace('’', '\'');
  }

  private static void markdownParagraph(StringBuilder sb, AknResolution.Paragraph p, String lead, Random random) {
    List<String> notes = new ArrayList<>();
    boolean first = true;
    for (List<AknResolution.Piece> block : p.blocks()) {
      StringBuilder text = new StringBuilder(first ? lead : "");
      first = false;
      for (AknResolution.Piece piece : block) {
        if (piece.isNote()) {
          text.append("<sup>").append(piece.noteLabel()).append("</sup>");
          notes.add("<sup>" + piece.noteLabel() + "</sup> " + piece.noteText());
        } else if (piece.italic() && !piece.text().isBlank()) {
          text.append('*').append(piece.text().strip()).append("* ");
        } else {
          text.append(piece.text());
        }
      }
      String s = text.toString().replaceAll("[ \\t]+", " ").replace(" ,", ",").strip();
      if (s.length() > 400 && random.nextInt(4) == 0) {
        int cut = s.indexOf(' ', s.length() / 2);
        s = s.substring(0, cut) + "\n\n" + (random.nextBoolean() ? "\n\n" : "") + s.substring(cut + 1);
      }
      sb.append(s).append("\n\n");
    }
    for (String note : notes) {
      sb.append(note).append("\n\n");
    }
  }
}
