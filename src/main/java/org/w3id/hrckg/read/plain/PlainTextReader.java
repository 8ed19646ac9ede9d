package org.w3id.hrckg.read.plain;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hrckg.lang.LanguageDetector;
import org.w3id.hrckg.lang.LanguageProfile;
import org.w3id.hrckg.lang.Profiles;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.read.DocumentReader;
import org.w3id.hrckg.read.ResolutionText;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;
import org.w3id.hrckg.structure.StructureReader;
import org.w3id.hrckg.text.SourceDecoder;
import org.w3id.hrckg.text.TextNormalizer;

/**
 * Reads text and Markdown: the two styles resolutions come in when someone else extracted them
 * (PDF extractions with their page furniture and footnotes, Markdown-like conversions), and text
 * typed or pasted. Decoding, then normalisation (page furniture, footnotes, markup set apart),
 * then segmentation; the language is decided from the text.
 */
public final class PlainTextReader implements DocumentReader {

  @Override
  public InputFormat format() {
    return InputFormat.PLAIN_TEXT;
  }

  @Override
  public ResolutionText read(String fileName, byte[] bytes) throws InputFault {
    List<Diagnostic> decoding = new ArrayList<>();
    SourceText source = SourceDecoder.decode(fileName, bytes,
        w -> decoding.add(Diagnostic.warning(fileName, w.line(), w.getMessage())));
    return readText(source, InputFormat.PLAIN_TEXT).withDiagnosticsFirst(decoding);
  }

  /**
   * Reads a text line by line, in the language its content is in: the way of text files, and of
   * the text a PDF or Word reader lays out from its file.
   *
   * @param format the format the text came in
   */
  public static ResolutionText readText(SourceText source, InputFormat format) throws InputFault {
    Language language = LanguageDetector.detect(source.text()).orElse(Language.FRENCH);
    LanguageProfile profile = Profiles.of(language).orElseThrow(() -> new InputFault(0,
        "a text in " + language.name().toLowerCase(java.util.Locale.ROOT) + "; texts are read in "
            + Profiles.all().stream().map(p -> p.language().name().toLowerCase(java.util.Locale.ROOT)).toList()
            + ", and the other languages from Akoma Ntoso XML"));
    return StructureReader.read(TextNormalizer.normalize(source, profile.layout()), format, profile);
  }
}
