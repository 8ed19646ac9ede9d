package org.w3id.hrckg.read.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.source.OffsetText;

/**
 * An element of an XML file as {@link XmlTree} reads it: its local name, attributes, children in
 * order (elements and runs of text, each run mapped to its characters in the file), and the line it
 * starts on, for diagnostics.
 */
final class XmlElement {

  private final String name;
  private final Map<String, String> attributes;
  private final List<Object> children = new ArrayList<>();
  private final int line;
  private final OffsetText tag;

  /**
   * @param tag the start tag as the file writes it, mapped to its place in the file
   */
  XmlElement(String name, Map<String, String> attributes, int line, OffsetText tag) {
    this.name = name;
    this.attributes = Map.copyOf(attributes);
    this.line = line;
    this.tag = tag;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  /** An attribute's value, or the empty string (as the DOM gives it). */
  String attribute(String key) {
    return attributes.getOrDefault(key, "");
  }

  /**
   * An attribute's value mapped to where it stands in the file (character references and
   * predefined entities decoded), or an empty text placed at the tag when the element has none.
   */
  OffsetText attributeText(String key) {
    Matcher m = Pattern.compile("(?:^|\\s)(?:[\\w.-]+:)?" + Pattern.quote(key) + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')")
        .matcher(tag);
    if (!m.find()) {
      return OffsetText.synthetic("", tag.sourceStart());
    }
    int g = m.start(1) >= 0 ? 1 : 2;
    return XmlTree.unescape(tag.subSequence(m.start(g), m.end(g)));
  }

  /** The children in document order: {@link XmlElement}s and {@link OffsetText}s. */
  List<Object> children() {
    return children;
  }

  void add(Object child) {
    children.add(child);
  }

  /** The child elements of a name. */
  List<XmlElement> children(String name) {
    List<XmlElement> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof XmlElement e && e.name.equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The descendants of a name, in document order. */
  List<XmlElement> all(String name) {
    return all(e -> e.name.equals(name));
  }

  List<XmlElement> all(Predicate<XmlElement> which) {
    List<XmlElement> out = new ArrayList<>();
    collect(which, out);
    return out;
  }

  private void collect(Predicate<XmlElement> which, List<XmlElement> out) {
    for (Object c : children) {
      if (c instanceof XmlElement e) {
        if (which.test(e)) {
          out.add(e);
        }
        e.collect(which, out);
      }
    }
  }

  /** The first descendant of a name. */
  Optional<XmlElement> first(String name) {
    return first(e -> e.name.equals(name));
  }

  Optional<XmlElement> first(Predicate<XmlElement> which) {
    for (Object c : children) {
      if (c instanceof XmlElement e) {
        if (which.test(e)) {
          return Optional.of(e);
        }
        Optional<XmlElement> deeper = e.first(which);
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }

  /** The first descendant of a name whose attribute has a value. */
  Optional<XmlElement> first(String name, String key, String value) {
    return first(e -> e.name.equals(name) && e.attribute(key).equals(value));
  }

  /** The first child element of a name. */
  Optional<XmlElement> child(String name) {
    return children(name).stream().findFirst();
  }
}
