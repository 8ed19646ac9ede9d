package org.w3id.hrckg.read.akn;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.OffsetText;

/**
 * Reads an XML file into a tree of {@link XmlElement}s whose text keeps, character by character, its
 * place in the file (the offsets of the graph point into the XML itself), with Woodstox, the StAX
 * parser that reports the character offset of every event. Safely: a document type declaration is
 * refused (Akoma Ntoso files have none, and it is how entities that expand a billion-fold or read
 * files and URLs are declared), nothing is ever resolved from disk or network, and depth, text and
 * attribute sizes are bounded.
 */
final class XmlTree {

  /** The five predefined entities and character references, and line ends, as XML reads them. */
  private static final Pattern ESCAPE = Pattern.compile("&(?:#x([0-9a-fA-F]{1,6})|#(\\d{1,7})|(amp|lt|gt|quot|apos));|\r\n?");
  private static final Map<String, String> PREDEFINED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");
  private static final int MAX_DEPTH = 200;
  private static final int MAX_TEXT = 10_000_000;
  private static final XMLResolver REFUSE = (publicId, systemId, base, namespace) -> {
    throw new XMLStreamException("an external resource (" + systemId + "); nothing is read from disk or network");
  };

  /** Configured once; a configured factory is safe to share between threads. */
  private static final XMLInputFactory FACTORY = factory();

  private XmlTree() {}

  /**
   * The root element of an XML text.
   *
   * @throws InputFault for XML that is not well formed, or declares a document type
   */
  static XmlElement parse(String xml) throws InputFault {
    XMLStreamReader2 r = null;
    try {
      r = (XMLStreamReader2) FACTORY.createXMLStreamReader(new StringReader(xml));
      return read(r, xml);
    } catch (XMLStreamException e) {
      javax.xml.stream.Location at = e.getLocation() != null ? e.getLocation() : r != null ? r.getLocation() : null;
      int line = at != null ? Math.max(0, at.getLineNumber()) : 0;
      throw new InputFault(line, "not well-formed XML: " + firstLine(e.getMessage()));
    } finally {
      close(r);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.RESOLVER, REFUSE);
    f.setProperty(WstxInputProperties.P_DTD_RESOLVER, REFUSE);
    f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, REFUSE);
    f.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, REFUSE);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 100L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 2);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_TEXT);
    return f;
  }

  private static XmlElement read(XMLStreamReader2 r, String xml) throws XMLStreamException, InputFault {
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD -> throw new InputFault(line(r),
            "a document type declaration; Akoma Ntoso files have none, and the file is not read (it could declare"
                + " entities that read files or URLs, or expand without end)");
        case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputFault(line(r),
            "a reference to the undeclared entity &" + r.getLocalName() + ";");
        case XMLStreamConstants.START_ELEMENT -> {
          LocationInfo at = r.getLocationInfo();
          OffsetText tag = OffsetText.slice(xml, (int) at.getStartingCharOffset(), (int) at.getEndingCharOffset());
          XmlElement e = new XmlElement(r.getLocalName(), attributes(r), line(r), tag);
          if (open.isEmpty()) {
            root = e;
          } else {
            open.peek().add(e);
          }
          open.push(e);
        }
        case XMLStreamConstants.END_ELEMENT -> open.pop();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
          if (!open.isEmpty()) {
            open.peek().add(text(r, xml, event == XMLStreamConstants.CDATA));
          }
        }
        default -> { }
      }
    }
    if (root == null) {
      throw new InputFault(0, "an XML file without a root element");
    }
    return root;
  }

  /** The event's text, each character mapped to where it stands in the file. */
  private static OffsetText text(XMLStreamReader2 r, String xml, boolean cdata) throws XMLStreamException {
    LocationInfo at = r.getLocationInfo();
    int start = (int) at.getStartingCharOffset();
    int end = (int) at.getEndingCharOffset();
    String value = r.getText();
    if (cdata) {
      int open = xml.indexOf("<![CDATA[", start);
      start = open >= 0 && open < end ? open + "<![CDATA[".length() : start;
      end = Math.max(start, Math.min(end, start + value.length()));
      OffsetText raw = OffsetText.slice(xml, start, end);
      return raw.toString().equals(value) ? raw : OffsetText.synthetic(value, start);
    }
    OffsetText decoded = unescape(OffsetText.slice(xml, start, end));
    return decoded.toString().equals(value) ? decoded : OffsetText.synthetic(value, start);
  }

  /** Raw text of the file with its character references, predefined entities and line ends decoded. */
  static OffsetText unescape(OffsetText raw) {
    return raw.replaceAll(ESCAPE, XmlTree::unescape);
  }

  private static String unescape(java.util.regex.MatchResult m) {
    if (m.group(1) != null) {
      return Character.toString(Integer.parseInt(m.group(1), 16));
    }
    if (m.group(2) != null) {
      return Character.toString(Integer.parseInt(m.group(2)));
    }
    return m.group(3) != null ? PREDEFINED.get(m.group(3)) : "\n";
  }

  private static Map<String, String> attributes(XMLStreamReader2 r) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return attributes;
  }

  private static int line(XMLStreamReader2 r) {
    return Math.max(0, r.getLocation().getLineNumber());
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void close(XMLStreamReader2 r) {
    if (r != null) {
      try {
        r.closeCompletely();
      } catch (XMLStreamException ignored) {
        // nothing was opened but a string
      }
    }
  }
}
