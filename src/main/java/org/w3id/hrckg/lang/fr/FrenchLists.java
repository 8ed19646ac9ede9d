package org.w3id.hrckg.lang.fr;

import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/** How French texts join the names of a list of States. */
public final class FrenchLists implements PatternCatalogue {

  private FrenchLists() {}

  public static final NamedPattern SEPARATOR = NamedPattern.named("state list separator")
      .purpose("what stands between two names of a sponsor or vote list, the asterisk of a non-member and a final colon included")
      .examples("Albanie*, Argentine", "Uruguay* et Yémen* :", "Australie, Autriche", "URUGUAY ET YÉMEN")
      .counterExamples("Bosnie-Herzégovine")
      .ignoringCase()
      .regex("[\\s,*:]*(?:\\bet\\b|,|\\*|:|\\.\\s*$)[\\s,*:]*");
}
