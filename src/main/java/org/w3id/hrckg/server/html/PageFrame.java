package org.w3id.hrckg.server.html;

import java.util.List;

/**
 * What every page carries around its content: its title, the thing it shows, and the
 * alternate representations of that thing ({@code <link rel="alternate">} and download links).
 */
public record PageFrame(String title, String iri, List<Alternate> alternates) {

  /** An RDF representation of the thing a page shows. */
  public record Alternate(String href, String type, String label) {}
}
