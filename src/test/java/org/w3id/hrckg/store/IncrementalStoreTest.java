package org.w3id.hrckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.DocumentSpill;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.synth.SyntheticCorpus;

/**
 * A store rebuilt after its corpus changed starts as a copy of its current generation and writes
 * only the graphs that changed; it must then hold what a store built anew from the same corpus
 * holds: the same quads and prefixes, and the same full-text index, statement for statement.
 */
class IncrementalStoreTest {

  private static final String BASE = "http://kg.example.org/";
  /** The texts of the synthetic corpus: enough for several works, few enough for a unit test. */
  private static final int TEXTS = 30;

  @TempDir
  Path dir;

  /**
   * Each row: a change to the corpus, the texts removed, the texts changed (a preambular verb
   * replaced), the texts added (held back from the first build), each as a glob, and the graphs
   * the rebuild writes: the work of each text changed or added, and the quality graph when its
   * findings change. Past a tenth of the graphs changed, the index is built anew, not updated.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a text removed                  | syn-000010.txt | -                | -              | 0
      a text changed                  | -              | syn-000020.txt   | -              | 1
      a text added                    | -              | -              | syn-000025.txt | 1
      one removed, changed and added  | syn-000010.txt | syn-000020.txt   | syn-000025.txt | 2
      nothing changed                 | -              | -                | -              | 0
      every text with a Salue changed | -              | syn-*.txt        | -              | 19
      """)
  void anIncrementalRebuildHoldsWhatAFullBuildHolds(String change, String removed, String changed, String added,
      int written) throws IOException {
    Path corpus = dir.resolve("corpus");
    SyntheticCorpus.write(corpus, TEXTS, 5);
    Files.delete(corpus.resolve("gold.json"));
    Path heldBack = Files.createDirectories(dir.resolve("held-back"));
    for (Path text : texts(corpus, added)) {
      Files.move(text, heldBack.resolve(text.getFileName()));
    }
    Path parsed = dir.resolve("parsed");
    try (TdbStore store = new TdbStore(dir.resolve("store"))) {
      TdbStore.Rebuild first = rebuild(store, corpus, parsed);
      assertTrue(first.switched(), first.refusal());
      assertEquals(first.built().report().graphs(), first.written(), "the first build writes every graph");
    }
    for (Path text : texts(corpus, removed)) {
      Files.delete(text);
    }
    for (Path text : texts(corpus, changed)) {
      Files.writeString(text, Files.readString(text).replace("Salue", "Accueille avec satisfaction"));
    }
    for (Path text : texts(heldBack, added)) {
      Files.move(text, corpus.resolve(text.getFileName()));
    }
    try (TdbStore incremental = new TdbStore(dir.resolve("store")); TdbStore full = new TdbStore(dir.resolve("full"))) {
      TdbStore.Rebuild rebuilt = rebuild(incremental, corpus, parsed);
      assertTrue(rebuilt.switched(), rebuilt.refusal());
      TdbStore.Rebuild anew = rebuild(full, corpus, dir.resolve("parsed-full"));
      assertTrue(anew.switched(), anew.refusal());
      assertEquals(written, rebuilt.written(), change + ": the graphs written");
      assertEquals(nquads(anew.current().orElseThrow()), nquads(rebuilt.current().orElseThrow()), change + ": the quads");
      assertEquals(prefixes(anew.current().orElseThrow()), prefixes(rebuilt.current().orElseThrow()), change + ": the prefixes");
      List<String> index = indexed(full.current().orElseThrow());
      assertTrue(index.size() > TEXTS, "the index holds the texts' paragraphs");
      assertEquals(index, indexed(incremental.current().orElseThrow()), change + ": the index");
    }
  }

  private static TdbStore.Rebuild rebuild(TdbStore store, Path corpus, Path parsed) throws IOException {
    CorpusPipeline pipeline = new CorpusPipeline(new IriMinter(BASE));
    List<SourceFile> texts = CorpusSource.folder(corpus);
    try (DocumentSpill spill = DocumentSpill.in(parsed)) {
      return store.rebuild(g -> DatasetBuilder.buildInto(g, texts, pipeline, f -> { }, spill), BASE,
          new BuildAcceptance(1, 0.10, true));
    }
  }

  /** The files of a folder a glob names, none for no glob. */
  private static List<Path> texts(Path folder, String glob) throws IOException {
    if (glob == null) {
      return List.of();
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
      List<Path> found = new ArrayList<>();
      files.forEach(found::add);
      return found;
    }
  }

  /** A dataset as N-Quads, one quad a line, sorted: TDB2 lists quads in the order of its node ids. */
  private static String nquads(DatasetGraph dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
    return String.join("\n", new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n"))));
  }

  private static Map<String, String> prefixes(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> new TreeMap<>(dataset.prefixes().getMapping()));
  }

  /** Every Lucene document of a generation's full-text index, as its fields, sorted. */
  private static List<String> indexed(Path generation) throws IOException {
    List<String> documents = new ArrayList<>();
    try (var directory = FSDirectory.open(generation.resolve("text-index")); DirectoryReader reader = DirectoryReader.open(directory)) {
      Bits live = MultiBits.getLiveDocs(reader);
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          Document d = reader.storedFields().document(i);
          TreeMap<String, String> fields = new TreeMap<>();
          for (IndexableField f : d.getFields()) {
            fields.put(f.name(), f.stringValue());
          }
          documents.add(fields.toString());
        }
      }
    }
    documents.sort(null);
    return documents;
  }
}
