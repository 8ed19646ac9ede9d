package org.w3id.hrckg.server.html;

/** An error page: its frame carries the title (and the URI the data does not know), with a message. */
record NotFoundPage(PageFrame frame, String message) {}
