package org.w3id.hrckg.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.hrckg.reference.BundledFiles;

/** The named queries of {@code queries/}, packed into the jar, by name. */
public final class QueryCatalogue {

  private static volatile List<NamedQuery> queries;

  private QueryCatalogue() {}

  /** Every named query, in name order. */
  public static List<NamedQuery> all() {
    List<NamedQuery> q = queries;
    if (q == null) {
      List<NamedQuery> read = new ArrayList<>();
      BundledFiles.read("/queries", n -> n.endsWith(".rq")).forEach((file, bytes) ->
          read.add(NamedQuery.parse(file.substring(0, file.length() - 3), new String(bytes, StandardCharsets.UTF_8))));
      q = List.copyOf(read);
      queries = q;
    }
    return q;
  }

  public static Optional<NamedQuery> byName(String name) {
    return all().stream().filter(q -> q.name().equals(name)).findFirst();
  }
}
