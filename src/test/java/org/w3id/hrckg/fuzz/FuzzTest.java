package org.w3id.hrckg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.pipeline.CorpusSource;
import org.w3id.hrckg.pipeline.DocumentLimits;
import org.w3id.hrckg.pipeline.DocumentSummary;
import org.w3id.hrckg.pipeline.SourceFile;

/**
 * Thousands of spoilt real texts (see {@link Mutation}), in batches with good texts, through the
 * real pipeline and its guard: no mutant may throw out of its document (the guard reports that as
 * an internal error) or run out of its time; each is either built or diagnosed by name (a mere copy of a good text by the warning that says so); and every
 * good text of every batch is built. The seed and the count are fixed for CI; a longer run:
 * {@code mvn -B test -Dtest=FuzzTest -Dhrckg.fuzz.count=50000 -Dhrckg.fuzz.seed=$RANDOM}.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("hrckg.fuzz.seed", 20_261_201L);
  private static final int COUNT = Integer.getInteger("hrckg.fuzz.count", 2_000);
  private static final int BATCH = 50;
  private static final DocumentLimits LIMITS = new DocumentLimits(DocumentLimits.DEFAULT.maxBytes(), Duration.ofSeconds(20));

  @Test
  void everyMutantIsBuiltOrDiagnosedAndEveryGoodTextIsBuilt() throws IOException {
    List<SourceFile> good = goodTexts();
    SplittableRandom random = new SplittableRandom(SEED);
    Mutation[] mutations = Mutation.values();
    List<String> problems = new ArrayList<>();
    int[] perMutation = new int[mutations.length];
    for (int start = 0; start < COUNT; start += BATCH) {
      List<SourceFile> mutants = new ArrayList<>();
      for (int i = start; i < Math.min(COUNT, start + BATCH); i++) {
        Mutation m = mutations[random.nextInt(mutations.length)];
        perMutation[m.ordinal()]++;
        SourceFile seed = good.get(random.nextInt(good.size()));
        String name = String.format(Locale.ROOT, "mutant-%05d-%s.txt", i, m.name().toLowerCase(Locale.ROOT));
        mutants.add(SourceFile.of(name, m.apply(seed.bytes(), random.split())));
      }
      Collections.shuffle(mutants, new Random(random.nextLong()));
      List<SourceFile> batch = new ArrayList<>(good);
      batch.addAll(mutants);
      problems.addAll(check(batch, good, mutants));
    }
    for (Mutation m : mutations) {
      assertTrue(COUNT < 500 || perMutation[m.ordinal()] > 0, "every mutation is drawn: " + m);
    }
    assertEquals(List.of(), problems, "mutants that broke the build (seed " + SEED + ")");
  }

  private static List<String> check(List<SourceFile> batch, List<SourceFile> good, List<SourceFile> mutants) {
    CorpusPipeline pipeline = new CorpusPipeline(new IriMinter("http://kg.example.org/"), LIMITS, 2);
    CorpusPipeline.Report report = pipeline.run(batch, StreamRDFLib.sinkNull(), f -> { });
    Set<String> built = new HashSet<>();
    report.documents().stream().map(DocumentSummary::file).forEach(built::add);
    Set<String> diagnosed = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      // a mutant that only re-encodes a good text (a BOM, UTF-16, Latin-1...) is that text again: read once, with
      // a warning that names it as a copy
      if (d.isError() || d.message().startsWith("a copy of ")) {
        diagnosed.add(d.file());
      }
      if (d.message().startsWith("internal error") || d.message().contains("time budget")) {
        problems.add(d.toString());
      }
    }
    for (SourceFile g : good) {
      if (!built.contains(g.name())) {
        problems.add(g.name() + ": a good text was not built beside the mutants");
      }
    }
    for (SourceFile m : mutants) {
      if (!built.contains(m.name()) && !diagnosed.contains(m.name())) {
        problems.add(m.name() + ": neither built nor diagnosed");
      }
    }
    return problems;
  }

  private static List<SourceFile> goodTexts() throws IOException {
    List<SourceFile> texts = new ArrayList<>(CorpusSource.samples());
    CorpusSource.folder(Path.of("src/test/resources/loader-cases")).stream()
        .filter(f -> f.name().startsWith("input.")).forEach(texts::add);
    return texts;
  }
}
