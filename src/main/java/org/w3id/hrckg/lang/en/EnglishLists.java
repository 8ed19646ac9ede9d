package org.w3id.hrckg.lang.en;

import java.util.List;
import org.w3id.hrckg.pattern.NamedPattern;
import org.w3id.hrckg.pattern.PatternCatalogue;

/**
 * How English texts join the names of a list of States. Names that hold "and" ("Trinidad and
 * Tobago", "Bosnia and Herzegovina") are taken out by the gazetteer before the rest is cut here.
 */
public final class EnglishLists implements PatternCatalogue {

  private EnglishLists() {}

  /** The article of names in running lists: "Belarus, the Russian Federation, Turkey and Uzbekistan". */
  public static final List<String> ARTICLES = List.of("the");

  public static final NamedPattern SEPARATOR = NamedPattern.named("state list separator")
      .purpose("what stands between two names of a sponsor or vote list, the asterisk of a non-member and a final colon included")
      .examples("Albania*, Argentina", "Uruguay* and Yemen*:", "Australia, Austria", "URUGUAY AND YEMEN")
      .counterExamples("Guinea-Bissau", "Andorra")
      .ignoringCase()
      .regex("[\\s,*:]*(?:\\band\\b|,|\\*|:|\\.\\s*$)[\\s,*:]*");
}
