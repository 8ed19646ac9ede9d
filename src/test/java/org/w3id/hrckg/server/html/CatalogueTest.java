package org.w3id.hrckg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One catalogue: every language has every key, and every key a template or a page names is in it. */
class CatalogueTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{\\{t\\.([a-z0-9_]+)}}");
  private static final Pattern CODE_KEY = Pattern.compile("message\\(\"([a-z0-9_]+)\"[,)]");

  @Test
  void everyLanguageHasEveryKey() {
    Set<String> english = Catalogue.messages("en").keySet();
    for (String lang : Catalogue.LANGUAGES) {
      assertEquals(new TreeSet<>(english), new TreeSet<>(Catalogue.messages(lang).keySet()), lang);
      Catalogue.messages(lang).forEach((k, v) -> assertTrue(!v.isBlank(), lang + " " + k));
    }
  }

  @Test
  void everyKeyUsedIsInTheCatalogue() {
    Set<String> used = new TreeSet<>();
    used.addAll(keys(Path.of("src/main/resources/templates"), TEMPLATE_KEY));
    used.addAll(keys(Path.of("src/main/java/org/w3id/hrckg/server"), CODE_KEY));
    used.removeAll(Catalogue.messages("en").keySet());
    assertEquals(Set.of(), used);
  }

  private static Set<String> keys(Path folder, Pattern key) {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}
