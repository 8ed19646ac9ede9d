package org.w3id.hrckg.read;

import java.time.LocalDate;
import java.util.List;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.model.Issuer;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.source.OffsetText;

/**
 * What a resolution says of itself before its preamble.
 *
 * @param kind adopted resolution, draft or decision
 * @param symbol its own symbol, or null when the text gives none
 * @param issuer the organ that adopts it, as its enacting formula names it ("Le Conseil des droits
 *     de l’homme,", "The General Assembly,"), or null when there is none
 * @param session the session it belongs to (the issuer's), or null
 * @param specialSession whether that session is a special session
 * @param sessionStart first day of the session, or null
 * @param sessionEnd last day of the session, or null
 * @param agendaItems the agenda item numbers (empty when the text gives none)
 * @param agendaTitle the agenda item's title as printed, or null
 * @param title the title, or null
 * @param documentDate the date of issue, or null
 * @param adoptionDate the adoption date the header prints, or null
 * @param sponsors the sponsor lists of a draft as printed (one text per list), empty when none
 * @param number the resolution number as printed ("45/32", "51/…"), or null
 * @param line the source line the header starts on
 */
public record ResolutionHeader(
    DocumentKind kind,
    UnSymbol symbol,
    Issuer issuer,
    Integer session,
    boolean specialSession,
    LocalDate sessionStart,
    LocalDate sessionEnd,
    List<Integer> agendaItems,
    OffsetText agendaTitle,
    OffsetText title,
    LocalDate documentDate,
    LocalDate adoptionDate,
    List<OffsetText> sponsors,
    String number,
    int line) {

  public ResolutionHeader {
    agendaItems = List.copyOf(agendaItems);
    sponsors = List.copyOf(sponsors);
  }
}
