package org.w3id.hrckg.lang;

import org.w3id.hrckg.pattern.NamedPattern;

/**
 * What a language's pages print around the text, each pattern matched against one stripped line
 * unless its purpose says otherwise.
 *
 * @param masthead the organ names and distribution note of a first page; group {@code distr} for
 *     the distribution note, {@code date} for a date printed with it
 * @param languageNote the language of the copy and of the original ("Français", "Original: English")
 * @param nonMemberNote the first-page footnote that explains the sponsors' asterisk
 * @param footerNoise the recycling note of a first-page footer ("Merci de recycler", "Please recycle")
 * @param ordinalSuffix the superscript letters of an ordinal put on a line of their own ("e", "th")
 * @param distributedDate a date alone on a line (the date of issue under a distribution note)
 * @param orphanCall a footnote call glued to a year or a resolution number, with the footnote's
 *     label in the group {@code label} written as {@code (?<label>3)} for the reader to replace
 * @param spacedApostrophe the spaces an extraction puts around an elided article's apostrophe
 *     ("l ’ homme"), or null where the language elides none
 * @param compoundStem the first elements of compounds whose hyphen stays when a line ends on it
 *     ("non-" / "discrimination", "cinquante-" / "huitième"), matched against the lower-cased element
 * @param suspensionConjunction the conjunctions after a suspended hyphen, whose compound's second
 *     element comes later ("slow-" / "and rapid-onset", "pré-" / "et postnatal"), matched against the
 *     lower-cased first word of the line after the hyphen
 * @param compoundNumeral a compound numeral written without the hyphen that the language always writes in it
 *     ("vingtsept", "twentyseven"), matched against a whole lower-cased word; the hyphen goes at the end of group
 *     {@code stem}
 * @param hyphenatedPrefix a prefix that the language's usage hyphenates before a word, written without its hyphen
 *     ("reexamine", "sousnutrition"), matched against a whole lower-cased word; the hyphen goes at the end of group
 *     {@code stem} where the rest is a word and the whole is none
 * @param wordTailsCompound whether a hyphen at a line end before a long word that the text writes
 *     elsewhere is a compound's even where the part before it is no word of the text: so in English,
 *     whose typesetters seldom break a word before a word ("small-" / "scale", "ill-" / "treatment");
 *     not in French, whose syllables often are words ("sou-" / "mettre", "com-" / "mission")
 * @param lexicon the compounds and words the language's resolutions write, for a hyphen at a line
 *     end in a word the document never writes elsewhere ("capacity-" / "building", "uni-" / "forms")
 */
public record LayoutVocabulary(
    NamedPattern masthead,
    NamedPattern languageNote,
    NamedPattern nonMemberNote,
    NamedPattern footerNoise,
    NamedPattern ordinalSuffix,
    NamedPattern distributedDate,
    NamedPattern orphanCall,
    NamedPattern spacedApostrophe,
    NamedPattern compoundStem,
    NamedPattern suspensionConjunction,
    NamedPattern compoundNumeral,
    NamedPattern hyphenatedPrefix,
    boolean wordTailsCompound,
    WordLexicon lexicon) {}
