package org.w3id.hrckg.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The series of UN document symbols: the first element of a symbol says which organ, secretariat
 * or treaty body issued the document (UN Documentation Research Guide, "Document symbols"). The
 * citation scanner recognises a document cited by its symbol only in these series, so that a
 * string that merely looks like one ("ODD/16", "COVID/19") is not taken for a document. Each
 * series has a real symbol as its example, which a test reads back.
 *
 * @param prefix the first element of the symbol
 * @param issuer what issues documents of the series
 * @param example a real symbol of the series
 */
public record SymbolSeries(String prefix, String issuer, String example) {

  /** Every series, the General Assembly's first. */
  public static final List<SymbolSeries> ALL = List.of(
      new SymbolSeries("A", "General Assembly and its subsidiary organs (the Human Rights Council: A/HRC)", "A/HRC/50/62"),
      new SymbolSeries("E", "Economic and Social Council and its commissions (the Commission on Human Rights: E/CN.4)",
          "E/CN.4/2005/L.10/Add.17"),
      new SymbolSeries("S", "Security Council", "S/2023/856"),
      new SymbolSeries("T", "Trusteeship Council", "T/1995"),
      new SymbolSeries("ST", "Secretariat", "ST/SGB/2019/8"),
      new SymbolSeries("CCPR", "Human Rights Committee", "CCPR/C/GC/37"),
      new SymbolSeries("CERD", "Committee on the Elimination of Racial Discrimination", "CERD/C/GC/36"),
      new SymbolSeries("CEDAW", "Committee on the Elimination of Discrimination against Women", "CEDAW/C/GC/39"),
      new SymbolSeries("CAT", "Committee against Torture", "CAT/C/GC/4"),
      new SymbolSeries("CRC", "Committee on the Rights of the Child", "CRC/C/GC/25"),
      new SymbolSeries("CMW", "Committee on Migrant Workers", "CMW/C/GC/5"),
      new SymbolSeries("CRPD", "Committee on the Rights of Persons with Disabilities", "CRPD/C/GC/8"),
      new SymbolSeries("CED", "Committee on Enforced Disappearances", "CED/C/R.1"),
      new SymbolSeries("HRI", "Human rights treaty bodies together", "HRI/GEN/1/Rev.9"),
      new SymbolSeries("CEB", "United Nations System Chief Executives Board for Coordination", "CEB/2019/1/Add.2"),
      new SymbolSeries("ACC", "Administrative Committee on Coordination, the Board's predecessor", "ACC/2000/20"),
      new SymbolSeries("JIU", "Joint Inspection Unit", "JIU/REP/2020/2"),
      new SymbolSeries("TD", "United Nations Conference on Trade and Development", "TD/B/68/3"),
      new SymbolSeries("UNEP", "United Nations Environment Programme", "UNEP/EA.5/Res.14"),
      new SymbolSeries("DP", "Executive Board of UNDP, UNFPA and UNOPS", "DP/FPA/2021/8"),
      new SymbolSeries("ICEF", "Executive Board of UNICEF", "ICEF/2022/P/L.5"),
      new SymbolSeries("UNW", "Executive Board of UN-Women", "UNW/2021/6"),
      new SymbolSeries("FCCC", "United Nations Framework Convention on Climate Change", "FCCC/CP/2015/10/Add.1"),
      new SymbolSeries("CAC", "Conference of the States Parties to the United Nations Convention against Corruption",
          "CAC/COSP/2023/17"),
      new SymbolSeries("CTOC", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
          "CTOC/COP/2020/10"),
      new SymbolSeries("SPLOS", "Meeting of States Parties to the United Nations Convention on the Law of the Sea", "SPLOS/31/10"),
      new SymbolSeries("CD", "Conference on Disarmament", "CD/2301"),
      new SymbolSeries("PBC", "Peacebuilding Commission", "PBC/15/OC/3"));

  /** The prefixes as a regular expression's alternation, the longest first (so that "ST" is tried before "S"). */
  public static String alternation() {
    return ALL.stream().map(SymbolSeries::prefix).sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
