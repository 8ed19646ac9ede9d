package org.w3id.hrckg.server.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The translation catalogue of the interface: every label and message of the pages, one file per
 * language ({@code src/main/resources/i18n/messages_LANG.properties}, UTF-8), the same keys in each
 * (CatalogueTest checks it). Templates read them as {@code {{t.key}}}.
 */
public final class Catalogue {

  /** The languages of the interface, the first the default. */
  public static final List<String> LANGUAGES = List.of("en", "fr");

  private static final Map<String, Map<String, String>> MESSAGES = load();

  private Catalogue() {}

  /** The messages of a language of the interface (the default language's for any other). */
  public static Map<String, String> messages(String lang) {
    return MESSAGES.getOrDefault(lang, MESSAGES.get(LANGUAGES.get(0)));
  }

  /** One message, with its {@code {0}}, {@code {1}}... replaced by the values given. */
  public static String message(String lang, String key, Object... values) {
    String text = messages(lang).get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message " + key + " in the catalogue");
    }
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      String file = "/i18n/messages_" + lang + ".properties";
      try (InputStream in = Catalogue.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("the catalogue " + file + " is missing from the jar");
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> messages = new TreeMap<>();
        p.forEach((k, v) -> messages.put((String) k, (String) v));
        all.put(lang, Map.copyOf(messages));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the catalogue " + file, e);
      }
    }
    return Map.copyOf(all);
  }
}
