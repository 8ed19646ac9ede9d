package org.w3id.hrckg.server.html;

/**
 * A run of a paragraph's text: plain, or marked as a citation (a link to the cited document), a
 * fund, a State or a mandated output.
 *
 * @param kind the CSS class of a marked run, or null for plain text
 * @param href where a marked run links to, or null
 * @param title the tooltip of a marked run, or null
 */
public record Segment(String text, String kind, String href, String title) {

  static Segment plain(String text) {
    return new Segment(text, null, null, null);
  }

  public boolean marked() {
    return kind != null;
  }
}
