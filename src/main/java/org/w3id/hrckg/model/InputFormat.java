package org.w3id.hrckg.model;

/** The forms in which resolutions come, each read by its own reader. */
public enum InputFormat {
  /** Text: a PDF extraction, a Markdown-like conversion, or text typed or pasted. */
  PLAIN_TEXT,
  /** Akoma Ntoso XML, as the UN's AKN4UN repositories publish it. */
  AKOMA_NTOSO,
  /** Portable Document Format, as the Official Document System serves it. */
  PDF,
  /** Word 2007 and later (Office Open XML). */
  DOCX,
  /** Word 97-2003. */
  DOC
}
