package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A run of one speaker's utterances that the other side did not interrupt.
 *
 * @param firstEvent the index of the run's first utterance
 * @param lastEvent the index of its last utterance
 * @param utterances how many utterances it spans
 * @param words how many words
 * @param spoken the summed length of its timed utterances
 * @param fullyTimed whether every utterance in it had times
 */
public record Monologue(
    int firstEvent, int lastEvent, int utterances, long words, Duration spoken,
    boolean fullyTimed) {

  /** No run at all. */
  public static final Monologue NONE = new Monologue(0, 0, 0, 0, Duration.ZERO, true);

  /**
   * Validates the run.
   *
   * @throws IllegalArgumentException if the indices or counts are inconsistent
   */
  public Monologue {
    checkNotNull(spoken, "spoken");
    checkArgument(firstEvent >= 0 && lastEvent >= firstEvent,
        "a run needs 0 <= firstEvent <= lastEvent: %s, %s", firstEvent, lastEvent);
    checkArgument(utterances >= 0 && words >= 0 && !spoken.isNegative(),
        "counts must not be negative");
  }

  /** Whether there was a run at all. */
  public boolean isEmpty() {
    return utterances == 0;
  }
}
