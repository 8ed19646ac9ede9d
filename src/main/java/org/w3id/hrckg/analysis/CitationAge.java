package org.w3id.hrckg.analysis;

import java.util.List;
import java.util.Objects;

/**
 * How old a cited document was when a text cited it: the citing text's year minus the cited
 * document's, where the texts date both.
 */
public record CitationAge(String citing, String cited, int citingYear, int citedYear) {

  public int years() {
    return citingYear - citedYear;
  }

  /** The ages of every edge whose two ends are dated. */
  public static List<CitationAge> of(CitationNetwork network) {
    return network.edges().stream().map(e -> {
      DocumentNode citing = network.node(e.citing());
      DocumentNode cited = network.node(e.cited());
      return citing.year() != null && cited.year() != null
          ? new CitationAge(e.citing(), e.cited(), citing.year(), cited.year()) : null;
    }).filter(Objects::nonNull).toList();
  }
}
