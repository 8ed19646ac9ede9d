package org.w3id.hrckg.pattern;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A named place where patterns of one kind live (page furniture, citations, dates...). The
 * patterns are its public static {@link NamedPattern} fields; {@link #patterns(Class)} lists them
 * so that one test can check every example of every catalogue.
 */
public interface PatternCatalogue {

  /** The patterns declared as public static fields of a catalogue class. */
  static List<NamedPattern> patterns(Class<? extends PatternCatalogue> catalogue) {
    List<NamedPattern> found = new ArrayList<>();
    for (Field field : catalogue.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == NamedPattern.class) {
        try {
          found.add((NamedPattern) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("public field not readable: " + field, e);
        }
      }
    }
    return found;
  }
}
