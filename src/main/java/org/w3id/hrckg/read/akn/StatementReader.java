package org.w3id.hrckg.read.akn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.lang.LanguageDetector;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Organs;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.model.Placement;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.read.AnnexText;
import org.w3id.hrckg.read.Identification;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.read.ResolutionHeader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.read.Subject;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.source.SourceText;

/**
 * Reads one resolution of an Akoma Ntoso file (a {@code statement}, alone or as a component of a
 * collection): FRBR identification, cover page and preface for the header, preamble and main body
 * for the paragraphs ({@link BodyReader}), conclusions and the analysis of the vote for the record
 * of adoption ({@link AdoptionReader}), workflow and classification ({@link MetaReader}). The
 * cover of a collection speaks for its components where theirs say nothing.
 */
final class StatementReader {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  /** A collection's letters after a symbol: "A/RES/75/101 A-B", "A/RES/78/254 A-C". */
  private static final Pattern PARTS = Pattern.compile("\\s*[A-H](?:-[A-H])?$");

  private final SourceText source;
  private final XmlElement statement;
  private final XmlElement collection;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * @param collection the collection the statement is a component of, or null
   */
  StatementReader(SourceText source, XmlElement statement, XmlElement collection) {
    this.source = source;
    this.statement = statement;
    this.collection = collection;
  }

  ResolutionText read() throws InputFault {
    Language language = language();
    Optional<LanguageProfile> profile = Profiles.of(language);
    Optional<XmlElement> preface = part("preface");
    UnSymbol symbol = symbol(preface);
    Issuer issuer = issuer(profile, symbol);
    BodyReader.Body body = new BodyReader(source.fileName(), profile, diagnostics).read(statement);
    if (body.paragraphs().stream().noneMatch(p -> !p.preambular())) {
      throw new InputFault(statement.line(), "no operative paragraph in the main body: the file is truncated or is not a resolution");
    }
    MetaReader meta = new MetaReader(source.fileName(), diagnostics);
    AdoptionText adoption = new AdoptionReader(source.fileName(), diagnostics).read(statement);
    ResolutionHeader header = header(symbol, issuer, preface, adoption);
    return new ResolutionText(source, InputFormat.AKOMA_NTOSO, language, identification(), header, body.paragraphs(),
        adoption, meta.draft(statement, header.adoptionDate(), header.documentDate()), subjects(meta), List.of(), diagnostics,
        Placement.UNKNOWN, annexes(profile));
  }

  /** The annexes of the resolution ({@code attachments/attachment/doc}), in source order. */
  private List<AnnexText> annexes(Optional<LanguageProfile> profile) {
    List<AnnexText> annexes = new ArrayList<>();
    for (XmlElement attachments : statement.children("attachments")) {
      for (XmlElement attachment : attachments.children("attachment")) {
        for (XmlElement doc : attachment.children("doc")) {
          annexes.add(BodyReader.annex(source.fileName(), profile, diagnostics, doc, annexes.size() + 1));
        }
      }
    }
    return annexes;
  }

  private List<Subject> subjects(MetaReader meta) {
    List<Subject> subjects = new ArrayList<>(meta.subjects(statement));
    if (collection != null) {
      meta.subjects(collection).stream().filter(s -> !subjects.contains(s)).forEach(subjects::add);
    }
    return subjects;
  }

  /** The language the text is written in; the FRBR expression's language where the text is too short to tell. */
  private Language language() {
    Optional<Language> declared = statement.first("FRBRlanguage").flatMap(l -> Language.ofCode(l.attribute("language")));
    StringBuilder sample = new StringBuilder();
    part("preamble").ifPresent(p -> sample.append(InlineText.of(p)).append(' '));
    part("mainBody").ifPresent(p -> sample.append(InlineText.of(p)));
    Optional<Language> detected = LanguageDetector.detect(sample.length() > 20_000 ? sample.substring(0, 20_000) : sample);
    if (detected.isPresent() && declared.isPresent() && detected.get() != declared.get()) {
      warn(statement.first("FRBRlanguage").get().line(), "the file declares its language " + declared.get().code()
          + " but is written in " + detected.get().code() + "; read as " + detected.get().code());
    }
    return detected.or(() -> declared).orElse(Language.ENGLISH);
  }

  /** A part of the statement, or of the collection it belongs to. */
  private Optional<XmlElement> part(String name) {
    Optional<XmlElement> own = statement.child(name);
    return own.isPresent() || collection == null ? own : collection.child(name);
  }

  private Optional<XmlElement> ownCover() {
    return statement.child("coverPage").or(() -> collection == null ? Optional.empty() : collection.child("coverPage"));
  }

  /**
   * The resolution's symbol, from the cover (the document's masthead); the preface's number (printed
   * above the title) and the FRBR work identifier are checked against it, and a disagreement reported.
   * A component of a collection adds its letter ("A") to the collection's number.
   */
  private UnSymbol symbol(Optional<XmlElement> preface) throws InputFault {
    XmlElement cover = ownCover().orElseThrow(() -> new InputFault(statement.line(), "no cover page: no symbol for the resolution"));
    XmlElement number = cover.first("docNumber", "refersTo", "#symbol")
        .orElseThrow(() -> new InputFault(cover.line(), "the cover page gives no symbol (docNumber refersTo=\"#symbol\")"));
    String onCover = InlineText.of(number).toString();
    Optional<String> letter = statement.child("preface").flatMap(p -> p.first("docNumber")).map(d -> InlineText.of(d).toString())
        .filter(s -> s.matches("[A-H]\\.?"));
    String written = collection != null && letter.isPresent()
        ? PARTS.matcher(onCover).replaceFirst("") + " " + letter.get().replace(".", "") : onCover;
    UnSymbol symbol = UnSymbol.parse(written)
        .orElseThrow(() -> new InputFault(number.line(), "the cover's symbol \"" + written + "\" is not a UN symbol"));
    preface.flatMap(p -> p.first("docNumber")).ifPresent(d -> checkNumber(symbol, InlineText.of(d).toString(), d.line()));
    return symbol;
  }

