package org.w3id.hrckg.store;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a new build may replace the previous one (a dump, a store's generation): it must hold at
 * least {@code minDocuments} documents and lose no more than {@code maxLoss} of the documents of
 * the previous build. A build that a bad corpus, a wrong folder or a broken parser has emptied
 * therefore never replaces a good one. {@code force} lifts both checks; nothing lifts validation.
 *
 * @param minDocuments the fewest documents a build may hold
 * @param maxLoss the largest fraction of the previous build's documents that may be lost, 0 to 1
 * @param force whether to replace the previous build whatever the counts
 */
public record BuildAcceptance(int minDocuments, double maxLoss, boolean force) {

  public static final BuildAcceptance DEFAULT = new BuildAcceptance(1, 0.10, false);

  public BuildAcceptance {
    if (minDocuments < 0 || maxLoss < 0 || maxLoss > 1) {
      throw new IllegalArgumentException("--min-documents must be 0 or more and --max-loss between 0% and 100%");
    }
  }

  /**
   * Why a build of {@code built} documents must not replace a previous build of {@code previous}
   * (empty when there is none): its data does not conform to the shapes (even with {@code --force}),
   * or it has too few documents; empty when it may.
   */
  public Optional<String> refusal(boolean conforms, int built, OptionalInt previous) {
    if (!conforms) {
      return Optional.of("the data does not conform to the shapes");
    }
    if (force) {
      return Optional.empty();
    }
    if (built < minDocuments) {
      return Optional.of(String.format(Locale.ROOT, "%d document(s) built, fewer than the %d required (--min-documents)",
          built, minDocuments));
    }
    if (previous.isPresent() && previous.getAsInt() > 0) {
      double lost = (previous.getAsInt() - built) / (double) previous.getAsInt();
      if (lost > maxLoss) {
        return Optional.of(String.format(Locale.ROOT,
            "%d document(s) built where the previous build has %d: %.0f%% lost, more than the %.0f%% allowed (--max-loss)",
            built, previous.getAsInt(), lost * 100, maxLoss * 100));
      }
    }
    return Optional.empty();
  }
}
