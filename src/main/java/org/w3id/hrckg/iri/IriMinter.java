package org.w3id.hrckg.iri;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place where IRIs are minted, from the URI patterns of CONTRACT.md, section 2, relative to
 * a base URI. The same input always gives the same IRI; a symbol goes into its document IRI and
 * comes back out unchanged ({@link #symbolOf(String)}).
 *
 * <pre>
 *   id/doc/{symbol}                 id/doc/A/HRC/RES/45/32
 *   {document}/pp/{n}, /op/{n}      id/doc/A/HRC/RES/45/32/op/12
 *   {document}/annex/{k}, /annex/{k}/para/{n}   id/doc/A/HRC/RES/54/18/annex/1/para/3
 *   {paragraph}/citation/{k}, /output/{k}, /mention/{k}
 *   {document}/sponsor/{ISO3}, /vote/{ISO3}
 *   id/state/{ISO3}  id/fund/{notation}  id/body/{notation}  id/session/hrc/{n}
 * </pre>
 */
public final class IriMinter {

  private static final String DOC = "id/doc/";
  private static final String NO_SYMBOL = "id/doc/no-symbol/";
  private static final int SLUG_WORDS = 8;

  private final String base;

  /**
   * @param base an absolute http(s) URI; a trailing slash is added when missing
   * @throws IllegalArgumentException when the base is not an absolute http(s) URI
   */
  public IriMinter(String base) {
    this.base = checkedBase(base);
  }

  public static String checkedBase(String base) {
    try {
      URI uri = new URI(base);
      if (!uri.isAbsolute() || uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("the base URI must be an absolute http(s) URI without query or fragment: " + base);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI: " + base + " (" + e.getReason() + ")", e);
    }
    return base.endsWith("/") ? base : base + "/";
  }

  public String base() {
    return base;
  }

  /** A UN document, by its canonical symbol. */
  public String document(String symbol) {
    return base + DOC + encodePath(symbol);
  }

  /**
   * A document whose text gives no symbol: named by its session, the first words of its title and
   * a fingerprint of its text.
   */
  public String unsymbolledDocument(Integer session, String title, String fingerprint) {
    String s = session != null ? String.valueOf(session) : "unknown-session";
    return base + NO_SYMBOL + s + "/" + slug(title) + fingerprint;
  }

  /** The symbol of a document IRI minted by {@link #document(String)}, or null for any other IRI. */
  public String symbolOf(String iri) {
    if (!iri.startsWith(base + DOC) || iri.startsWith(base + NO_SYMBOL)) {
      return null;
    }
    return decodePath(iri.substring((base + DOC).length()));
  }

  public String paragraph(String document, boolean preambular, int ordinal) {
    return document + (preambular ? "/pp/" : "/op/") + ordinal;
  }

  /**
   * A paragraph of the resolution ({@code annex} 0) or of its {@code annex}-th annex, where
   * {@code ordinal} is its position in the annex.
   */
  public String paragraph(String document, int annex, boolean preambular, int ordinal) {
    return annex == 0 ? paragraph(document, preambular, ordinal) : annex(document, annex) + "/para/" + ordinal;
  }

  /** The {@code k}-th annex of a document, in source order. */
  public String annex(String document, int k) {
    return document + "/annex/" + k;
  }

  public String citation(String paragraph, int k) {
    return paragraph + "/citation/" + k;
  }

  public String output(String paragraph, int k) {
    return paragraph + "/output/" + k;
  }

  /** A mandate ({@code id/mandate/{notation}}). */
  public String mandate(String notation) {
    return base + "id/mandate/" + notation;
  }

  /**
   * The notation of a mandate, deterministic from its holder's title: lower-case ASCII words joined
   * by hyphens, the feminine titles as the masculine ("Rapporteuse spéciale" is "Rapporteur
   * spécial"), so that one mandate is one node whoever holds it.
   */
  public static String mandateNotation(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace("œ", "oe").replace("Œ", "OE").toLowerCase(Locale.ROOT)
        .replaceAll("\\brapporteuse(s?) speciale(s?)\\b", "rapporteur$1 special$2")
        .replaceAll("\\bexperte independante\\b", "expert independant");
    return String.join("-", ascii.split("[^a-z0-9]+")).replaceAll("^-|-$", "");
  }

  public String mention(String paragraph, int k) {
    return paragraph + "/mention/" + k;
  }

  public String sponsorship(String document, String iso3) {
    return document + "/sponsor/" + iso3;
  }

  public String vote(String document, String iso3) {
    return document + "/vote/" + iso3;
  }

  public String state(String iso3) {
    return base + "id/state/" + iso3;
  }

  public String fund(String notation) {
    return base + "id/fund/" + notation;
  }

  public String body(String notation) {
    return base + "id/body/" + notation;
  }

  /**
   * A session of an organ, named by the organ's notation ({@code id/session/hrc/53},
   * {@code id/session/ga/79}); special sessions as S-{n}.
   */
  public String session(String body, int number, boolean special) {
    return base + "id/session/" + body + "/" + (special ? "S-" : "") + number;
  }

  /**
   * The thing a request path names after {@code id/} (or {@code page/}, {@code data/}), however
   * the client escaped it: decoded, then escaped as this class mints IRIs.
   */
  public String thing(String rawPath) {
    return base + "id/" + encodePath(decodePath(rawPath));
  }

  /** The dataset a build makes, described by VoID. */
  public String dataset() {
    return base + "id/dataset";
  }

  /** The named graph that holds the SHACL validation report of a build: its data-quality findings. */
  public String qualityGraph() {
    return base + "id/graph/quality";
  }

  /** The named graph that holds the reference individuals of a build. */
  public String referenceGraph() {
    return base + "id/graph/reference";
  }

  /** Percent-encodes what a path segment may not hold; keeps "/" as the separator of symbol parts. */
  static String encodePath(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/()!$&'*+,;=:@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  /** Decodes percent-escapes; an escape that is not one (a % without two hex digits) stays as written. */
  static String decodePath(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int c = s.codePointAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c < 0x80) {
        out.write(c);
      } else {
        out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }


  /** The first words of a title, in lower-case ASCII joined by hyphens, ending with a hyphen. */
  private static String slug(String title) {
    if (title == null || title.isBlank()) {
      return "";
    }
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace("œ", "oe").replace("Œ", "OE").toLowerCase(Locale.ROOT);
    String[] words = ascii.split("[^a-z0-9]+");
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    for (String w : words) {
      if (!w.isEmpty() && taken < SLUG_WORDS) {
        sb.append(w).append('-');
        taken++;
      }
    }
    return sb.toString();
  }
}
