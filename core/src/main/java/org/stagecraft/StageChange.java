package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A move from one stage to another, as reported to listeners and in {@link Outcome.Accepted}.
 *
 * @param from the stage left
 * @param to the stage entered
 * @param eventIndex the index of the event that made the move
 */
public record StageChange(Stage from, Stage to, int eventIndex) {
  /**
   * Validates the change.
   *
   * @throws NullPointerException if a stage is null
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public StageChange {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(eventIndex >= 0, "eventIndex must not be negative: %s", eventIndex);
  }

  @Override
  public String toString() {
    return from + " -> " + to + " at event " + eventIndex;
  }
}
