package org.w3id.hrckg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.model.Language;

/**
 * The clause starters of every language profile on the UN's own markup: in the Akoma Ntoso files
 * of the Council ({@code akn}) and the Assembly ({@code akn-ga}), each preambular
 * {@code <container name="Bearing in mind">} names its clause starter, and each operative
 * paragraph opens with the italic span of its verb phrase. The language of a file is its
 * {@code FRBRlanguage}, or else the language its text is written in; never its folder.
 *
 * <p>A phrase is recognised where the profile reads a clause starter of the same kind and the
 * two agree up to the stance that the UN's italics take in or leave out from one text to another
 * ("Reaffirming its commitment" and "Reaffirming" before "its commitment"): the one is the other
 * or starts it at a word boundary. Every distinct phrase must be recognised in all its paragraphs,
 * except those the fixture {@code not-clause-starters.tsv} lists with the reason they are none.
 */
class ClauseStartersCorpusTest {

  private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** A phrase the markup gives, the paragraph text it opens, and what the profile read there. */
  private record Occurrence(Language language, boolean preambular, String phrase, String file, String found) {
    boolean recognised() {
      if (found == null) {
        return false;
      }
      String a = found.toLowerCase(Locale.ROOT);
      String b = phrase.toLowerCase(Locale.ROOT);
      return a.equals(b) || startsWord(a, b) || startsWord(b, a);
    }

    boolean exact() {
      return phrase.equalsIgnoreCase(found == null ? "" : found);
    }

    String key() {
      return language.code() + "\t" + (preambular ? "preambular" : "operative") + "\t" + phrase;
    }

    private static boolean startsWord(String longer, String shorter) {
      return longer.startsWith(shorter) && !Character.isLetter(longer.charAt(shorter.length()));
    }
  }

  private static final List<Occurrence> ALL = new ArrayList<>();
  private static Map<String, String> notClauseStarters;

