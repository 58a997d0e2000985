package org.stagecraft.benchmarks.workload;

/**
 * The stages of the workload: the consultative sale of DOMAIN.md without the prospect's stop and
 * with one honest ending, {@link #NO_FIT}. {@link #NEXT_STEPS} and {@link #NO_FIT} end the call.
 */
public enum CallStage {
  RAPPORT, DISCOVERY, DIAGNOSIS, PRESCRIPTION, CLOSE, NEXT_STEPS, NO_FIT;

  /** Whether the call ends here: no event moves it on. */
  public boolean isTerminal() {
    return this == NEXT_STEPS || this == NO_FIT;
  }
}
