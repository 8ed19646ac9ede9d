package org.w3id.hrckg.guard;

/** Thrown by {@link WorkBudget#at(int)} when the time of the document being parsed is up. */
public final class BudgetExceeded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  BudgetExceeded(int line) {
    super("the time budget of the document is spent", null, false, false);
    this.line = line;
  }

  /** The line the stages were at, 0 when unknown. */
  public int line() {
    return line;
  }
}
