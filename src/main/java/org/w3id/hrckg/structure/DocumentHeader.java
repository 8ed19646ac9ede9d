package org.w3id.hrckg.structure;

import java.time.LocalDate;
import java.util.List;
import org.w3id.hrckg.model.DocumentKind;
import org.w3id.hrckg.text.OffsetText;

/**
 * What the header of a resolution says: what it is, its symbol, session, agenda item, sponsors
 * (on a draft), number and title.
 *
 * @param kind adopted resolution, draft or decision
 * @param symbol the canonical symbol, or null when the text gives none
 * @param session the Council session number, or null
 * @param specialSession whether the session is a special session
 * @param sessionStart first day of the session, or null
 * @param sessionEnd last day of the session, or null
 * @param agendaItems the agenda item numbers (empty when the text gives none)
 * @param agendaTitle the agenda item title as printed, or null
 * @param title the title, or null
 * @param documentDate the date of issue, or null
 * @param adoptionDate the adoption date printed in the header, or null
 * @param sponsors the sponsor list of a draft as printed, or null
 * @param number the resolution number as printed ("45/32", "51/…"), or null
 */
public record DocumentHeader(
    DocumentKind kind,
    String symbol,
    Integer session,
    boolean specialSession,
    LocalDate sessionStart,
    LocalDate sessionEnd,
    List<Integer> agendaItems,
    OffsetText agendaTitle,
    OffsetText title,
    LocalDate documentDate,
    LocalDate adoptionDate,
    OffsetText sponsors,
    String number) {}
