package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * How much one speaker role talked.
 *
 * @param utterances how many turns
 * @param words how many words
 * @param timedUtterances how many of the turns had start and end times
 * @param spoken the summed length of the timed turns
 */
public record TalkStats(int utterances, long words, int timedUtterances, Duration spoken) {
  /**
   * Validates the figures.
   *
   * @throws IllegalArgumentException if a count is negative or more turns are timed than exist
   */
  public TalkStats {
    checkArgument(utterances >= 0 && words >= 0, "counts must not be negative");
    checkArgument(
        timedUtterances >= 0 && timedUtterances <= utterances,
        "timed utterances must be between 0 and %s: %s",
        utterances,
        timedUtterances);
    checkArgument(!spoken.isNegative(), "spoken must not be negative: %s", spoken);
  }

  /** Whether every turn had times, so {@link #spoken()} is the whole talk time. */
  public boolean fullyTimed() {
    return timedUtterances == utterances;
  }
}
