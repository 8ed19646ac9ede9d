package org.w3id.hrckg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.guard.WorkBudget;
import org.w3id.hrckg.lang.CitationVocabulary;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Organs;
import org.w3id.hrckg.model.Citation;
import org.w3id.hrckg.model.CitationFunction;
import org.w3id.hrckg.model.CitedDocument;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.IssuerBasis;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.read.FootnoteText;
import org.w3id.hrckg.read.ParagraphText;
import org.w3id.hrckg.source.OffsetText;

/**
 * Finds the UN documents a resolution cites, paragraph by paragraph, in the text and in the
 * footnotes the paragraph calls. It decides who issued each cited resolution the way a reader
 * does: from the issuer the text names, from a possessive and the subject it points to, from the
 * numbering, or from another mention of the same number in the text; failing all of these, the
 * Council's own series, with the basis recorded as undecided.
 */
final class CitationExtractor {

  /** A citation before its issuer is settled. */
  private static final class Raw {
    final int paragraph;
    final String number;
    final ReferenceScanner.Form form;
    final boolean decision;
    final String symbol;
    Issuer issuer;
    IssuerBasis basis;
    final LocalDate date;
    final boolean dateShared;
    final String pinpoint;
    final CitationFunction function;
    final boolean inFootnote;
    final OffsetText text;
    final int start;
    final int end;

    Raw(int paragraph, ReferenceScanner.Group g, ReferenceScanner.Item item, CitationFunction function,
        boolean inFootnote, OffsetText text, int start) {
      this.paragraph = paragraph;
      this.number = item.number;
      this.form = item.form;
      this.decision = g.decision();
      this.symbol = null;
      this.date = item.date;
      this.dateShared = item.dateShared;
      this.pinpoint = g.items().get(0) == item ? g.pinpoint() : null;
      this.function = function;
      this.inFootnote = inFootnote;
      this.text = text;
      this.start = start;
      this.end = item.end;
    }

    Raw(int paragraph, String symbol, CitationFunction function, boolean inFootnote, OffsetText text, int start, int end) {
      this.paragraph = paragraph;
      this.number = null;
      this.form = null;
      this.decision = false;
      this.symbol = symbol;
      this.issuer = null;
      this.basis = IssuerBasis.SYMBOL;
      this.date = null;
      this.dateShared = false;
      this.pinpoint = null;
      this.function = function;
      this.inFootnote = inFootnote;
      this.text = text;
      this.start = start;
      this.end = end;
    }
  }

  /** A number of a list of addenda, and whether a range ("-", "à", "to") leads to it. */
  private static final Pattern NUMBER_IN_LIST = Pattern.compile("(?:\\s*(?<range>-|à|to))?\\s*(?<n>\\d{1,3})");
  /** The longest range of addenda spelt out: no document has more. */
  private static final int MAX_RANGE = 20;

  /** The last session of the General Assembly numbered in roman numerals. */
  private static final int LAST_ROMAN_SESSION = 30;

  private final Issuer citingIssuer;
  private final Integer citingSession;
  private final String ownSymbol;
  private final Spans spans;
  private final LanguageProfile profile;
  private final CitationVocabulary words;
  private final CitationCues cues;
  private final List<Raw> raws = new ArrayList<>();

  /**
   * @param citingIssuer the organ whose text it is: "ses résolutions", "its resolutions" are its own
   * @param citingSession the session of the citing text, or null
   */
  CitationExtractor(Issuer citingIssuer, Integer citingSession, String ownSymbol, Spans spans, LanguageProfile profile) {
    this.citingIssuer = citingIssuer != null ? citingIssuer : Issuer.HUMAN_RIGHTS_COUNCIL;
    this.citingSession = citingSession;
    this.ownSymbol = ownSymbol;
    this.spans = spans;
    this.profile = profile;
    this.words = profile.citations();
    this.cues = CitationCues.of(words);
  }

