package org.w3id.hrckg.model;

/**
 * A problem found in one input file, with the line it concerns (1-based, 0 when it concerns the
 * whole file). Printed GNU style: {@code file:line: severity: message}.
 */
public record Diagnostic(Severity severity, String file, int line, String message) {

  /** How bad a problem is: an error keeps the document out of the graph, a warning does not. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Diagnostic error(String file, int line, String message) {
    return new Diagnostic(Severity.ERROR, file, line, message);
  }

  public static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(Severity.WARNING, file, line, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return line > 0
        ? file + ":" + line + ": " + severity.label() + ": " + message
        : file + ": " + severity.label() + ": " + message;
  }
}
