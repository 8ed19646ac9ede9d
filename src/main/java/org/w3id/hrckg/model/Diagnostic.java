package org.w3id.hrckg.model;

/**
 * A problem found in one input file, with the line it concerns (1-based, 0 when it concerns the
 * whole file). Printed GNU style: {@code file:line: severity: message}.
 */
public record Diagnostic(Severity severity, String file, int line, String message) {

  /** The longest message a diagnostic prints: quoting a whole hostile input helps no one. */
  public static final int MAX_MESSAGE = 400;

  public Diagnostic {
    message = excerpt(message, MAX_MESSAGE);
  }

  /** A text cut to at most {@code max} characters, with an ellipsis where it was cut. */
  public static String excerpt(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = Character.isLowSurrogate(text.charAt(max - 1)) ? max - 2 : max - 1;
    return text.substring(0, cut) + "…";
  }

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
