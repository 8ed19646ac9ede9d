package org.w3id.hrckg.server.html;

import java.util.List;

/**
 * What every page carries around its content: its title, the thing it shows, the alternate
 * representations of that thing ({@code <link rel="alternate">} and download links), and the
 * search typed, shown again in the search box.
 */
public record PageFrame(String title, String iri, List<Alternate> alternates, String query) {

  public PageFrame(String title, String iri, List<Alternate> alternates) {
    this(title, iri, alternates, null);
  }

  /** An RDF representation of the thing a page shows. */
  public record Alternate(String href, String type, String label) {}
}
