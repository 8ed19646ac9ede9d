package org.w3id.hrckg.read.akn;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.source.OffsetText;
import org.w3id.hrckg.text.CleanupPatterns;

/**
 * The text of an element as a reader reads it: the runs of text of its descendants in order,
 * white space collapsed as XML renders it, each character at its place in the file. Elements named
 * to be skipped (a paragraph's own number, its footnotes) leave no text; a line break element
 * ({@code eol}) is a space.
 */
final class InlineText {

  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r]+");
  /** An undocs.org link: the document symbol after the host and an optional language folder. */
  private static final Pattern UNDOCS = Pattern.compile("undocs\\.org/(?:[a-z]{2}/)?(.+)$");

  private final List<OffsetText> parts = new ArrayList<>();
  private final Set<String> skipped;

  private InlineText(Set<String> skipped) {
    this.skipped = skipped;
  }

  /** The collapsed text of an element, without the elements of the skipped names. */
  static OffsetText of(XmlElement e, Set<String> skipped) {
    InlineText t = new InlineText(skipped);
    t.walk(e);
    return t.result();
  }

  static OffsetText of(XmlElement e) {
    return of(e, Set.of());
  }

  private void walk(XmlElement e) {
    for (Object c : e.children()) {
      if (c instanceof OffsetText t) {
        parts.add(t);
      } else if (c instanceof XmlElement child && !skipped.contains(child.name())) {
        if (child.name().equals("eol")) {
          parts.add(OffsetText.synthetic(" ", position()));
        }
        walk(child);
      }
    }
  }

  private int position() {
    return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).sourceEnd();
  }

  private OffsetText result() {
    return collapse(OffsetText.join(parts, ""));
  }

  /**
   * The characters cleaned as the text reader cleans them (invisible characters dropped, combining
   * sequences composed, space and hyphen variants made plain: "résolution\u00a060/251"), white space
   * collapsed to one space as XML renders mixed content, and stripped.
   */
  static OffsetText collapse(OffsetText text) {
    return text.replaceAll(CleanupPatterns.INVISIBLE.pattern(), "")
        .replaceAll(CleanupPatterns.COMBINING_SEQUENCE.pattern(), m -> Normalizer.normalize(m.group(), Normalizer.Form.NFC))
        .replaceAll(CleanupPatterns.SPACE_VARIANT.pattern(), " ")
        .replaceAll(CleanupPatterns.HYPHEN_VARIANT.pattern(), "-")
        .replaceAll(SPACE, " ").strip();
  }

  /** The document an undocs.org link names ("A/HRC/RES/5/1"), or null for another link. */
  static String linkTarget(String href) {
    Matcher m = UNDOCS.matcher(href.strip());
    if (!m.find()) {
      return null;
    }
    String target = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8).strip();
    return target.isEmpty() ? null : target;
  }

  /** The index in a text of the first character at or after a source position. */
  static int indexAt(OffsetText text, int position) {
    for (int i = 0; i < text.length(); i++) {
      if (text.sourceIndex(i) >= position) {
        return i;
      }
    }
    return text.length();
  }
}
