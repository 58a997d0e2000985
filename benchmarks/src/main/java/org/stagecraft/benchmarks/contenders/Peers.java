package org.stagecraft.benchmarks.contenders;

import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;

/** What the peers' definitions share: where each attempt to leave discovery leads. */
final class Peers {
  /** The cues that try to leave discovery. */
  static final Cue[] ATTEMPTS = {Cue.DIAGNOSIS, Cue.PITCH, Cue.ASSUMPTIVE_CLOSE, Cue.ASK_FOR_SALE};
  /** The cues whose facts the guards read, recorded in every stage. */
  static final Cue[] FACTS = {Cue.OPEN_QUESTION, Cue.PAIN, Cue.GOAL, Cue.CONFIRMED};

  private Peers() {}

  /** The stage an accepted {@code attempt} leads to from discovery. */
  static CallStage leavingDiscoveryTo(Cue attempt) {
    return switch (attempt) {
      case DIAGNOSIS -> CallStage.DIAGNOSIS;
      case PITCH -> CallStage.PRESCRIPTION;
      case ASSUMPTIVE_CLOSE, ASK_FOR_SALE -> CallStage.CLOSE;
      default -> throw new IllegalArgumentException(attempt + " does not try to leave discovery");
    };
  }
}
