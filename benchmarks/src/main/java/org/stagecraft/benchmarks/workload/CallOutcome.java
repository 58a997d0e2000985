package org.stagecraft.benchmarks.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a call of the workload ended: its stage and how many premature attempts to leave discovery
 * were rejected. Every implementation must reach the baseline's outcome for every call.
 *
 * @param stage the stage after the last event
 * @param rejections premature diagnoses, pitches and closes made in discovery
 */
public record CallOutcome(CallStage stage, int rejections) {
  /**
   * Validates the outcome.
   *
   * @throws NullPointerException if {@code stage} is null
   * @throws IllegalArgumentException if {@code rejections} is negative
   */
  public CallOutcome {
    checkNotNull(stage, "stage");
    checkArgument(rejections >= 0, "rejections is negative: %s", rejections);
  }
}
