package org.w3id.hrckg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hrckg.synth.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: writes a synthetic corpus of realistic texts and their gold facts, the same for the same seed. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Write N synthetic resolution texts (both text styles) and their gold facts (gold.json), for benchmarks.")
final class SynthCommand implements Callable<Integer> {

  @Option(names = "--count", paramLabel = "N", required = true, description = "How many texts.")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed; the same seed gives the same texts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write them into.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (count < 1) {
      spec.commandLine().getErr().println("synth: --count must be positive");
      return HrcKg.USAGE;
    }
    try {
      SyntheticCorpus.write(out, count, seed);
    } catch (IOException e) {
      spec.commandLine().getErr().printf("synth: cannot write into %s: %s%n", out, BuildRun.describe(e));
      return HrcKg.USAGE;
    }
    spec.commandLine().getOut().printf("%d texts and their gold facts (gold.json) written to %s%n", count, out);
    return 0;
  }
}
