package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.synth.SyntheticCorpus;

/**
 * The streaming build: the same bytes from one thread and from several; what crosses documents
 * checked across them; and a rebuild that parses only new and changed files giving the very
 * bytes of a full build.
 */
class StreamingBuildTest {

  private static final IriMinter IRIS = new IriMinter("http://kg.example.org/");

  @TempDir
  Path dir;

  private static Streamed build(List<SourceFile> corpus, int threads, DocumentSpill spill) throws IOException {
    return Streamed.build(IRIS, corpus, threads, spill);
  }

  private List<SourceFile> synthetic(int count, long seed) throws IOException {
    Path corpus = dir.resolve("corpus-" + count + "-" + seed);
    SyntheticCorpus.write(corpus, count, seed);
    return CorpusSource.folder(corpus);
  }

  @Test
  void oneThreadAndFourWriteTheSameBytes() throws IOException {
    List<SourceFile> corpus = synthetic(120, 21);
    byte[] one = build(corpus, 1, null).bytes();
    assertArrayEquals(one, build(corpus, 4, null).bytes());
    assertArrayEquals(one, build(corpus, 1, null).bytes());
  }

  @Test
  void aDocumentCitedUnderTwoSymbolsIsFoundAcrossTwoTexts() throws IOException {
    SourceFile assembly = text("a.md", 98, "la résolution 48/141 de l'Assemblée générale, en date du 20 décembre 1993,");
    SourceFile council = text("b.md", 99, "sa résolution 48/141, en date du 20 décembre 1993,");
    assertEquals(Set.of(), twoSymbols(List.of(assembly)));
    assertEquals(Set.of(), twoSymbols(List.of(council)));
    assertEquals(Set.of("http://kg.example.org/id/doc/A/HRC/RES/48/141", "http://kg.example.org/id/doc/A/RES/48/141"),
        twoSymbols(List.of(assembly, council)));
  }

  private static Set<String> twoSymbols(List<SourceFile> corpus) throws IOException {
    Set<String> focus = new TreeSet<>();
    build(corpus, 2, null).report().validation().warnings().stream()
        .filter(e -> e.source().getURI().endsWith("CitedUnderTwoSymbolsShape"))
        .forEach(e -> focus.add(e.focusNode().getURI()));
    return focus;
  }

  /** A short adopted resolution, in Markdown, whose one preambular paragraph after the first recalls something. */
  private static SourceFile text(String name, int number, String recalled) {
    String text = "\n\n**Conseil des droits de l'homme****Quarante-huitième session**\n\n13 septembre-8 octobre 2021\n\n"
        + "Point 10 de l'ordre du jour\n\nAssistance technique et renforcement des capacités**Résolution adoptée par le "
        + "Conseil des droits de l'homme le 11 octobre 2021****48/" + number + ". Coopération internationale**\n\n"
        + "*Le Conseil des droits de l'homme,*\n\n*Guidé* par les buts et principes énoncés dans la Charte des Nations Unies,\n\n"
        + "*Rappelant* " + recalled + "\n\n1. *Décide* de poursuivre l'examen de la question.\n\n*45<sup>e</sup> séance  \n"
        + "11 octobre 2021*\n\n[Adoptée sans vote.]\n";
    return SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anIncrementalRebuildParsesOnlyWhatChangedAndEqualsAFullBuild() throws IOException {
    Path corpus = dir.resolve("incremental");
    SyntheticCorpus.write(corpus, 60, 5);
    Files.delete(corpus.resolve("gold.json"));
    try (DocumentSpill spill = DocumentSpill.in(dir.resolve("parsed"))) {
      assertEquals(60, build(CorpusSource.folder(corpus), 2, spill).report().parsed(), "the first build parses all");
      Files.delete(corpus.resolve("syn-000010.txt"));
      Path changed = corpus.resolve("syn-000020.txt");
      Files.writeString(changed, Files.readString(changed).replace("Salue", "Accueille avec satisfaction"));
      Files.copy(corpus.resolve("syn-000030.txt"), corpus.resolve("syn-000030-copy.txt"));
      Streamed incremental = build(CorpusSource.folder(corpus), 2, spill);
      assertEquals(2, incremental.report().parsed(), "the changed file and the new one");
      Streamed full = build(CorpusSource.folder(corpus), 2, null);
      assertEquals(new String(full.bytes(), StandardCharsets.UTF_8), new String(incremental.bytes(), StandardCharsets.UTF_8));
      assertEquals(full.report().diagnostics(), incremental.report().diagnostics());
      List<String> entries = new ArrayList<>();
      try (var files = Files.list(dir.resolve("parsed"))) {
        files.forEach(p -> entries.add(p.getFileName().toString()));
      }
      assertEquals(60, entries.size(), "the spill keeps what the 60 files of the corpus gave, and no more");
      assertEquals(59, full.report().documents().size(), "the copy is the same document, left out");
    }
  }
}
