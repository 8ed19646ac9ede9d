package org.w3id.hrckg.server.linkeddata;

import java.util.Optional;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.http.Representation;

/**
 * The Cool-URIs layout of the server, relative to its root: a thing {@code id/X}, its page
 * {@code page/X}, its data {@code data/X} (negotiated) or {@code data/X.ttl} (and the other
 * extensions). Things are named under the base URI of the data, whatever host serves them, so a
 * request is resolved by its path relative to that base.
 */
public final class ResourcePaths {

  public static final String ID = "/id/";
  public static final String PAGE = "/page/";
  public static final String DATA = "/data/";

  private final IriMinter iris;
  private final String base;

  /** @param iris the minter of the data's IRIs, with the base they were minted under */
  public ResourcePaths(IriMinter iris) {
    this.iris = iris;
    this.base = iris.base();
  }

  public String base() {
    return base;
  }

  /** The thing a path after {@code id/}, {@code page/} or {@code data/} names, however it is escaped. */
  public String thing(String rawPath) {
    return iris.thing(rawPath);
  }

  /** The path of a thing's page, or empty for an IRI outside the base (linked as it is). */
  public Optional<String> page(String iri) {
    return rest(iri).map(r -> PAGE + r);
  }

  /** The path of a thing's data in one format. */
  public Optional<String> data(String iri, Representation format) {
    return rest(iri).map(r -> DATA + r + "." + format.extension());
  }

  /** Where a link to an IRI goes in a page: its page when it is ours, else the IRI itself. */
  public String href(String iri) {
    return page(iri).orElse(iri);
  }

  private Optional<String> rest(String iri) {
    String prefix = base + "id/";
    return iri.startsWith(prefix) ? Optional.of(iri.substring(prefix.length())) : Optional.empty();
  }
}
