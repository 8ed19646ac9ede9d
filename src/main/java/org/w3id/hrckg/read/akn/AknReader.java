package org.w3id.hrckg.read.akn;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;
import org.w3id.hrckg.text.SourceDecoder;

/**
 * Reads the UN's Akoma Ntoso XML (AKN4UN, as the repositories UNxml/HRCresolutions and
 * UNxml/GAresolutions publish it). A file holds one resolution ({@code statement}) or, for
 * resolutions adopted in parts (A/RES/75/101 A-B), a {@code documentCollection} whose components
 * are resolutions of their own; annexes ({@code attachments}) are not resolutions. Offsets refer to
 * the decoded XML file itself.
 */
public final class AknReader implements DocumentReader {

  @Override
  public InputFormat format() {
    return InputFormat.AKOMA_NTOSO;
  }

  @Override
  public ResolutionText read(String fileName, byte[] bytes) throws InputFault {
    return readAll(fileName, bytes).get(0);
  }

  @Override
  public List<ResolutionText> readAll(String fileName, byte[] bytes) throws InputFault {
    List<Diagnostic> decoding = new ArrayList<>();
    SourceText source = SourceDecoder.decode(fileName, bytes,
        w -> decoding.add(Diagnostic.warning(fileName, w.line(), w.getMessage())));
    XmlElement root = XmlTree.parse(source.text());
    if (!root.name().equals("akomaNtoso")) {
      throw new InputFault(root.line(), "an XML file whose root is <" + root.name() + ">, not <akomaNtoso>");
    }
    List<ResolutionText> texts = new ArrayList<>();
    XmlElement collection = root.child("documentCollection").orElse(null);
    for (XmlElement statement : statements(root)) {
      texts.add(new StatementReader(source, statement, statement.equals(root.child("statement").orElse(null)) ? null : collection)
          .read());
    }
    if (texts.isEmpty()) {
      throw new InputFault(root.line(), "an Akoma Ntoso file that holds no resolution (no <statement>)");
    }
    texts.set(0, texts.get(0).withDiagnosticsFirst(decoding));
    return texts;
  }

  /**
   * The resolutions of a file: its statement, or the statements of a collection's components (which
   * follow the collection, or sit inside it); annexes are {@code doc}s of a statement, not statements.
   */
  private static List<XmlElement> statements(XmlElement root) {
    List<XmlElement> statements = new ArrayList<>(root.children("statement"));
    for (XmlElement holder : List.of(root, root.child("documentCollection").orElse(root))) {
      for (XmlElement components : holder.children("components")) {
        components.children("component").forEach(c -> statements.addAll(c.children("statement")));
      }
    }
    return statements;
  }
}
