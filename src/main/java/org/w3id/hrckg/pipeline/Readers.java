package org.w3id.hrckg.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.FormatSniffer;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.read.akn.AknReader;
import org.w3id.hrckg.read.pdf.PdfReader;
import org.w3id.hrckg.read.plain.PlainTextReader;
import org.w3id.hrckg.read.word.BinaryWordReader;
import org.w3id.hrckg.read.word.WordReader;
import org.w3id.hrckg.source.InputFault;

/** The readers of every input format, chosen by what a file's bytes are, not by its name. */
final class Readers {

  private static final Map<InputFormat, DocumentReader> READERS = new EnumMap<>(InputFormat.class);

  static {
    for (DocumentReader r : new DocumentReader[] {new PlainTextReader(), new AknReader(), new PdfReader(), new WordReader(), new BinaryWordReader()}) {
      READERS.put(r.format(), r);
    }
  }

  private Readers() {}

  /** Reads every resolution of a file with the reader of its format. */
  static List<ResolutionText> readAll(String fileName, byte[] bytes) throws InputFault {
    InputFormat format = FormatSniffer.sniff(bytes);
    DocumentReader reader = READERS.get(format);
    if (reader == null) {
      throw new InputFault(0, "a " + format + " file; this build reads no " + format + " yet");
    }
    return reader.readAll(fileName, bytes);
  }
}
