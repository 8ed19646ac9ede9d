package org.w3id.hrckg.read;

import java.time.LocalDate;
import java.util.List;
import org.w3id.hrckg.model.UnSymbol;
import org.w3id.hrckg.source.OffsetText;

/**
 * The draft an adopted resolution came from, as the file's workflow records it.
 *
 * @param symbol the draft's symbol (A/HRC/56/L.10/Rev.1)
 * @param date the date of the draft, or null (placeholder dates are left out and reported)
 * @param sponsors the sponsor lists as printed
 * @param additionalSponsors the States that joined the sponsors later, as printed
 * @param submitter who submitted the draft when no State did ("submitted by the Vice-Chair of the
 *     Committee"), as printed; or null
 */
public record DraftRecord(UnSymbol symbol, LocalDate date, List<OffsetText> sponsors, List<OffsetText> additionalSponsors,
    OffsetText submitter) {

  public DraftRecord {
    sponsors = List.copyOf(sponsors);
    additionalSponsors = List.copyOf(additionalSponsors);
  }
}
