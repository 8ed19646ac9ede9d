package org.w3id.hrckg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.lang.fr.FrenchProfile;
import org.w3id.hrckg.source.SourceText;

/**
 * Page layout as PDF extractions and Markdown conversions leave it: each row a small text, the
 * running text expected (lines joined by "|"), and the footnotes with the line of their call.
 */
class TextNormalizerTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("page header and footer between two lines of a paragraph",
            "de la résolution 60/251 de l’Assemblée\n\nA/HRC/51/L.15/Rev.1\n\n2 GE.22-15810\n\ngénérale du 15 mars 2006,",
            "de la résolution 60/251 de l’Assemblée|générale du 15 mars 2006,", List.of()),
        row("a first-page masthead in the middle of the text",
            "le rapport\nNations Unies A/HRC/51/L.15/Rev.1\nAssemblée générale Distr. limitée\n4 octobre 2022\nFrançais\nOriginal : anglais\nde la Haute-Commissaire,",
            "le rapport|de la Haute-Commissaire,", List.of()),
        row("a call glued to a word and its footnote in the middle of the page",
            "et éliminer toutes les formes\nde violence à leur encontre2 ;\n11. Décide de tenir\n 2 Voir également A/HRC/50/62.\n d’examiner les progrès",
            "et éliminer toutes les formes|de violence à leur encontre ;|11. Décide de tenir|d’examiner les progrès",
            List.of("2:Voir également A/HRC/50/62.@2")),
        row("a call alone on its line and its footnote under the rule",
            "soumis à sa vingt -quatrième session\n1\n; \n__________________\n1\n A/HRC/24/56. \nhttp://undocs.org/fr/A/HRC/24/56\n 20. Engage les États",
            "soumis à sa vingt-quatrième session|;|20. Engage les États", List.of("1:A/HRC/24/56.@2")),
        row("an ordinal whose superscript lost its line",
            "55\ne\n séance \n26 mars 2015",
            "55e séance|26 mars 2015", List.of()),
        row("Markdown header blocks glued by bold markers",
            "**Conseil des droits de l'homme****Cinquante-sixième session**\n\nAssistance technique**Résolution adoptée par le Conseil**",
            "Conseil des droits de l'homme|Cinquante-sixième session|Assistance technique|Résolution adoptée par le Conseil",
            List.of()),
        row("Markdown italics, superscripts and a footnote after the paragraph",
            "*Guidé* par la Charte,\n\n11. *Se félicite* de la réunion-débat<sup>1</sup> ;\n\n<sup>1</sup> Voir aussi A/HRC/44/37.\n\n*38<sup>e</sup> séance  \n7 octobre 2020*",
            "Guidé par la Charte,|11. Se félicite de la réunion-débat ;|38e séance|7 octobre 2020",
            List.of("1:Voir aussi A/HRC/44/37.@3")),
        row("an asterisk that marks a State is not markup",
            "Albanie*, Argentine, Australie*, Brésil",
            "Albanie*, Argentine, Australie*, Brésil", List.of()),
        row("a call glued to a year, found from its footnote",
            "tenu sa troisième session du 9 au 13 mai 20223, et a présenté\n__________________\n 3 Voir A/HRC/51/40.",
            "tenu sa troisième session du 9 au 13 mai 2022, et a présenté", List.of("3:Voir A/HRC/51/40.@1")),
        row("labels in a run before the notes, the first one's call glued to a year of the page (pdftotext's raw order)",
            "l’enfant en 20192, et de l’esprit\nde l’Examen3, l’engage\nafin de désamorcer\n2\n3\n\nGE.23-68753(F)\n\n"
                + "CRC/C/SOM/1.\nVoir A/HRC/48/11.\n\n3\n\nA/HRC/RES/54/32\n\nla situation",
            "l’enfant en 2019, et de l’esprit|de l’Examen, l’engage|afin de désamorcer|la situation",
            List.of("2:CRC/C/SOM/1.@1", "3:Voir A/HRC/48/11.@2")),
        row("a note printed without its label, the next of the sequence, its call glued to a year; the next label's call too",
            "de ses travaux2,\ndu 9 au 13 mai 20223, et\ndu 17 au 21 avril 20234, au cours\n2\n\nVoir A/HRC/42/36.\n"
                + "Voir A/HRC/51/40.\n4\nA/HRC/54/42.\n3\n\nGE.23-33900(F)",
            "de ses travaux,|du 9 au 13 mai 2022, et|du 17 au 21 avril 2023, au cours",
            List.of("2:Voir A/HRC/42/36.@1", "3:Voir A/HRC/51/40.@2", "4:A/HRC/54/42.@3")),
        row("a label before the page footer, its note after it, its call glued to the Council's own resolution number",
            "en application de sa résolution 49/192,\nlaissé pour compte,\n\n2\n\nGE.23-23590(F)\n\nA/HRC/54/35.\n\n"
                + "A/HRC/RES/54/22\n\nConsidérant également",
            "en application de sa résolution 49/19,|laissé pour compte,|Considérant également", List.of("2:A/HRC/54/35.@1")),
        row("labels before notes that are only links: a call glued to a year found, no label taken for a call",
            "la Déclaration2 et le rapport du 4 mai 20233,\nexerçant leurs droits,\n2\nhttps://www.osce.org/odihr/526720.\n3\n"
                + "https://www.osce.org/odihr/542751.\n\nGE.23-13031(F)\n\nA/HRC/RES/54/23\n\nmentionnées",
            "la Déclaration et le rapport du 4 mai 2023,|exerçant leurs droits,|mentionnées", List.of()),
        row("a page number that the sequence of calls would need, but no number of the page ends in it: a page number",
            "adopté en 2023, et\nle rapport,\n\n2\n\nGE.23-23590(F)\n\nA/HRC/RES/54/22\n\nConsidérant",
            "adopté en 2023, et|le rapport,|Considérant", List.of()),
        row("an Assembly resolution number ending in the number the sequence needs keeps it: its numbers have three digits",
            "la résolution 60/252 de l’Assemblée générale,\n\n2\n\nGE.23-23590(F)\n\nA/HRC/RES/54/22\n\nConsidérant",
            "la résolution 60/252 de l’Assemblée générale,|Considérant", List.of()),
        row("a page number in a run of labels, past the next number of the sequence, takes no call from a resolution number",
            "de sa résolution 51/34 du 7 octobre 2022, et des droits de l’homme2 ;\n18.\n2\n\n4\n\nPrie le Haut-Commissariat\n\n"
                + "Voir A/HRC/53/63.\n\nGE.23-23366(F)\n\nA/HRC/RES/54/28\n\nde présenter",
            "de sa résolution 51/34 du 7 octobre 2022, et des droits de l’homme ;|18. Prie le Haut-Commissariat|de présenter",
            List.of("2:Voir A/HRC/53/63.@1")),
        row("a year ending in a footnote's number before the call of the footnote before it is no call: calls come in order",
            "en 20193, et\nde l’Examen2, l’engage\n2\n3\n\nGE.23-68753(F)\n\nCRC/C/SOM/1.\nVoir A/HRC/48/11.\n\n"
                + "A/HRC/RES/54/32\n\nla situation",
            "en 20193, et|de l’Examen, l’engage|la situation", List.of("2:CRC/C/SOM/1.@2", "3:Voir A/HRC/48/11.@0")),
        row("calls after the punctuation, their labels in a run before the notes, and an operative number before a page break",
            "le rapport qu’il lui a soumis,2 et la Mission,3\n1.\nDécide de proroger le mandat ;\n2.\n2\n3\n\nDécide également de"
                + " proroger\n\nA/HRC/55/62.\nVoir A/HRC/55/67.\n\nGE.24-50676(F)\n\nA/HRC/RES/55/19\n\nle mandat de la Mission ;",
            "le rapport qu’il lui a soumis, et la Mission,|1. Décide de proroger le mandat ;|2. Décide également de proroger"
                + "|le mandat de la Mission ;", List.of("2:A/HRC/55/62.@1", "3:Voir A/HRC/55/67.@1")),
        row("an operative number before the page footer, its text on the next page",
            "de l’environnement ;\n12.\nGE.23-78333(F)\n\nDemande à nouveau au Secrétaire général\n3\n\nA/HRC/RES/54/10\n\nde présenter",
            "de l’environnement ;|12. Demande à nouveau au Secrétaire général|de présenter", List.of()),
        row("a point's letter and a footnote label before the page footer: the first text is the point's, then the note",
            "du rapport2, et d’aider la Somalie à :\na)\n2\n\nGE.23-68753(F)\n\nS’acquitter de ses obligations dans le domaine des\n\n"
                + "A/HRC/54/78.\n\n3\n\nA/HRC/RES/54/32\n\ndroits de l’homme ;",
            "du rapport, et d’aider la Somalie à :|a) S’acquitter de ses obligations dans le domaine des|droits de l’homme ;",
            List.of("2:A/HRC/54/78.@1")),
        row("a suspended hyphen before a conjunction keeps its hyphen and a space",
            "les soins pré-\net postnatals, et les soins",
            "les soins pré- et postnatals, et les soins", List.of()),
        row("a suspended hyphen and its conjunction at the end of a line keep the space",
            "les soins pré- et\npostnatals, et les soins",
            "les soins pré- et|postnatals, et les soins", List.of()),
        row("a date opening a line of a sentence is no footnote where the page prints that footnote under its rule",
            "du Génocide⁵, à Arusha, du 3 au\n5 mars 2010 ; la troisième,\n__________________\n⁵ A/HRC/7/37.",
            "du Génocide, à Arusha, du 3 au|5 mars 2010 ; la troisième,", List.of("5:A/HRC/7/37.@1")),
        row("a date opening a line of a sentence is no footnote, though its day is the number of a footnote called before",
            "du Génocide2, à Arusha, du 1er au\n2 mars 2010 ; la troisième, à Berne,",
            "du Génocide, à Arusha, du 1er au|2 mars 2010 ; la troisième, à Berne,", List.of()),
        row("a footnote that opens with a resolution of a year is a footnote",
            "de la Commission2 ;\n2 Résolution 2005/74 de la Commission.",
            "de la Commission ;", List.of("2:Résolution 2005/74 de la Commission.@1")),
        row("a broken word whose tail is a word of the text, but not its head, loses its hyphen",
            "de le lui sou-\nmettre à sa session et de mettre fin",
            "de le lui sou\u00AD|mettre à sa session et de mettre fin", List.of()),
        row("a compound whose hyphen an extraction dropped, which the language writes hyphenated and never whole, gets it back",
            "le principe de nondiscrimination, à sa cinquantehuitième session",
            "le principe de non-discrimination, à sa cinquante-huitième session", List.of()),
        row("a word the language writes whole (antiterroriste) gets no hyphen, beside one that gets it back",
            "la lutte antiterroriste et le nondiscrimination,",
            "la lutte antiterroriste et le non-discrimination,", List.of()),
        row("a short paragraph whose last line pdftotext read with its label, before its first: the first goes first",
            "de l’homme ;\n15.\ndemandé ;\n\nPrie le Secrétaire général d’allouer les ressources nécessaires à l’élaboration du rapport\n\n"
                + "16.\nPrie le Haut-Commissaire de lui rendre compte ;",
            "de l’homme ;|15. Prie le Secrétaire général d’allouer les ressources nécessaires à l’élaboration du rapport|demandé ;"
                + "|16. Prie le Haut-Commissaire de lui rendre compte ;", List.of()),
        row("the same with the next point's label read into the block of the last line",
            "cette fin ;\nd)\nont été acceptées ;\ne)\n\nL’application des recommandations issues de l’Examen périodique universel qui\n"
                + "L’aide à l’évaluation des progrès ;",
            "cette fin ;|d) L’application des recommandations issues de l’Examen périodique universel qui|ont été acceptées ;"
                + "|e) L’aide à l’évaluation des progrès ;", List.of()),
        row("a line that stops inside a sentence before the next label gets back its last line, read after that point",
            "i)\n\nRendre l’enseignement préscolaire public accessible gratuitement à tous, à partir d’au moins\n\nii)\n\n"
                + "Rendre l’enseignement secondaire public accessible gratuitement à tous ;\n\nune année ;\nc)\nRappeler la suite ;",
            "i) Rendre l’enseignement préscolaire public accessible gratuitement à tous, à partir d’au moins|une année ;"
                + "|ii) Rendre l’enseignement secondaire public accessible gratuitement à tous ;|c) Rappeler la suite ;", List.of()),
        row("two points that stop inside a sentence get back their last lines, read in order after the points that follow",
            "a)\n\nReconnaître que le droit à l’éducation comprend la protection et l’éducation de la petite enfance et\n\nb)\n\n"
                + "Énoncer que les États doivent :\n\ni)\n\nRendre l’enseignement préscolaire public accessible gratuitement, à partir d’au moins\n\n"
                + "ii)\n\nRendre l’enseignement secondaire public accessible gratuitement ;\n\nleur éducation ;\n\nune année ;\nc)\nRappeler la suite ;",
            "a) Reconnaître que le droit à l’éducation comprend la protection et l’éducation de la petite enfance et|leur éducation ;"
                + "|b) Énoncer que les États doivent :|i) Rendre l’enseignement préscolaire public accessible gratuitement, à partir d’au moins"
                + "|une année ;|ii) Rendre l’enseignement secondaire public accessible gratuitement ;|c) Rappeler la suite ;", List.of()),
        row("a line's words read apart by pdftotext, its first word with the last line of the point: the line goes back before it",
            "g)\nSoumettre\nsoixante-dix-neuvième session ;\n\nle\n\nrapport\n\nsusmentionné\n\nà\n\nl’Assemblée\n\ngénérale\n\nà\n\nsa\n\n"
                + "h)\nCoopérer avec d’autres initiatives ;",
            "g) Soumettre le rapport susmentionné à l’Assemblée générale à sa|soixante-dix-neuvième session ;"
                + "|h) Coopérer avec d’autres initiatives ;", List.of()),
        row("a line's first word read before the paragraph's first line, its other words after it, labels between: it follows that line",
            "12.\nadopted\n4\n5\n\n4\n\nReaffirms the importance of the principles set out in the conclusions\nby\nthe\nWorking\nGroup\nat\nits\nthird\n\n"
                + "GE.23-78565(E)\n\nsession, which are consistent with the object of the instruments;",
            "12. Reaffirms the importance of the principles set out in the conclusions|adopted by the Working Group at its third"
                + "|session, which are consistent with the object of the instruments;", List.of()),
        row("a paragraph ending in one word before a point, and a list of words after the next point's first line: nothing read apart",
            "of Persons with\nDisabilities;\n29.\nEncourages the Government to engage in the fourth cycle of the review and to allow\nfreedom\nof\nassociation;",
            "of Persons with|Disabilities;|29. Encourages the Government to engage in the fourth cycle of the review and to allow|freedom|of|association;",
            List.of()),
        row("a broken word's end read apart before the page's foot, its beginning joined to the rest of its line: it goes back",
            "de l’Examen ;\nnales\n8\n\n30.\nEncourage les États, les organisations régiointergouvernementales et la société civile à\nappuyer ses travaux ;",
            "de l’Examen ;|30. Encourage les États, les organisations régionales intergouvernementales et la société civile à"
                + "|appuyer ses travaux ;", List.of()),
        row("a lone word after a paragraph's end, and no word of the next line that it completes: left where it is",
            "de l’Examen ;\nnales\n8\n\n30.\nEncourage les États, les organisations intergouvernementales et la société civile à\nappuyer ses travaux ;",
            "de l’Examen ;|nales|30. Encourage les États, les organisations intergouvernementales et la société civile à"
                + "|appuyer ses travaux ;", List.of()),
        row("a point that opens in lower case before a line that ends a paragraph: no line to put first",
            "a)\nde la loi ;\n\nLa suite du texte ;",
            "a) de la loi ;|La suite du texte ;", List.of()),
        row("spaces that PDF extraction puts in words",
            "de l ’homme et d ’un véritable  dialogue",
            "de l’homme et d’un véritable dialogue", List.of()));
  }

  private static Arguments row(String note, String text, String running, List<String> footnotes) {
    return Arguments.of(note, text, running, footnotes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void readsThePage(String note, String text, String running, List<String> footnotes) {
    SourceText source = SourceText.of("t.txt", text, "UTF-8", "");
    NormalizedText n = TextNormalizer.normalize(source, FrenchProfile.INSTANCE.layout());
    assertEquals(running, String.join("|", n.lines().stream().map(l -> l.text().toString()).toList()), note);
    List<String> found = n.footnotes().stream().map(f -> f.label() + ":" + f.text() + "@" + callLine(n, f.label())).toList();
    assertEquals(footnotes, found, note);
  }

  private static int callLine(NormalizedText n, String label) {
    return n.markers().stream().filter(m -> m.label().equals(label)).findFirst()
        .map(m -> n.source().lineOf(m.sourcePosition())).orElse(0);
  }
}
