package org.w3id.hrckg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The warnings of a build that say the same thing of different files, gathered: a reader that
 * meets one convention of the source in every file ("the workflow step … is dated 0001-01-01")
 * warns once per file, and a user of the dump wants the class, how often and where. Two warnings
 * are of one class when they differ only in what they quote and in their numbers, symbols and file
 * names (every word with a digit).
 *
 * @param pattern the message with its quotations as {@code "…"} and its words with digits as {@code n}
 * @param count how many warnings the build gave of this class
 * @param files the files they concern, sorted, each once
 * @param example the first of them, in full ({@code file:line: warning: message})
 */
public record WarningClass(String pattern, int count, List<String> files, String example) {

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|«[^»]*»|“[^”]*”");
  private static final Pattern WITH_DIGITS = Pattern.compile("[\\p{L}\\p{N}_/.()-]*\\d[\\p{L}\\p{N}_/.-]*");

  public WarningClass {
    files = List.copyOf(files);
  }

  /** The class of a message. */
  public static String patternOf(String message) {
    return WITH_DIGITS.matcher(QUOTED.matcher(message).replaceAll("\"…\"")).replaceAll("n");
  }

  /** The classes of the warnings among diagnostics, sorted by pattern; errors are not warnings. */
  public static List<WarningClass> of(List<Diagnostic> diagnostics) {
    Map<String, List<Diagnostic>> byPattern = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      if (!d.isError()) {
        byPattern.computeIfAbsent(patternOf(d.message()), k -> new ArrayList<>()).add(d);
      }
    }
    List<WarningClass> out = new ArrayList<>();
    byPattern.forEach((pattern, these) -> out.add(new WarningClass(pattern, these.size(),
        new ArrayList<>(new TreeSet<>(these.stream().map(Diagnostic::file).toList())), these.get(0).toString())));
    return List.copyOf(out);
  }
}