  @BeforeAll
  static void readCorpus() throws Exception {
    DocumentBuilder builder = builder();
    Path shared = SharedFolder.path().resolve("corpus");
    for (String dir : List.of("akn/fr", "akn/en", "akn-ga/fr", "akn-ga/en")) {
      try (Stream<Path> files = Files.list(shared.resolve(dir))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
          read(builder.parse(file.toFile()), file.getFileName().toString());
        }
      }
    }
    notClauseStarters = fixture();
  }

  private static void read(Document doc, String file) {
    Optional<LanguageProfile> profile = Profiles.of(languageOf(doc));
    if (profile.isEmpty()) {
      return;
    }
    ClauseStarters starters = profile.get().clauses();
    Language language = profile.get().language();
    NodeList containers = doc.getElementsByTagNameNS(AKN, "container");
    for (int i = 0; i < containers.getLength(); i++) {
      Element c = (Element) containers.item(i);
      Element p = firstP(c);
      if (p != null && !c.getAttribute("name").isBlank()) {
        String text = text(p);
        ALL.add(new Occurrence(language, true, clean(c.getAttribute("name")), file, read(starters, text, true)));
      }
    }
    NodeList bodies = doc.getElementsByTagNameNS(AKN, "mainBody");
    for (int b = 0; b < bodies.getLength(); b++) {
      NodeList paragraphs = ((Element) bodies.item(b)).getElementsByTagNameNS(AKN, "paragraph");
      for (int i = 0; i < paragraphs.getLength(); i++) {
        Element p = firstP((Element) paragraphs.item(i));
        Element italic = p == null ? null : leadingItalic(p);
        if (italic != null) {
          ALL.add(new Occurrence(language, false, text(italic), file, read(starters, text(p), false)));
        }
      }
    }
  }

  /**
   * What the profile reads at the start of a paragraph: a phrase of the kind of the part the markup
   * puts it in, else one of the other kind (the markup puts some paragraphs in the wrong part, and
   * the parser classifies them by content).
   */
  private static String read(ClauseStarters starters, String text, boolean preambular) {
    Optional<String> same = preambular ? starters.preambular(text) : starters.operative(text);
    Optional<String> other = preambular ? starters.operative(text) : starters.preambular(text);
    return same.or(() -> other).orElse(null);
  }

  /** FRBRlanguage of the expression, else the language of the text. */
  private static Language languageOf(Document doc) {
    NodeList declared = doc.getElementsByTagNameNS(AKN, "FRBRlanguage");
    if (declared.getLength() > 0) {
      Optional<Language> code = Language.ofCode(((Element) declared.item(0)).getAttribute("language"));
      if (code.isPresent()) {
        return code.get();
      }
    }
    return LanguageDetector.detect(doc.getDocumentElement().getTextContent()).orElse(null);
  }

  /** The first block of text of an element: a paragraph, or the introduction of a list. */
  private static Element firstP(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (Set.of("p", "listIntroduction").contains(child.getLocalName())) {
          return child;
        }
        Element inner = firstP(child);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** The italic span a paragraph opens with, white space and marks of direction before it aside. */
  private static Element leadingItalic(Element p) {
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        if (!clean(n.getTextContent()).isEmpty()) {
          return null;
        }
      } else if (n instanceof Element e) {
        return "span".equals(e.getLocalName()) && e.getAttribute("class").contains("italic") ? e : null;
      }
    }
    return null;
  }

  private static String text(Element e) {
    return clean(e.getTextContent());
  }

  /** One space for every run of white space, marks of direction and composed accents as the text readers make them. */
  private static String clean(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\u00a0\u202f\u200e\u200f]+", " ").strip();
  }

  private static Map<String, String> fixture() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = ClauseStartersCorpusTest.class.getResourceAsStream("not-clause-starters.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          out.put(cols[0] + "\t" + cols[1] + "\t" + cols[2], cols[3]);
        }
      }
    }
    return out;
  }

  @Test
  void everyProfileRecognisesTheClauseStartersOfItsLanguage() {
    Map<String, List<Occurrence>> byPhrase = new TreeMap<>();
    ALL.forEach(o -> byPhrase.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o));
    List<String> missed = new ArrayList<>();
    for (String language : List.of("fr", "en")) {
      for (String kind : List.of("preambular", "operative")) {
        int distinct = 0;
        int recognised = 0;
        int exact = 0;
        int occurrences = 0;
        int recognisedOccurrences = 0;
        int excluded = 0;
        for (Map.Entry<String, List<Occurrence>> e : byPhrase.entrySet()) {
          if (!e.getKey().startsWith(language + "\t" + kind + "\t")) {
            continue;
          }
          if (notClauseStarters.containsKey(e.getKey())) {
            excluded++;
            continue;
          }
          distinct++;
          occurrences += e.getValue().size();
          long ok = e.getValue().stream().filter(Occurrence::recognised).count();
          recognisedOccurrences += (int) ok;
          if (ok == e.getValue().size()) {
            recognised++;
          } else {
            Occurrence bad = e.getValue().stream().filter(o -> !o.recognised()).findFirst().orElseThrow();
            missed.add(e.getKey() + "\t(" + bad.file() + ", read \"" + bad.found() + "\")");
          }
          if (e.getValue().stream().allMatch(Occurrence::exact)) {
            exact++;
          }
        }
        System.out.printf("clause starters %s %s: %d/%d distinct phrases recognised (%.1f%%), %d exactly;"
            + " %d/%d paragraphs; %d listed as none%n", language, kind, recognised, distinct,
            100.0 * recognised / Math.max(1, distinct), exact, recognisedOccurrences, occurrences, excluded);
      }
    }
    assertEquals(List.of(), missed, "phrases of the markup the profiles do not read as clause starters");
  }

  @Test
  void theFixtureListsOnlyPhrasesOfTheCorpus() {
    for (String key : notClauseStarters.keySet()) {
      assertTrue(ALL.stream().anyMatch(o -> o.key().equals(key)), "the fixture lists a phrase no file has: " + key);
    }
  }

  private static DocumentBuilder builder() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder();
  }
}
