package org.w3id.hrckg.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * Chooses a representation from a request's {@code Accept} header (RFC 9110, section 12.5.1):
 * each offer takes the quality of the most specific media range that matches it (a type before
 * {@code type/*} before {@code *}{@code /*}), so {@code q=0} refuses it; the offer of highest
 * quality wins, and among equals the server's order decides. No header means anything goes.
 */
public final class ContentNegotiation {

  private ContentNegotiation() {}

  /** The best offer for the header, or empty when none is acceptable (a 406). */
  public static Optional<Representation> choose(String accept, List<Representation> offers) {
    if (accept == null || accept.isBlank()) {
      return offers.stream().findFirst();
    }
    QuotedQualityCSV ranges = new QuotedQualityCSV();
    ranges.addValue(accept);
    Representation best = null;
    double bestQuality = 0;
    for (Representation offer : offers) {
      double q = quality(offer, ranges.getQualityValues());
      if (q > bestQuality) {
        best = offer;
        bestQuality = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The quality of the most specific range that matches an offer; 0 when none does. */
  private static double quality(Representation offer, List<QuotedQualityCSV.QualityValue> ranges) {
    int specificity = 0;
    double quality = 0;
    for (QuotedQualityCSV.QualityValue range : ranges) {
      String type = range.getValue().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      int s = specificity(type, offer);
      if (s > specificity || (s == specificity && s > 0 && range.getWeight() > quality)) {
        specificity = s;
        quality = range.getWeight();
      }
    }
    return quality;
  }

  /** 3 for the offer's own type (or an alias), 2 for its whole type, 1 for any type, 0 for no match. */
  private static int specificity(String range, Representation offer) {
    if (offer.answers(range)) {
      return 3;
    }
    if (range.endsWith("/*") && !range.equals("*/*") && offer.mediaType().startsWith(range.substring(0, range.length() - 1))) {
      return 2;
    }
    return range.equals("*/*") ? 1 : 0;
  }

  /** What a 406 lists: the media types on offer. */
  public static String offered(List<Representation> offers) {
    return String.join(", ", offers.stream().map(Representation::mediaType).toList());
  }
}
