package org.stagecraft.benchmarks.workload;

/**
 * What a call has shown so far, for the peers' guards and actions: pain, goal and confirmation
 * seen, open questions asked, and premature attempts rejected. The peers keep their own state
 * (stage) in their own way and this as their context or extended state, so the rules read the
 * same in every implementation.
 *
 * <p>Mutable, for one call on one thread.
 */
public final class CallFacts {
  /** Open questions discovery needs before it may end (the workload's rule). */
  public static final int OPEN_QUESTIONS_NEEDED = 3;

  private static final int PAIN = 1;
  private static final int GOAL = 2;
  private static final int CONFIRMED = 4;
  private static final int ALL = PAIN | GOAL | CONFIRMED;

  private int seen;
  private int openQuestions;
  private int rejections;

  /** Records what {@code cue} shows about the prospect or the questions asked, in any stage. */
  public void record(Cue cue) {
    switch (cue) {
      case OPEN_QUESTION -> openQuestions++;
      case PAIN -> seen |= PAIN;
      case GOAL -> seen |= GOAL;
      case CONFIRMED -> seen |= CONFIRMED;
      default -> { }
    }
  }

  /** Whether discovery is complete: pain, goal and confirmation seen, enough open questions. */
  public boolean discoveryComplete() {
    return seen == ALL && openQuestions >= OPEN_QUESTIONS_NEEDED;
  }

  /** Counts one premature attempt to leave discovery. */
  public void reject() {
    rejections++;
  }

  /** Premature attempts rejected so far. */
  public int rejections() {
    return rejections;
  }
}
