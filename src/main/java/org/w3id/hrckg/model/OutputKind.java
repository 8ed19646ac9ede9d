package org.w3id.hrckg.model;

/** The kinds of output an operative paragraph can mandate; each is a class of the ontology. */
public enum OutputKind {
  REPORT("RequestedReport"),
  ORAL_UPDATE("OralUpdate"),
  PANEL_DISCUSSION("PanelDiscussion"),
  INTERSESSIONAL_MEETING("IntersessionalMeeting"),
  CONSULTATION("Consultation"),
  WORKSHOP("Workshop"),
  STUDY("Study"),
  /** A summary of a meeting's discussions ("un rapport de synthèse", "a summary report"). */
  SUMMARY("SummaryReport"),
  COMPILATION("Compilation");

  private final String className;

  OutputKind(String className) {
    this.className = className;
  }

  /** The local name of the class in the ontology namespace. */
  public String className() {
    return className;
  }
}
