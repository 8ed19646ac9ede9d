package org.w3id.hrckg.server.html;

/** A link in a page: where it goes and what it says. */
public record Link(String href, String label) {}
