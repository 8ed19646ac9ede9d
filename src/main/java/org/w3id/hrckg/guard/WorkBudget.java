package org.w3id.hrckg.guard;

/**
 * The budget of the document being parsed on this thread: where the stages are in its source (the
 * line, for diagnostics) and whether its time is up. The stages call {@link #at(int)} as they go,
 * from line to line and paragraph to paragraph; it costs a field write and a clock read, and throws
 * {@link BudgetExceeded} once the deadline has passed or the guard has interrupted the thread. A
 * thread with no budget open never throws.
 */
public final class WorkBudget {

  private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();

  private final long deadline;
  private int line;

  private WorkBudget(long deadline) {
    this.deadline = deadline;
  }

  /** Opens a budget for the document this thread is about to parse. */
  public static WorkBudget open(long nanos) {
    WorkBudget budget = new WorkBudget(System.nanoTime() + nanos);
    CURRENT.set(budget);
    return budget;
  }

  /** Closes the budget of this thread. */
  public static void close() {
    CURRENT.remove();
  }

  /**
   * Records that the stages are at a source line, and stops the work when its time is up.
   *
   * @throws BudgetExceeded when the deadline has passed or the thread was interrupted
   */
  public static void at(int line) {
    WorkBudget budget = CURRENT.get();
    if (budget == null) {
      return;
    }
    if (line > 0) {
      budget.line = line;
    }
    if (Thread.currentThread().isInterrupted() || System.nanoTime() > budget.deadline) {
      throw new BudgetExceeded(budget.line);
    }
  }

  /** Checks the time without moving the line. */
  public static void check() {
    at(0);
  }

  /** The last line the stages said they were at, 0 when none. */
  public int line() {
    return line;
  }
}
