package org.w3id.hrckg.akn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the UN's Akoma Ntoso XML of a resolution ({@code ../shared/corpus/akn/fr} and {@code en}).
 * The XML parser refuses document type declarations and external entities, as Jena's own RDF/XML
 * parser does. The annexes (54/18 carries one, a draft covenant) are read as their paragraphs and
 * headings, in order.
 */
public final class AknReader {

  private static final String UNDOCS = "undocs.org/";

  /**
   * Files whose markup puts preambular paragraphs at the head of {@code mainBody}, with how many:
   * the ground truth moves them back to the preamble, where the UN's print and the other languages'
   * markup have them. Each checked by hand: A/HRC/RES/55/25 in English opens its main body with
   * "Remaining convinced that regional cooperation ...", a participle ending in a comma, which the
   * French markup has as the preamble's twenty-second paragraph ("Restant convaincu ...").
   */
  private static final Map<String, Integer> PREAMBLE_IN_MAIN_BODY = Map.of("A_HRC_RES_55_25E.xml", 1);

  private AknReader() {}

  /**
   * The files of one folder of the shared AKN corpus ({@code fr}, {@code en}...), in name order. The
   * folder only says where to look: the language of a text is what its markup says
   * ({@link AknResolution#language()}).
   */
  public static List<Path> files(Path shared, String folder) throws IOException {
    try (Stream<Path> files = Files.list(shared.resolve("corpus/akn").resolve(folder))) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  public static AknResolution read(Path file) throws IOException {
    Document doc = parse(file);
    Element cover = first(doc.getDocumentElement(), "coverPage");
    Element preface = first(doc.getDocumentElement(), "preface");
    Element preamble = first(doc.getDocumentElement(), "preamble");
    Element body = first(doc.getDocumentElement(), "mainBody");
    Element conclusions = first(doc.getDocumentElement(), "conclusions");

    Element session = first(cover, "session");
    List<Element> dates = elements(first(cover, "event"), "date");
    Element agenda = byName(cover, "agenda item");
    Element agendaName = byName(cover, "agenda item name");
    Element location = first(conclusions, "location");
    Element adoptionDate = first(conclusions, "docDate");
    Element outcome = first(conclusions, "outcome");
    String voteText = text(outcome);
    boolean withoutVote = outcome.getAttribute("refersTo").contains("WithoutVote");

    List<AknResolution.Paragraph> pre = new ArrayList<>();
    for (Element c : elements(preamble, "container")) {
      pre.add(paragraph(null, c));
    }
    List<AknResolution.Paragraph> op = new ArrayList<>();
    for (Element p : children(body, "paragraph")) {
      op.add(paragraph(text(first(p, "num")), p));
    }
    for (int k = PREAMBLE_IN_MAIN_BODY.getOrDefault(file.getFileName().toString(), 0); k > 0; k--) {
      AknResolution.Paragraph misplaced = op.remove(0);
      pre.add(new AknResolution.Paragraph(null, misplaced.blocks(), misplaced.links()));
    }
    String meeting = text(location);
    String language = first(doc.getDocumentElement(), "FRBRlanguage").getAttribute("language");
    AknResolution.Cover coverWords = new AknResolution.Cover(
        text(byRefersTo(cover, "docAuthority", "#publisher")), text(byRefersTo(cover, "docAuthority", "#issuingBody")),
        text(first(cover, "docStatus")), text(byName(cover, "originalLanguage")), text(byName(cover, "languageOfExpression")),
        text(byRefersTo(cover, "docAuthority", "#subsidiaryBody")),
        dates.isEmpty() ? null : text(dates.get(0)), dates.size() < 2 ? null : text(dates.get(1)), text(agenda),
        LocalDate.parse(byRefersTo(cover, "docDate", "#dateOfIssuance").getAttribute("date")));
    List<AknResolution.Piece> formula = new ArrayList<>();
    inline(first(first(preamble, "formula"), "p"), false, formula, new ArrayList<>());
    return new AknResolution(file.getFileName().toString(), language, coverWords,
        text(byRefersTo(cover, "docNumber", "#symbol")),
        sessionNumber(session, text(first(preface, "docNumber"))), text(session),
        dates.size() == 2 ? text(dates.get(0)) + "-" + text(dates.get(1)) : null,
        agenda != null ? Integer.valueOf(agenda.getAttribute("title")) : null,
        agendaName != null ? text(agendaName) : null,
        text(byRefersTo(cover, "docDate", "#dateOfIssuance")),
        text(first(cover, "docTitle")),
        text(first(preface, "docNumber")),
        text(first(preface, "docTitle")),
        formula, pre, op, meeting, Integer.valueOf(meeting.replaceAll("\\D.*", "")),
        LocalDate.parse(adoptionDate.getAttribute("date")), text(adoptionDate),
        voteText, voteLines(outcome), withoutVote,
        count(conclusions, "#inFavour"), count(conclusions, "#against"), count(conclusions, "#abstaining"),
        annex(first(doc.getDocumentElement(), "attachments")));
  }

  /** The paragraphs of every annex's main body, in order: a heading by its class ("HChG", "H1G"), else numbered or not. */
  private static List<AknResolution.AnnexParagraph> annex(Element attachments) {
    List<AknResolution.AnnexParagraph> out = new ArrayList<>();
    for (Element body : elements(attachments, "mainBody")) {
      for (Element p : elements(body, "paragraph")) {
        Element num = children(p, "num").isEmpty() ? null : children(p, "num").get(0);
        // A numbered paragraph in a heading's style (54/18's "2. In witness thereof") is a paragraph still.
        out.add(new AknResolution.AnnexParagraph(p.getAttribute("class").startsWith("H") && num == null, paragraph(text(num), p)));
      }
    }
    return out;
  }

  /** The session's number; where the markup leaves it empty, the first part of the resolution number. */
  private static int sessionNumber(Element session, String number) {
    String value = session.getAttribute("value");
    return Integer.parseInt(value.isEmpty() ? number.substring(0, number.indexOf('/')) : value);
  }

  private static AknResolution.Paragraph paragraph(String number, Element element) {
    List<List<AknResolution.Piece>> blocks = new ArrayList<>();
    List<String> links = new ArrayList<>();
    collectBlocks(element, blocks, links, new String[1]);
    return new AknResolution.Paragraph(number, blocks, links);
  }

  /** Each p is a block; the first block of a point starts with the point's letter. */
  private static void collectBlocks(Element e, List<List<AknResolution.Piece>> blocks, List<String> links, String[] label) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) {
        continue;
      }
      switch (child.getLocalName()) {
        case "p" -> {
          List<AknResolution.Piece> pieces = new ArrayList<>();
          if (label[0] != null) {
            pieces.add(new AknResolution.Piece(label[0] + " ", false, null, null));
            label[0] = null;
          }
          inline(child, false, pieces, links);
          blocks.add(pieces);
        }
        case "num", "authorialNote" -> { }
        case "point" -> collectBlocks(child, blocks, links, new String[] {text(children(child, "num").get(0))});
        default -> collectBlocks(child, blocks, links, label);
      }
    }
  }

  private static void inline(Node node, boolean italic, List<AknResolution.Piece> pieces, List<String> links) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        pieces.add(new AknResolution.Piece(n.getNodeValue(), italic, null, null));
      } else if (n instanceof Element e) {
        switch (e.getLocalName()) {
          case "authorialNote" -> {
            List<String> noteLinks = new ArrayList<>();
            collectLinks(e, noteLinks);
            links.addAll(noteLinks);
            pieces.add(new AknResolution.Piece("", false, e.getAttribute("marker"), text(e)));
          }
          case "span" -> inline(e, italic || e.getAttribute("class").contains("italic"), pieces, links);
          case "a" -> {
            link(e, links);
            inline(e, italic, pieces, links);
          }
          case "eol" -> pieces.add(new AknResolution.Piece(" ", italic, null, null));
          default -> inline(e, italic, pieces, links);
        }
      }
    }
  }

  private static void collectLinks(Element e, List<String> links) {
    NodeList as = e.getElementsByTagNameNS("*", "a");
    for (int i = 0; i < as.getLength(); i++) {
      link((Element) as.item(i), links);
    }
  }

  private static void link(Element a, List<String> links) {
    String href = a.getAttribute("href");
    int i = href.indexOf(UNDOCS);
    if (i >= 0) {
      String rest = href.substring(i + UNDOCS.length());
      links.add(rest.startsWith("fr/") || rest.startsWith("en/") ? rest.substring(3) : rest);
    }
  }

  /** The lines of a vote record: a line ends at each {@code eol} and before each group of States. */
  private static List<String> voteLines(Element outcome) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    collectLines(outcome, lines, line);
    flush(lines, line);
    return lines;
  }

  private static void collectLines(Node node, List<String> lines, StringBuilder line) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        line.append(n.getNodeValue());
      } else if (n instanceof Element e) {
        if (e.getLocalName().equals("eol") || e.getLocalName().equals("outcome")) {
          flush(lines, line);
        }
        collectLines(e, lines, line);
      }
    }
  }

  private static void flush(List<String> lines, StringBuilder line) {
    String s = squash(line.toString());
    if (!s.isEmpty()) {
      lines.add(s);
    }
    line.setLength(0);
  }

  private static Integer count(Element conclusions, String refersTo) {
    for (Element q : elements(conclusions, "quantity")) {
      if (refersTo.equals(q.getAttribute("refersTo"))) {
        return Integer.valueOf(q.getAttribute("normalized"));
      }
    }
    return null;
  }

  private static Element byName(Element cover, String name) {
    for (Element e : elements(cover, "inline")) {
      if (name.equals(e.getAttribute("name"))) {
        return e;
      }
    }
    return null;
  }

  private static Element byRefersTo(Element parent, String tag, String refersTo) {
    for (Element e : elements(parent, tag)) {
      if (refersTo.equals(e.getAttribute("refersTo"))) {
        return e;
      }
    }
    return null;
  }

  static String text(Node n) {
    return n == null ? null : squash(n.getTextContent());
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static Element first(Element parent, String tag) {
    List<Element> all = elements(parent, tag);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> elements(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList list = parent.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && tag.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
