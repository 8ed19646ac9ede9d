package org.w3id.hrckg.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicons of the language profiles: UTF-8 text resources beside the class that owns them,
 * one entry a line, blank lines and lines starting with {@code #} (their documentation) left out.
 */
public final class Lexicons {

  private Lexicons() {}

  /** The entries of a lexicon, stripped, in the order of the file. */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + name + " beside " + owner.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }
}
