package org.w3id.hrckg.model;

/** The kinds of holder of a special-procedures or other expert mandate that the Council establishes or extends. */
public enum MandateHolder {
  SPECIAL_RAPPORTEUR,
  INDEPENDENT_EXPERT,
  WORKING_GROUP,
  COMMISSION_OF_INQUIRY,
  FACT_FINDING_MISSION,
  GROUP_OF_EXPERTS,
  TEAM_OF_EXPERTS,
  EXPERT_MECHANISM
}
