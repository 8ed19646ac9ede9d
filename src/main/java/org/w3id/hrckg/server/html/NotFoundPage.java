package org.w3id.hrckg.server.html;

/** The page of a URI the data does not know: its frame carries the title and the URI. */
record NotFoundPage(PageFrame frame) {}
