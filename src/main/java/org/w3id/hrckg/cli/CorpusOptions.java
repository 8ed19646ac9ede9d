package org.w3id.hrckg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.SourceFile;
import picocli.CommandLine.Option;

/** The options shared by the commands that build a corpus: where it is and its base URI. */
final class CorpusOptions {

  /** The default port, which also sets the default base URI. */
  static final int DEFAULT_PORT = 3030;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder of texts, XML, PDF and Word files, at any depth (default: the bundled corpus).")
  Path corpus;

  @Option(names = "--base-uri", paramLabel = "URI",
      description = "Base of the minted URIs (default: http://localhost:{port}/, port 3030 unless --port says otherwise).")
  String baseUri;

  /** The inputs of the corpus; a folder that holds none is a usage error, not an empty build. */
  List<SourceFile> texts() throws IOException {
    List<SourceFile> texts = corpus != null ? CorpusSource.folder(corpus) : CorpusSource.bundled();
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("the corpus " + corpus + " holds no document to read (.txt, .md, .xml, .pdf, .docx, .doc, at any depth)");
    }
    return texts;
  }

  IriMinter iris(int port) {
    return new IriMinter(baseUri != null ? baseUri : "http://localhost:" + port + "/");
  }

  String corpusName() {
    return corpus != null ? corpus.toString() : "the bundled corpus";
  }
}
