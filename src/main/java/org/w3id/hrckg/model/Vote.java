package org.w3id.hrckg.model;

import java.util.List;

/**
 * How a resolution was adopted: without a vote, or by a recorded vote with its counts and, where
 * printed, how each State voted.
 */
public record Vote(boolean withoutVote, Integer inFavour, Integer against, Integer abstaining, List<VoteCast> casts) {

  /** How one State voted. */
  public record VoteCast(String iso3, Choice choice) {}

  /** The ways a State can vote; each is a concept of the ontology's {@code hrc:VoteChoices}. */
  public enum Choice {
    IN_FAVOUR("inFavour"),
    AGAINST("against"),
    ABSTAINING("abstaining");

    private final String concept;

    Choice(String concept) {
      this.concept = concept;
    }

    public String concept() {
      return concept;
    }
  }
}
