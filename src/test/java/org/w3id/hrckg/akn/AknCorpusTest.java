package org.w3id.hrckg.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The parser on texts it was not written for: the 89 resolutions of sessions 54 to 56 that the
 * UN publishes as Akoma Ntoso XML, rendered back to text in both styles (PDF extraction and
 * Markdown conversion, with their noise) and parsed; what the parser finds is compared with what
 * the markup says. The citation hyperlinks of the markup are incomplete and some point to the
 * wrong document (those are listed): every other linked resolution must be cited, with no floor.
 */
class AknCorpusTest {

  private static final List<Result> RESULTS = new ArrayList<>();

  /** One comparison of one field of one rendered text. */
  private record Result(String file, String style, String field, Object expected, Object found) {
    boolean ok() {
      return Objects.equals(expected, found);
    }
  }

  @BeforeAll
  static void parseAll() throws IOException {
    List<Path> files = AknReader.files(SharedFolder.path(), "fr");
    for (int i = 0; i < files.size(); i++) {
      AknResolution r = AknReader.read(files.get(i));
      compare(r, "pdf", AknRenderer.pdf(r, i));
      compare(r, "markdown", AknRenderer.markdown(r, i));
    }
  }

  private static void compare(AknResolution r, String style, String text) {
    DocumentParser.Outcome outcome = DocumentParser.parse(r.file(), text.getBytes(StandardCharsets.UTF_8));
    ParsedDocument d = outcome.document();
    if (d == null) {
      RESULTS.add(new Result(r.file(), style, "parsed", "document", outcome.diagnostics().toString()));
      System.out.printf("AKN refused %s [%s]: %s%n", r.file(), style, outcome.diagnostics());
      return;
    }
    add(r, style, "symbol", r.symbol(), d.symbol());
    add(r, style, "session", r.session(), d.session());
    add(r, style, "agendaItem", r.agendaItem() == null ? List.of() : List.of(r.agendaItem()), d.agendaItems());
    add(r, style, "title", norm(r.title()), norm(d.title()));
    if (!Objects.equals(norm(r.title()), norm(d.title()))) {
      System.out.printf("AKN title %s [%s]%n  %s%n  %s%n", r.file(), style, codes(norm(r.title())), codes(norm(d.title())));
    }
    add(r, style, "preambularParagraphs", r.preamble().size(), d.preamble().size());
    add(r, style, "operativeParagraphs", r.numbered().size(), d.operative().size());
    add(r, style, "adoptionDate", r.adoptionDate(), d.adoptionDate());
    add(r, style, "meetingNumber", r.meetingNumber(), d.meetingNumber());
    add(r, style, "adoptedWithoutVote", r.withoutVote(), d.adoption() != null ? d.adoption().withoutVote() : null);
    if (!r.withoutVote()) {
      add(r, style, "votes", List.of(r.inFavour(), r.against(), r.abstaining()),
          d.adoption() == null ? null : List.of(d.adoption().inFavour(), d.adoption().against(), d.adoption().abstaining()));
      add(r, style, "votesCast", r.inFavour() + r.against() + r.abstaining(),
          d.adoption() == null ? null : d.adoption().casts().size());
    }
    if (d.preamble().size() == r.preamble().size() && d.operative().size() == r.numbered().size()) {
      linkedCitations(r, style, r.preamble(), d.preamble());
      linkedCitations(r, style, r.numbered(), d.operative());
    }
  }

  /**
   * Links of the markup that are wrong, the text saying otherwise (the text is the authority): the
   * Council's own special-session resolution "ses propres résolutions ... S-8/1" linked as the
   * Assembly's, a footnote giving A/HRC/55/78 linked to A/HRC/52/80, a typo in a symbol.
   */
  private static final Set<String> WRONG_LINKS = Set.of(
      "A_HRC_RES_54_34F.xml A/RES/S-8/1", "A_HRC_RES_56_2F.xml A/HRC/52/80", "A_HRC_RES_56_8F.xml A/HRC/55/43.Add.1");

  /** Security Council symbols are written "S/RES/1325 (2000)" (CONTRACT.md); the markup drops the space. */
  private static String canonical(String link) {
    return link.replaceFirst("^(S/RES/\\d+)\\(", "$1 (");
  }

  /**
   * Whether a link is among the citations: as it is; as a decision where the markup links a
   * decision ("sa décision 36/115") as a resolution; as the first symbol of a joint document
   * (A/61/636-S/2006/980).
   */
  private static boolean cited(String link, Set<String> cited) {
    return cited.contains(link) || cited.contains(link.replace("/RES/", "/DEC/"))
        || cited.stream().anyMatch(c -> c.startsWith(link + "-"));
  }

  /** Every resolution the markup links from a paragraph should be among the paragraph's citations. */
  private static void linkedCitations(AknResolution r, String style, List<AknResolution.Paragraph> expected,
      List<Paragraph> found) {
    for (int i = 0; i < expected.size(); i++) {
      Set<String> cited = found.get(i).citations().stream().map(c -> c.cited().symbol()).collect(Collectors.toSet());
      for (String raw : expected.get(i).links()) {
        String link = canonical(raw);
        if (WRONG_LINKS.contains(r.file() + " " + link)) {
          continue;
        }
        String kind = found.get(i).preambular() ? "PP" : "OP";
        add(r, style, "linked citation " + kind + (i + 1) + " " + link, link, cited(link, cited) ? link : null);
      }
    }
  }

  private static void add(AknResolution r, String style, String field, Object expected, Object found) {
    RESULTS.add(new Result(r.file(), style, field, expected, found));
  }

  private static String codes(String s) {
    return s == null ? "null" : s.codePoints().filter(c -> c > 127).mapToObj(c -> Integer.toHexString(c)).collect(Collectors.joining(" "));
  }

  private static String norm(String s) {
    return s == null ? null
        : Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyRenderedTextParses() {
    List<Result> failed = RESULTS.stream().filter(x -> x.field.equals("parsed")).toList();
    assertEquals(List.of(), failed, "texts refused");
  }

  @Test
  void structureMatchesTheMarkup() {
    TreeMap<String, int[]> byField = new TreeMap<>();
    List<Result> misses = new ArrayList<>();
    for (Result x : RESULTS) {
      if (x.field.startsWith("linked citation") || x.field.equals("parsed")) {
        continue;
      }
      int[] counts = byField.computeIfAbsent(x.field, k -> new int[2]);
      counts[0]++;
      if (x.ok()) {
        counts[1]++;
      } else {
        misses.add(x);
      }
    }
    byField.forEach((f, c) -> System.out.printf("AKN %-22s %4d/%4d%n", f, c[1], c[0]));
    misses.forEach(m -> System.out.printf("AKN miss %s [%s] %s: expected %s, found %s%n", m.file, m.style, m.field, m.expected, m.found));
    assertEquals(List.of(), misses, "structure fields that differ from the markup");
  }

  @Test
  void linkedResolutionsAreCited() {
    List<Result> links = RESULTS.stream().filter(x -> x.field.startsWith("linked citation")).toList();
    List<Result> misses = links.stream().filter(x -> !x.ok()).toList();
    misses.forEach(m -> System.out.printf("AKN link miss %s [%s] %s%n", m.file, m.style, m.field));
    double recall = 1.0 - (double) misses.size() / links.size();
    System.out.printf("AKN linked citations found: %d/%d (%.3f)%n", links.size() - misses.size(), links.size(), recall);
    assertEquals(List.of(), misses, "linked resolutions the parser does not cite (recall " + recall + ")");
  }
}
