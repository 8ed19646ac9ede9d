package org.w3id.hrckg.read.akn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3id.hrckg.assemble.Identity;
import org.w3id.hrckg.assemble.Reidentification;
import org.w3id.hrckg.assemble.Reidentifications;
import org.w3id.hrckg.assemble.WorkAssembler;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.Vote;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * A folder of the UN's Akoma Ntoso files parsed, each file with what the parser found in it (under
 * the symbol the build reads it as: re-identified by its draft where it bears another resolution's) and
 * what the XML says of itself, read with the JDK's own DOM parser, apart from the reader under test:
 * its operative paragraphs by their numbers, its preamble's containers, each State's vote.
 */
final class AknCorpus {

  private static final Pattern NUMBER = Pattern.compile("(?U)\\s*\\d{1,3}\\s*[.-]\\s*");
  /** The warning of a name in a voters list that is no State's. */
  private static final Pattern NOT_A_STATE = Pattern.compile("not the name of a State in the list of the recorded vote: \"(.*)\"");
  /** The warning of a name in a draft's sponsor list that is no State's. */
  private static final Pattern NOT_A_SPONSOR = Pattern.compile("not the name of a State in the sponsor list: \"(.*)\"");
  /** The commas of lists in the six languages. */
  private static final Pattern LIST_COMMA = Pattern.compile("[,،、，]");
  private static final String[] CHOICES = {"inFavour", "against", "abstaining"};

  /** One resolution of one file: what was parsed, and what the XML's markup counts. */
  record Resolution(String file, ParsedDocument document, int markedPreambular, int markedOperative, List<Integer> markedVotes) {

    /** The row of the committed baseline: counts of what the parser found. */
    String row() {
      ParsedDocument d = document;
      int citations = 0;
      int funds = 0;
      int outputs = 0;
      for (Paragraph p : d.paragraphs()) {
        citations += p.citations().size();
        funds += (int) p.mentions().stream().filter(m -> m.kind() == Mention.Kind.FUND).count();
        outputs += p.outputs().size();
      }
      return String.join("\t", file, d.symbol(), d.language().code(), String.valueOf(d.preamble().size()),
          String.valueOf(d.operative().size()), String.valueOf(citations), String.valueOf(funds), String.valueOf(outputs),
          votes(d).toString().replace(" ", ""));
    }
  }

  /** Each State's vote, counted per choice (in favour, against, abstaining). */
  static List<Integer> votes(ParsedDocument d) {
    List<Integer> counts = new ArrayList<>();
    for (Vote.Choice c : Vote.Choice.values()) {
      counts.add(d.adoption() == null ? 0 : (int) d.adoption().casts().stream().filter(x -> x.choice() == c).count());
    }
    return counts;
  }

  final List<Resolution> resolutions = new ArrayList<>();
  final List<Diagnostic> errors = new ArrayList<>();
  /** The names of a voters list that are no State's, as "file\tname". */
  final List<String> unresolved = new ArrayList<>();
  /** The names of a draft's sponsor list that are no State's, as "file\tname". */
  final List<String> unresolvedSponsors = new ArrayList<>();
  final Map<String, Integer> files = new TreeMap<>();

  /** Parses every {@code .xml} file of the folders. */
  static AknCorpus of(List<Path> folders) throws Exception {
    AknCorpus corpus = new AknCorpus();
    for (Path folder : folders) {
      List<Path> xml;
      try (Stream<Path> s = Files.list(folder)) {
        xml = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      }
      for (Path p : xml) {
        corpus.add(folder.getFileName() + "/" + p.getFileName(), p);
      }
    }
    corpus.reidentify();
    return corpus;
  }

  /** As the build reads them: a file that bears another resolution's symbol, re-identified by its draft. */
  private void reidentify() {
    WorkAssembler works = new WorkAssembler(new IriMinter("http://kg.example.org/"));
    List<Identity> index = new ArrayList<>();
    for (int i = 0; i < resolutions.size(); i++) {
      index.add(works.identity(String.valueOf(i), resolutions.get(i).document()));
    }
    for (Reidentification r : Reidentifications.of(index)) {
      int i = Integer.parseInt(r.reference());
      Resolution was = resolutions.get(i);
      resolutions.set(i, new Resolution(was.file(), r.apply(was.document()), was.markedPreambular(), was.markedOperative(),
          was.markedVotes()));
    }
  }