  /** The citations of each paragraph, in the order of the paragraphs given. */
  List<List<Citation>> extract(List<ParagraphText> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphText p = paragraphs.get(i);
      WorkBudget.at(p.line());
      CitationCues.Found found = cues.in(p.text());
      read(i, p.text(), found, false, null);
      for (FootnoteText f : p.footnotes()) {
        CitationCues.Found footnoteCues = cues.in(f.text());
        CitationFunction inParagraph = found.before(f.call());
        read(i, f.text(), footnoteCues, true, inParagraph);
      }
    }
    settleUndecided();
    List<List<Citation>> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.add(merged(i));
    }
    return out;
  }

  private void read(int paragraph, OffsetText text, CitationCues.Found cues, boolean inFootnote,
      CitationFunction fallback) {
    String s = text.toString();
    for (ReferenceScanner.Group g : ReferenceScanner.scan(s, profile)) {
      for (ReferenceScanner.Item item : g.items()) {
        if (item.outsideUn || !plausibleRoman(item)) {
          continue;
        }
        int start = g.items().get(0) == item ? g.determinerStart() : item.start;
        Raw raw = new Raw(paragraph, g, item, function(cues, g.anchorStart(), fallback), inFootnote, text, start);
        decide(raw, g, item, s);
        raws.add(raw);
      }
    }
    boolean anySymbol = CitationPatterns.SYMBOL.mayOccurIn(s);
    Matcher symbols = CitationPatterns.SYMBOL.matcher(s);
    while (anySymbol && symbols.find()) {
      String symbol = symbols.group("symbol");
      if (!symbol.equals(ownSymbol)) {
        CitationFunction f = function(cues, symbols.start(), fallback);
        raws.add(new Raw(paragraph, symbol, f, inFootnote, text, symbols.start(), symbols.end()));
        Matcher addenda = at(words.addenda(), s, symbols.end());
        if (addenda != null) {
          for (String addendum : addenda(symbol, addenda)) {
            raws.add(new Raw(paragraph, addendum, f, inFootnote, text, addenda.start(), addenda.end()));
          }
        }
      }
    }
  }

  /** "A/HRC/54/25 et Add.1 et 2": the symbols of the addenda named after a symbol, ranges ("Add.1-3") spelt out. */
  private static List<String> addenda(String symbol, Matcher m) {
    Optional<UnSymbol> base = UnSymbol.parse(symbol);
    if (base.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>(List.of(Integer.valueOf(m.group("first"))));
    Matcher more = NUMBER_IN_LIST.matcher(m.group("more"));
    while (more.find()) {
      int n = Integer.parseInt(more.group("n"));
      int last = numbers.get(numbers.size() - 1);
      if (more.group("range") != null && n > last && n - last <= MAX_RANGE) {
        for (int k = last + 1; k < n; k++) {
          numbers.add(k);
        }
      }
      numbers.add(n);
    }
    return numbers.stream().map(n -> base.get().withAddendum(n).toString()).toList();
  }

  private static CitationFunction function(CitationCues.Found cues, int position, CitationFunction fallback) {
    CitationFunction f = cues.before(position);
    return f == CitationFunction.CITING && fallback != null ? fallback : f;
  }

  /**
   * The Assembly numbered its resolutions with its session in roman numerals until its thirtieth
   * session; "542 (LXXIII)" is not one of its resolutions.
   */
  private static boolean plausibleRoman(ReferenceScanner.Item item) {
    if (item.form != ReferenceScanner.Form.OLD_ASSEMBLY || item.issuer != null) {
      return true;
    }
    String roman = item.number.substring(item.number.indexOf('(') + 1, item.number.indexOf(')')).replaceFirst("^E?S-", "");
    return RomanNumerals.value(roman) <= LAST_ROMAN_SESSION;
  }

  /** Decides the issuer where the text itself tells. */
  private void decide(Raw raw, ReferenceScanner.Group g, ReferenceScanner.Item item, String s) {
    if (item.form == ReferenceScanner.Form.SECURITY_COUNCIL && (item.issuer == null || item.issuer == Issuer.HUMAN_RIGHTS_COUNCIL)) {
      // "2375 (2017) du Conseil": the form of the number is the Security Council's whatever "Conseil" says.
      settle(raw, Issuer.SECURITY_COUNCIL, IssuerBasis.NUMBERING);
    } else if (item.issuer != null) {
      settle(raw, item.issuer, IssuerBasis.STATED);
    } else if (g.preIssuer() != null) {
      settle(raw, g.preIssuer(), IssuerBasis.STATED);
    } else if (item.form == ReferenceScanner.Form.OLD_ASSEMBLY) {
      settle(raw, Issuer.GENERAL_ASSEMBLY, IssuerBasis.NUMBERING);
    } else if (g.possessive(words)) {
      Issuer subject = subjectOf(g, s);
      if (subject != null) {
        settle(raw, subject, IssuerBasis.POSSESSIVE);
      } else if (!fromLaterSession(item)) {
        settle(raw, citingIssuer, IssuerBasis.POSSESSIVE);
      }
    } else {
      Matcher relative = at(words.relativeSubject(), s, g.end());
      if (relative != null && item == g.items().get(g.items().size() - 1)) {
        settle(raw, organ(relative), IssuerBasis.CONTEXT);
      }
    }
  }

  /**
   * Whether a number names a Council session later than the citing text's: no text cites a
   * Council resolution not yet adopted, so such a number is another organ's (78/197 in a text of
   * the 56th session is the General Assembly's).
   */
  private boolean fromLaterSession(ReferenceScanner.Item item) {
    return citingIssuer == Issuer.HUMAN_RIGHTS_COUNCIL && citingSession != null && item.form == ReferenceScanner.Form.SLASH
        && !item.number.startsWith("S-")
        && item.firstPart() > citingSession && item.firstPart() < 1946;
  }

  /** The organ a possessive points to: a subject named just before or just after the reference. */
  private Issuer subjectOf(ReferenceScanner.Group g, String s) {
    Matcher before = words.subjectBefore().matcher(s);
    before.region(Math.max(0, g.determinerStart() - 120), g.determinerStart());
    before.useTransparentBounds(true);
    if (before.find()) {
      return organ(before);
    }
    String lead = s.substring(Math.max(0, g.determinerStart() - 8), g.determinerStart());
    if (words.possessiveLead().foundIn(lead)) {
      Matcher after = at(words.subjectAfter(), s, g.end());
      if (after != null) {
        return organ(after);
      }
    }
    return null;
  }

  /** The organ a subject pattern names; a pronoun ("il", "lui-même", "itself") names the citing organ. */
  private Issuer organ(Matcher m) {
    Issuer named = Organs.of(m);
    return named != null ? named : citingIssuer;
  }

  private static Matcher at(org.w3id.hrckg.pattern.NamedPattern pattern, String s, int pos) {
    Matcher m = pattern.matcher(s);
    m.region(pos, s.length());
    m.useTransparentBounds(true);
    return m.lookingAt() ? m : null;
  }

  private static void settle(Raw raw, Issuer issuer, IssuerBasis basis) {
    raw.issuer = issuer;
    raw.basis = basis;
  }

  /**
   * Settles the references the text did not qualify: by another mention of the same number, by a
   * numbering only one organ uses, or else by the Council's own series, recorded as undecided.
   */
  private void settleUndecided() {
    Map<String, Issuer> known = new HashMap<>();
    for (Raw r : raws) {
      if (r.number != null && r.issuer != null) {
        known.putIfAbsent(r.number, r.issuer);
      }
    }
    for (Raw r : raws) {
      if (r.symbol != null || r.issuer != null) {
        continue;
      }
      Issuer other = known.get(r.number);
      if (other != null) {
        settle(r, other, IssuerBasis.EARLIER_MENTION);
      } else {
        settleByNumbering(r);
      }
    }
  }

  private void settleByNumbering(Raw r) {
    int first = Integer.parseInt(r.number.substring(0, r.number.indexOf('/')).replaceFirst("^E?S-", ""));
    if (first >= 1946 && first <= 2006) {
      settle(r, Issuer.COMMISSION_ON_HUMAN_RIGHTS, IssuerBasis.NUMBERING);
    } else if (citingIssuer == Issuer.HUMAN_RIGHTS_COUNCIL && citingSession != null && first > citingSession
        && !r.number.startsWith("S-")) {
      settle(r, Issuer.GENERAL_ASSEMBLY, IssuerBasis.NUMBERING);
    } else if (r.date != null && !r.number.startsWith("S-") && SessionYears.onlyAssembly(first, r.date.getYear())) {
      settle(r, Issuer.GENERAL_ASSEMBLY, IssuerBasis.NUMBERING);
    } else if (r.date != null && !r.number.startsWith("S-") && SessionYears.onlyCouncil(first, r.date.getYear())) {
      settle(r, Issuer.HUMAN_RIGHTS_COUNCIL, IssuerBasis.NUMBERING);
    } else {
      settle(r, citingIssuer, IssuerBasis.UNDECIDED);
    }
  }

  /** One citation per cited document per paragraph: the first mention, completed by later ones. */
  private List<Citation> merged(int paragraph) {
    Map<String, List<Raw>> bySymbol = new LinkedHashMap<>();
    for (Raw r : raws) {
      if (r.paragraph == paragraph) {
        bySymbol.computeIfAbsent(symbolOf(r), k -> new ArrayList<>()).add(r);
      }
    }
    List<Citation> out = new ArrayList<>();
    for (Map.Entry<String, List<Raw>> e : bySymbol.entrySet()) {
      List<Raw> mentions = e.getValue();
      Raw first = mentions.get(0);
      Raw dated = mentions.stream().filter(r -> r.date != null).findFirst().orElse(null);
      LocalDate date = dated != null ? dated.date : null;
      String pinpoint = mentions.stream().map(r -> r.pinpoint).filter(p -> p != null).findFirst().orElse(null);
      boolean inFootnote = mentions.stream().allMatch(r -> r.inFootnote);
      CitedDocument cited = first.symbol != null
          ? CitedDocument.ofSymbol(first.symbol)
          : new CitedDocument(e.getKey(), first.decision ? CitedDocument.Kind.DECISION : CitedDocument.Kind.RESOLUTION,
              first.issuer);
      out.add(new Citation(cited, date, dated != null && dated.dateShared, pinpoint, first.function, bestBasis(mentions), inFootnote,
          spans.of(first.text, first.start, first.end), first.text.subSequence(first.start, first.end).toString()));
    }
    return List.copyOf(out);
  }

  private static String symbolOf(Raw r) {
    return r.symbol != null ? r.symbol : r.issuer.symbol(r.number, r.decision);
  }

  /** The surest of the ways the mentions of one document told its issuer. */
  private static IssuerBasis bestBasis(List<Raw> mentions) {
    IssuerBasis best = IssuerBasis.UNDECIDED;
    for (Raw r : mentions) {
      if (r.basis.ordinal() < best.ordinal()) {
        best = r.basis;
      }
    }
    return best;
  }
}
