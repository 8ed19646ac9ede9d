package org.w3id.hrckg.read;

import org.w3id.hrckg.source.OffsetText;

/**
 * A hyperlink the source attaches to a phrase (Akoma Ntoso's {@code <a href>} to undocs.org):
 * evidence of what the phrase cites, never the authority, since links cover a part of the
 * citations and some point to the wrong document.
 *
 * @param target the document the link names, as the link writes it ("A/HRC/RES/5/1")
 * @param anchor the linked phrase
 * @param inFootnote whether the link is in a footnote of the paragraph
 */
public record Link(String target, OffsetText anchor, boolean inFootnote) {}
