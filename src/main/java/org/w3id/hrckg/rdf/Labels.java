package org.w3id.hrckg.rdf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.reference.NamedThing;
import org.w3id.hrckg.reference.ReferenceData;

/**
 * The human labels the graph gives the nodes it mints, in the languages of the interface (French
 * and English), whatever the language of the text: "A/HRC/RES/45/32, alinéa 4 du préambule",
 * "A/HRC/RES/45/32, preambular paragraph 4", "79e session de l’Assemblée générale", "Session 79 of
 * the General Assembly". Organ names are the reference data's.
 */
final class Labels {

  /** The languages every minted node is labelled in. */
  static final List<Language> LANGUAGES = List.of(Language.FRENCH, Language.ENGLISH);

  private static final Map<String, NamedThing> BODIES = ReferenceData.get().bodies().stream()
      .collect(Collectors.toMap(NamedThing::notation, b -> b));

  private Labels() {}

  /** A document that prints no symbol, by its kind. */
  static String kind(DocumentKind kind, Language language) {
    boolean french = language == Language.FRENCH;
    return switch (kind) {
      case DRAFT_RESOLUTION -> french ? "Projet de résolution" : "Draft resolution";
      case DECISION -> french ? "Décision" : "Decision";
      case RESOLUTION -> french ? "Résolution" : "Resolution";
    };
  }

  static String paragraph(String symbol, boolean preambular, int ordinal, Language language) {
    String owner = symbol != null ? symbol + ", " : "";
    if (language == Language.FRENCH) {
      return owner + (preambular ? "alinéa " + ordinal + " du préambule" : "paragraphe " + ordinal + " du dispositif");
    }
    return owner + (preambular ? "preambular paragraph " : "operative paragraph ") + ordinal;
  }

  /** "A/HRC/RES/54/18, annexe 1", "A/HRC/RES/54/18, annex 1". */
  static String annex(String symbol, int k, Language language) {
    return (symbol != null ? symbol + ", " : "") + (language == Language.FRENCH ? "annexe " : "annex ") + k;
  }

  /** "A/HRC/RES/54/18, annexe 1, paragraphe 3": the paragraph by its position in the annex. */
  static String annexParagraph(String symbol, int k, int ordinal, Language language) {
    return annex(symbol, k, language) + (language == Language.FRENCH ? ", paragraphe " : ", paragraph ") + ordinal;
  }

  static String session(Issuer organ, int number, boolean special, Language language) {
    String name = organName(organ, language);
    if (language == Language.FRENCH) {
      String ordinal = number + (number == 1 ? "re" : "e");
      return ordinal + " session " + (special ? "extraordinaire " : "") + frenchOf(name);
    }
    return (special ? "Special session " : "Session ") + number + " of the " + name;
  }

  /** "du Conseil", "de l’Assemblée", "de la Commission": the French genitive of an organ's name. */
  private static String frenchOf(String name) {
    if ("AEIOUÉÈ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0) {
      return "de l’" + name;
    }
    return (name.startsWith("Commission") || name.startsWith("Sous-Commission") ? "de la " : "du ") + name;
  }

  private static String organName(Issuer organ, Language language) {
    NamedThing body = BODIES.get(organ.body());
    List<String> names = body != null ? body.names(language) : List.of();
    return names.isEmpty() ? organ.body() : names.get(0);
  }
}