  private void checkNumber(UnSymbol symbol, String printed, int line) {
    String number = printed.replaceAll("\\.$", "").strip();
    if (number.matches("[A-H]") || symbol.toString().endsWith("/" + number) || symbol.toString().contains("/" + number + " ")) {
      return;
    }
    warn(line, "the preface numbers the resolution \"" + printed + "\" but its cover gives the symbol " + symbol
        + "; the cover's symbol is kept");
  }

  /** The organ of the enacting formula; where no profile reads the language, the organ of the symbol's series. */
  private Issuer issuer(Optional<LanguageProfile> profile, UnSymbol symbol) {
    Issuer bySymbol = Issuer.ofSymbol(symbol.toString()).orElse(null);
    Optional<XmlElement> formula = part("preamble").flatMap(p -> p.first("formula"));
    if (profile.isEmpty() || formula.isEmpty()) {
      return bySymbol;
    }
    OffsetText words = InlineText.of(formula.get());
    Matcher m = profile.get().structure().enactingFormula().matcher(words);
    if (!m.lookingAt()) {
      warn(formula.get().line(), "an enacting formula the " + profile.get().language().code() + " profile does not read (\""
          + Diagnostic.excerpt(words.toString(), 60) + "\"); the issuer is that of the symbol");
      return bySymbol;
    }
    Issuer issuer = Organs.of(m);
    if (issuer != null && bySymbol != null && issuer != bySymbol) {
      warn(formula.get().line(), "the enacting formula names " + issuer + " but the symbol " + symbol + " is of " + bySymbol);
    }
    return issuer != null ? issuer : bySymbol;
  }

  private ResolutionHeader header(UnSymbol symbol, Issuer issuer, Optional<XmlElement> preface, AdoptionText adoption) {
    Optional<XmlElement> cover = ownCover();
    Optional<XmlElement> session = cover.flatMap(c -> c.first("session"));
    Integer number = session.map(s -> s.attribute("value").strip()).filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf)
        .orElse(symbol.session().orElse(null));
    List<XmlElement> dates = cover.flatMap(c -> c.first("event")).map(e -> e.all("date")).orElse(List.of());
    LocalDate adopted = adoption != null && adoption.date() != null ? adoption.date()
        : statement.first("FRBRdate", "name", "adoption").map(d -> date(d, "date")).orElse(null);
    OffsetText title = preface.flatMap(p -> p.first("docTitle")).map(InlineText::of).orElse(null);
    return new ResolutionHeader(symbol.isDecision() ? DocumentKind.DECISION : DocumentKind.RESOLUTION, symbol, issuer, number,
        symbol.specialSession(), dates.isEmpty() ? null : date(dates.get(0), "date"),
        dates.size() < 2 ? null : date(dates.get(dates.size() - 1), "date"), agendaItems(cover), 
        cover.flatMap(c -> c.first("inline", "name", "agenda item name")).map(InlineText::of).orElse(null), title,
        cover.flatMap(c -> c.first("docDate", "refersTo", "#dateOfIssuance")).map(d -> date(d, "date")).orElse(null), adopted,
        List.of(), preface.flatMap(p -> p.first("docNumber")).map(d -> InlineText.of(d).toString().replaceAll("\\.$", ""))
            .orElse(null), cover.map(XmlElement::line).orElse(statement.line()));
  }

  /** The agenda items: the numbers the cover's agenda line prints ("Point 10", "Items 20 and 72 (b)"). */
  private static List<Integer> agendaItems(Optional<XmlElement> cover) {
    List<Integer> items = new ArrayList<>();
    cover.flatMap(c -> c.first("inline", "name", "agenda item")).ifPresent(line -> {
      Matcher m = DIGITS.matcher(InlineText.of(line));
      while (m.find()) {
        items.add(Integer.valueOf(m.group()));
      }
    });
    return items;
  }

  private Identification identification() {
    return new Identification(frbr("FRBRWork"), frbr("FRBRExpression"), frbr("FRBRManifestation"));
  }

  private String frbr(String level) {
    return statement.child("meta").flatMap(m -> m.first(level)).flatMap(l -> l.child("FRBRthis"))
        .map(t -> t.attribute("value")).orElse(null);
  }

  /** A date attribute, or null (reported) when it is not an ISO date. */
  LocalDate date(XmlElement e, String attribute) {
    return isoDate(e, attribute, source.fileName(), diagnostics);
  }

  static LocalDate isoDate(XmlElement e, String attribute, String file, List<Diagnostic> diagnostics) {
    String value = e.attribute(attribute).strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException bad) {
      diagnostics.add(Diagnostic.warning(file, e.line(), "not a date: " + attribute + "=\"" + Diagnostic.excerpt(value, 40) + "\""));
      return null;
    }
  }

  private void warn(int line, String message) {
    diagnostics.add(Diagnostic.warning(source.fileName(), line, message));
  }
}
