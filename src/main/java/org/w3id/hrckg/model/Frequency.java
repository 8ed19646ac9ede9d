package org.w3id.hrckg.model;

/** How often an output is due, as the text says ("chaque année", "biennial", "régulièrement"). */
public enum Frequency {
  ONCE("once"),
  ANNUAL("annual"),
  BIENNIAL("biennial"),
  /** A standing duty with no period stated ("regularly", "régulièrement"). */
  REGULAR("regular"),
  PER_SESSION("per-session");

  private final String notation;

  Frequency(String notation) {
    this.notation = notation;
  }

  /** The value of {@code hrc:frequency}. */
  public String notation() {
    return notation;
  }
}
