package org.w3id.hrckg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.w3id.hrckg.SharedFolder;
import org.w3id.hrckg.fixtures.UnFixtures;
import org.w3id.hrckg.read.word.BinaryWordReader;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.read.pdf.PdfReader;
import org.w3id.hrckg.read.word.WordReader;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.MandatedOutput;
import org.w3id.hrckg.model.Mention;
import org.w3id.hrckg.model.Paragraph;
import org.w3id.hrckg.model.ParsedDocument;
import org.w3id.hrckg.model.SourceSpan;
import org.w3id.hrckg.model.Sponsorship;
import org.w3id.hrckg.pipeline.DocumentParser;
import org.w3id.hrckg.text.SourceDecoder;

/**
 * Character offsets, a promise of the graph, checked as eyecite checks its spans: every span of
 * every fact (paragraph, citation, mention, output, sponsor) is bracketed in its decoded source,
 * and what the brackets hold must read the phrase: the phrase's letters and digits, in order,
 * starting at the span's first and ending among its last few (what the source holds between them
 * and the phrase does not is markup, footnote calls and page furniture; a footnote call may close
 * a span). Offsets shifted by one character fail it.
 */
class OffsetsTest {

  static Stream<Path> texts() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("corpus/fr"))) {
      samples.sorted().forEach(files::add);
    }
    try (Stream<Path> cases = Files.walk(Path.of("src/test/resources/loader-cases"))) {
      cases.filter(p -> p.getFileName().toString().startsWith("input.")).sorted().forEach(files::add);
    }
    for (String language : List.of("fr", "en", "es", "ru", "ar", "zh")) {
      files.addAll(everyNth(SharedFolder.path().resolve("corpus/akn").resolve(language), AKN_SAMPLE));
    }
    for (String language : List.of("fr", "en")) {
      files.addAll(everyNth(SharedFolder.path().resolve("corpus/akn-ga").resolve(language), AKN_GA_SAMPLE));
    }
    ANNEXES.forEach(f -> files.add(SharedFolder.path().resolve(f)));
    return files.stream();
  }

  /** Resolutions with annexes, whose paragraphs are checked like the resolution's: a Council draft covenant, an Assembly declaration. */
  private static final List<String> ANNEXES = List.of("corpus/akn/en/A_HRC_RES_54_18E.xml", "corpus/akn/fr/A_HRC_RES_54_18F.xml",
      "corpus/akn/zh/A_HRC_RES_54_18C.xml", "corpus/akn-ga/en/75_284_E.xml", "corpus/akn-ga/fr/75_284_F.xml");

  /** One Akoma Ntoso file in so many, of each language: every reader and language is checked, quickly. */
  private static final int AKN_SAMPLE = 9;
  private static final int AKN_GA_SAMPLE = 97;

  private static List<Path> everyNth(Path folder, int n) throws IOException {
    try (Stream<Path> xml = Files.list(folder)) {
      List<Path> all = xml.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      List<Path> some = new ArrayList<>();
      for (int i = 0; i < all.size(); i += n) {
        some.add(all.get(i));
      }
      return some;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everySpanReadsItsPhrase(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    everySpanReadsItsPhrase(file, bytes, SourceDecoder.decode("x", bytes, w -> { }).text());
  }

  /** The committed Word 97-2003 fixtures, whose source is the text their reader lays out. */
  static Stream<Path> word97Files() {
    return UnFixtures.docFiles().stream().map(UnFixtures::doc);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("word97Files")
  void everySpanOfAWord97FileReadsItsPhrase(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    everySpanReadsItsPhrase(file, bytes, new BinaryWordReader().read(file.getFileName().toString(), bytes).source().text());
  }

  /**
   * The annex of 54/18 (a 127-paragraph draft covenant) as the text, PDF and Word readers read it
   * from the fixtures printed from its XML, French and English: the spans of its paragraphs and of
   * their citations in the source each reader lays out.
   */
  static Stream<Arguments> annexFixtures() {
    List<Arguments> rows = new ArrayList<>();
    for (Path akn : UnFixtures.corpus()) {
      String base = akn.getFileName().toString().replaceFirst("\\.xml$", "");
      if (base.startsWith("A_HRC_RES_54_18")) {
        rows.add(Arguments.of(base + ".txt", "text", UnFixtures.cleanText(akn).getBytes(StandardCharsets.UTF_8)));
        rows.add(Arguments.of(base + ".pdf", "PDF", readBytes(UnFixtures.pdf(UnFixtures.Producer.PDFBOX, akn))));
        rows.add(Arguments.of(base + ".docx", "Word", readBytes(UnFixtures.docx(akn))));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("annexFixtures")
  void everySpanOfAnAnnexReadsItsPhrase(String name, String form, byte[] bytes) throws Exception {
    String source = switch (form) {
      case "PDF" -> new PdfReader().read(name, bytes).source().text();
      case "Word" -> new WordReader().read(name, bytes).source().text();
      default -> SourceDecoder.decode(name, bytes, w -> { }).text();
    };
    ParsedDocument d = DocumentParser.parse(name, bytes).document();
    assertTrue(d.annexes().stream().mapToInt(a -> a.paragraphs().size()).sum() > 100, "the annex is read");
    everySpanReadsItsPhrase(Path.of(name), bytes, source);
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void everySpanReadsItsPhrase(Path file, byte[] bytes, String source) {
    ParsedDocument d = DocumentParser.parse(file.getFileName().toString(), bytes).document();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Paragraph p : d.allParagraphs()) {
      checked += check(source, p.span(), p.text(), (p.annex() > 0 ? "annex " + p.annex() + " " : "") + "paragraph " + p.ordinal(), wrong);
      for (Citation c : p.citations()) {
        checked += check(source, c.span(), c.phrase(), "citation of " + c.cited().symbol(), wrong);
      }
      for (Mention m : p.mentions()) {
        checked += check(source, m.span(), m.phrase(), "mention of " + m.key(), wrong);
      }
      for (MandatedOutput o : p.outputs()) {
        checked += check(source, o.span(), o.phrase(), "output " + o.kind(), wrong);
      }
    }
    for (Sponsorship s : d.sponsors()) {
      checked += check(source, s.span(), s.name(), "sponsor " + s.iso3(), wrong);
    }
    for (Sponsorship s : d.draft() == null ? List.<Sponsorship>of() : d.draft().sponsors()) {
      checked += check(source, s.span(), s.name(), "sponsor of the draft " + s.iso3(), wrong);
    }
    assertTrue(checked > 0, "the text has facts to check");
    assertEquals(List.of(), wrong, file.toString());
  }

  private static int check(String source, SourceSpan span, String phrase, String what, List<String> wrong) {
    String held = source.substring(source.offsetByCodePoints(0, span.start()), source.offsetByCodePoints(0, span.end()));
    if (!reads(held, phrase)) {
      wrong.add(what + " [" + span.start() + ", " + span.end() + ") holds «" + held + "», not «" + phrase + "»");
    }
    return 1;
  }

  /**
   * Tags and footnote references of Markdown-like conversions, and the footnotes (read as facts of
   * their own), tags (with their attributes) and entities of XML, which hold letters that are no text.
   */
  private static final Pattern MARKUP = Pattern.compile("(?s)<authorialNote[ >].*?</authorialNote>|</?[a-z]+>|\\[\\^\\d+\\]|</?[A-Za-z][\\w:.-]*(?:\\s[^>]*)?/?>|&#?\\w+;");

  /** The most letters and digits a span may hold after its phrase ends: a footnote call's. */
  private static final int TRAILING_CALL = 3;

  /**
   * Whether a source stretch reads a phrase: the phrase's letters and digits in order, from the
   * stretch's first to near its last (the stretch composed, as readers compose "n" and a combining tilde).
   */
  static boolean reads(String held, String phrase) {
    String h = alnum(java.text.Normalizer.normalize(MARKUP.matcher(held).replaceAll(""), java.text.Normalizer.Form.NFC));
    String p = alnum(phrase);
    if (p.isEmpty() || h.isEmpty() || h.charAt(0) != p.charAt(0)) {
      return false;
    }
    int i = 0;
    int k = 0;
    for (; k < h.length() && i < p.length(); k++) {
      if (h.charAt(k) == p.charAt(i)) {
        i++;
      }
    }
    return i == p.length() && h.length() - k <= TRAILING_CALL;
  }

  private static String alnum(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
