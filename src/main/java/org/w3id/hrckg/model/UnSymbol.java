package org.w3id.hrckg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol, parsed and printed in this one place: its slash-separated parts
 * ({@code A/HRC/RES/45/32}, {@code A/HRC/51/L.15/Rev.1}, {@code E/CN.4/RES/2005/74},
 * {@code S/RES/2334 (2016)}), and the second symbol of a joint document
 * ({@code A/76/871-S/2022/493}). The parts say what the document is: its series (the first part),
 * the organ within it ({@code HRC}, {@code CN.4}), a resolution ({@code RES}) or decision
 * ({@code DEC}), a draft ({@code L.15}), the session, the number, a revision, addenda, corrigenda.
 *
 * @param parts the parts, as written (at least two)
 * @param joint the symbol of the other half of a joint document, or null
 */
public record UnSymbol(List<String> parts, UnSymbol joint) {

  /** One part: letters with a dotted number (CN.4, L.15, Rev.1), a number, a special session, a year-numbered SC resolution. */
  private static final String PART = "(?:[A-Z][A-Za-z]{0,9}(?:\\.\\d{1,5})?|\\d{1,5}(?:\\.\\d{1,3}|-\\d{1,4})?|E?S-\\d{1,3}"
      + "|\\d{1,4}\\s?\\((?:19|20)\\d{2}\\)|\\d{1,4}(?:\\s[A-H])?\\s?\\([IVXLC]+\\)|\\d{1,4}\\s[A-H])";
  private static final Pattern ONE = Pattern.compile("[A-Z]{1,6}(?:/" + PART + ")+");
  private static final Pattern WHOLE = Pattern.compile("(" + ONE.pattern() + ")(?:-(" + ONE.pattern() + "))?");
  private static final Pattern DRAFT = Pattern.compile("L\\.\\d+");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern SPECIAL = Pattern.compile("(E?S)-(\\d{1,3})");

  public UnSymbol {
    parts = List.copyOf(parts);
    if (parts.size() < 2) {
      throw new IllegalArgumentException("a symbol has a series and at least one more part: " + parts);
    }
  }

  /** The symbol a text writes, if it is one. */
  public static Optional<UnSymbol> parse(String text) {
    Matcher m = WHOLE.matcher(text.strip());
    if (!m.matches() || text.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    UnSymbol joint = m.group(2) != null ? new UnSymbol(List.of(m.group(2).split("/")), null) : null;
    return Optional.of(new UnSymbol(List.of(m.group(1).split("/")), joint));
  }

  /** A symbol known to be well formed (from this code's own tables); throws otherwise. */
  public static UnSymbol of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a UN symbol: " + text));
  }

  /** The series: A (General Assembly and its organs), E (ECOSOC), S (Security Council), CRC, CCPR... */
  public String series() {
    return parts.get(0);
  }

  public boolean isResolution() {
    return parts.contains("RES");
  }

  public boolean isDecision() {
    return parts.contains("DEC");
  }

  /** A draft: an L-numbered document (A/HRC/51/L.15/Rev.1). */
  public boolean isDraft() {
    return parts.stream().anyMatch(p -> DRAFT.matcher(p).matches());
  }

  /**
   * The session the symbol names: the first plain or special-session number after the series and
   * organ (45 in A/HRC/RES/45/32, 51 in A/HRC/51/L.15, 34 in A/HRC/RES/S-34/1); empty where the
   * symbol numbers by year (E/CN.4/RES/2005/74, S/2023/856) or not at all.
   */
  public Optional<Integer> session() {
    for (int i = 1; i < parts.size(); i++) {
      String p = parts.get(i);
      Matcher special = SPECIAL.matcher(p);
      if (special.matches()) {
        return Optional.of(Integer.valueOf(special.group(2)));
      }
      if (NUMBER.matcher(p).matches()) {
        int n = Integer.parseInt(p);
        return n < 1900 && i + 1 < parts.size() ? Optional.of(n) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the session is a special ("S-") or emergency special ("ES-") session. */
  public boolean specialSession() {
    return parts.stream().anyMatch(p -> SPECIAL.matcher(p).matches());
  }

  /** The revision ("Rev.1" gives 1), or 0. */
  public int revision() {
    return dotted("Rev");
  }

  /** The addendum ("Add.2" gives 2), or 0. */
  public int addendum() {
    return dotted("Add");
  }

  /** The same symbol with an addendum: A/HRC/54/25 and 2 give A/HRC/54/25/Add.2. */
  public UnSymbol withAddendum(int n) {
    List<String> more = new ArrayList<>(parts);
    if (addendum() > 0) {
      more.remove(more.size() - 1);
    }
    more.add("Add." + n);
    return new UnSymbol(more, null);
  }

  private int dotted(String prefix) {
    for (String p : parts) {
      if (p.startsWith(prefix + ".")) {
        return Integer.parseInt(p.substring(prefix.length() + 1));
      }
    }
    return 0;
  }

  /** The canonical form: parts joined by slashes, a joint document's second symbol after a hyphen. */
  @Override
  public String toString() {
    return String.join("/", parts) + (joint != null ? "-" + joint : "");
  }
}
