package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An allowed move between two stages, with the guard that must hold to take it.
 *
 * @param from the stage left
 * @param to the stage entered
 * @param kind how the guard was formed
 * @param guard what must hold to take it; for {@link Kind#GUARDED} this includes the exit criteria
 *     of {@code from}
 */
public record Transition(Stage from, Stage to, Kind kind, Criterion guard) {

  /** How a transition's guard was formed. */
  public enum Kind {
    /** Needs the exit criteria of the stage it leaves, plus any extra guard: completes it. */
    GUARDED,
    /** Leaves without the exit criteria of its stage, for example to refer out on no fit. */
    UNGUARDED,
    /** From every non-terminal stage, unguarded: a right that holds anywhere (prospect stop). */
    INTERRUPT
  }

  /**
   * Validates the transition.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public Transition {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(kind, "kind");
    checkNotNull(guard, "guard");
    checkArgument(from != to, "a transition must change stage: %s -> %s", from, to);
  }

  /** Whether taking it proves that the exit criteria of {@code from} held. */
  public boolean completesFrom() {
    return kind == Kind.GUARDED;
  }

  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
