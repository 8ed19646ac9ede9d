package org.w3id.hrckg.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.reference.Gazetteer;
import org.w3id.hrckg.reference.NamedThing;
import org.w3id.hrckg.reference.ReferenceData;
import org.w3id.hrckg.reference.StateRecord;

/**
 * The gazetteers of the reference data in each language, built once: funds and bodies by every
 * name the language gives them, States in running text by their names in the language, and States
 * in lists (of sponsors, of a recorded vote) by their names in every language, case and letter
 * variants aside, since lists print names in capitals, leave an English name in a French list
 * ("Japan") and write an Arabic name with one form of alef or another.
 */
final class Gazetteers {

  private static final Map<Language, Gazetteer<String>> FUNDS = new ConcurrentHashMap<>();
  private static final Map<Language, Gazetteer<String>> BODIES = new ConcurrentHashMap<>();
  private static final Map<Language, Gazetteer<String>> STATES = new ConcurrentHashMap<>();
  private static final Gazetteer<String> STATES_IN_LISTS = everyLanguage();

  private Gazetteers() {}

  static Gazetteer<String> funds(Language language) {
    return FUNDS.computeIfAbsent(language, l -> named(ReferenceData.get().funds(), l));
  }

  static Gazetteer<String> bodies(Language language) {
    return BODIES.computeIfAbsent(language, l -> named(ReferenceData.get().bodies(), l));
  }

  static Gazetteer<String> states(Language language) {
    return STATES.computeIfAbsent(language, l -> {
      Gazetteer<String> g = new Gazetteer<>(false);
      ReferenceData.get().states().forEach(s -> s.names(l).forEach(name -> g.add(name, s.iso3())));
      return g;
    });
  }

  static Gazetteer<String> statesInLists() {
    return STATES_IN_LISTS;
  }

  private static Gazetteer<String> everyLanguage() {
    Gazetteer<String> g = new Gazetteer<>(true, true);
    for (StateRecord s : ReferenceData.get().states()) {
      for (Language l : Language.values()) {
        s.names(l).forEach(name -> g.add(name, s.iso3()));
      }
    }
    return g;
  }

  private static Gazetteer<String> named(List<NamedThing> things, Language language) {
    Gazetteer<String> g = new Gazetteer<>(true);
    for (NamedThing t : things) {
      t.names(language).forEach(name -> g.add(name, t.notation()));
    }
    return g;
  }
}