  private void add(String name, Path file) throws Exception {
    DocumentParser.Outcome outcome = DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
    outcome.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
    for (Diagnostic d : outcome.diagnostics()) {
      Matcher m = NOT_A_STATE.matcher(d.message());
      if (m.matches()) {
        unresolved.add(name + "\t" + m.group(1));
      }
      Matcher sponsor = NOT_A_SPONSOR.matcher(d.message());
      if (sponsor.matches()) {
        unresolvedSponsors.add(name + "\t" + sponsor.group(1));
      }
    }
    List<Element> statements = statements(file);
    files.put(name, outcome.documents().size());
    for (int i = 0; i < outcome.documents().size(); i++) {
      Element s = i < statements.size() ? statements.get(i) : null;
      resolutions.add(new Resolution(name, outcome.documents().get(i), s == null ? -1 : preambleContainers(s),
          s == null ? -1 : numberedParagraphs(s), s == null ? List.of() : voters(s)));
    }
  }

  /** The resolutions of a file as the DOM sees them: statements outside annexes. */
  private static List<Element> statements(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document doc = f.newDocumentBuilder().parse(file.toFile());
    List<Element> out = new ArrayList<>();
    for (Element s : elements(doc.getDocumentElement(), "statement")) {
      if (!within(s, "attachments")) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean within(Node n, String name) {
    for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (name.equals(p.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static int preambleContainers(Element statement) {
    int n = 0;
    for (Element preamble : children(statement, "preamble")) {
      n += children(preamble, "container").size();
    }
    return n;
  }

  /** Main-body paragraphs with a number of the XML's own ("1."), or one when none has one. */
  private static int numberedParagraphs(Element statement) {
    int numbered = 0;
    for (Element body : children(statement, "mainBody")) {
      for (Element p : elements(body, "paragraph")) {
        List<Element> num = children(p, "num");
        if (!num.isEmpty() && NUMBER.matcher(num.get(0).getTextContent()).matches()) {
          numbered++;
        }
      }
    }
    return numbered == 0 ? 1 : numbered;
  }

  /**
   * The names in the analysis's voters lists, per choice; where the analysis lists none, the names
   * of the list the conclusions print, counted between its commas (the Arabic files of 54/20, 54/23
   * and 55/30 have no voters in their analysis, and write a comma before every name).
   */
  private static List<Integer> voters(Element statement) {
    List<Integer> counts = new ArrayList<>();
    for (String choice : CHOICES) {
      int n = 0;
      for (Element count : elements(statement, "count")) {
        if (choice.equals(count.getAttribute("refersTo")) && within(count, "analysis")) {
          n += elements(count, "organization").size();
        }
      }
      if (n == 0) {
        for (Element outcome : elements(statement, "outcome")) {
          if (choice.equals(outcome.getAttribute("refersTo")) && within(outcome, "conclusions")) {
            for (Element list : elements(outcome, "organization")) {
              n += (int) LIST_COMMA.splitAsStream(list.getTextContent()).filter(name -> name.chars().anyMatch(Character::isLetter)).count();
            }
          }
        }
      }
      counts.add(n);
    }
    return counts;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The cited symbols of each paragraph of a document, in order, preamble then operative part. */
  static List<List<String>> citedPerParagraph(ParsedDocument d) {
    return d.paragraphs().stream().map(p -> p.citations().stream().map(Citation::cited).map(c -> c.symbol()).distinct()
        .sorted().toList()).toList();
  }

  /** The baseline's text: a header and one row per resolution, in file order. */
  String baseline() {
    StringBuilder sb = new StringBuilder("# file\tsymbol\tlanguage\tpreambular\toperative\tcitations\tfunds\toutputs\tvotes (for,against,abstaining)\n");
    resolutions.forEach(r -> sb.append(r.row()).append('\n'));
    return sb.toString();
  }

}
