package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One step of a conversation's stage history.
 *
 * @param stage the stage entered
 * @param eventIndex the index of the event that moved the conversation there (0 for the start
 *     stage, which holds from the first event)
 */
public record StageEntry(Stage stage, int eventIndex) {
  /**
   * Validates the entry.
   *
   * @throws NullPointerException if {@code stage} is null
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public StageEntry {
    checkNotNull(stage, "stage");
    checkArgument(eventIndex >= 0, "eventIndex must not be negative: %s", eventIndex);
  }

  @Override
  public String toString() {
    return stage + "@" + eventIndex;
  }
}
