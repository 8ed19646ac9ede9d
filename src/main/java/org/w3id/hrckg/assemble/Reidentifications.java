package org.w3id.hrckg.assemble;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.hrckg.model.Language;

/**
 * Finds the files that bear another resolution's symbol, as the UN's repositories publish some (the
 * French files of A/RES/78/4 and 78/130 bear A/RES/78/3 and 78/13), by the UN's convention that
 * settles it: the workflow of every adopted resolution names its draft (A/78/L.3,
 * A/C.3/78/L.12/Rev.1), a draft is adopted as exactly one resolution, and every language version
 * of a resolution names the same draft. A file is re-identified when the symbol it bears is borne
 * by another file of its language too, with another draft (or none), and its own draft is the one
 * the other languages' versions of one other resolution name, which has no version in its
 * language. Anything less settles nothing (no draft; a draft no other language names, or names for
 * two resolutions; a resolution that has its version in this language): the file keeps the symbol
 * it bears, and the assembly's rule for two files of one version applies.
 */
public final class Reidentifications {

  private Reidentifications() {}

  /** The re-identifications among the documents of a corpus, in the order given. */
  public static List<Reidentification> of(List<Identity> corpus) {
    Map<String, List<Identity>> claims = new HashMap<>();
    Map<String, Map<Language, Set<String>>> adoptedAs = new HashMap<>();
    for (Identity d : corpus) {
      if (d.symbol() != null) {
        claims.computeIfAbsent(claim(d.symbol(), d.language()), k -> new ArrayList<>()).add(d);
        if (d.draft() != null) {
          adoptedAs.computeIfAbsent(d.draft(), k -> new EnumMap<>(Language.class))
              .computeIfAbsent(d.language(), k -> new TreeSet<>()).add(d.symbol());
        }
      }
    }
    List<Reidentification> found = new ArrayList<>();
    for (Identity d : corpus) {
      if (d.symbol() == null || d.draft() == null) {
        continue;
      }
      Identity claimant = claims.get(claim(d.symbol(), d.language())).stream()
          .filter(o -> o != d && !Objects.equals(o.draft(), d.draft())).findFirst().orElse(null);
      Set<String> elsewhere = new TreeSet<>();
      adoptedAs.get(d.draft()).forEach((language, symbols) -> {
        if (language != d.language()) {
          elsewhere.addAll(symbols);
        }
      });
      if (claimant == null || elsewhere.size() != 1 || elsewhere.contains(d.symbol())) {
        continue;
      }
      String symbol = elsewhere.iterator().next();
      if (!claims.containsKey(claim(symbol, d.language()))) {
        found.add(new Reidentification(d.reference(), d.file(), d.symbol(), symbol, d.draft(), claimant.file()));
      }
    }
    return List.copyOf(found);
  }

  private static String claim(String symbol, Language language) {
    return symbol + "\n" + language.code();
  }
}
