package org.w3id.hrckg.model;

import java.util.List;

/**
 * An output that an operative paragraph mandates.
 *
 * @param kind report, oral update, panel discussion, summary, compilation...
 * @param dueSessions the sessions, of the Council or the Assembly, at or before which it is due
 * @param addressees the organs it is presented to or held by ({@code hrc}, {@code ga}); empty when the text names none
 * @param frequency how often it is due
 * @param fromSession the session a series starts at ("à partir de sa soixante-cinquième session"), or null
 * @param actor the notation of the body asked to deliver it, or null
 * @param actorName the actor as the text names it, or null
 * @param mandate the name of the mandate of the resolution whose holder is the actor, or null
 * @param quantity how many, where the text says, or null
 * @param theme the theme or subject as stated, or null
 * @param span where the mandating phrase is in the source
 * @param phrase the phrase that names the output
 */
public record MandatedOutput(
    OutputKind kind,
    List<DueSession> dueSessions,
    List<Issuer> addressees,
    Frequency frequency,
    DueSession fromSession,
    String actor,
    String actorName,
    String mandate,
    Integer quantity,
    String theme,
    SourceSpan span,
    String phrase) {

  /** The first session of an organ it is due at, or null. */
  public Integer dueSessionOf(Issuer organ) {
    return dueSessions.stream().filter(s -> s.organ() == organ).map(DueSession::number).findFirst().orElse(null);
  }

  /** Whether it belongs to a series: due more than once. */
  public boolean recurring() {
    return frequency != Frequency.ONCE;
  }
}
