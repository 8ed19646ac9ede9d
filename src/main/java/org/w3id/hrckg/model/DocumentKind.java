package org.w3id.hrckg.model;

/** What a parsed text is: an adopted resolution, a draft resolution, or an adopted decision. */
public enum DocumentKind {
  RESOLUTION,
  DRAFT_RESOLUTION,
  DECISION
}
