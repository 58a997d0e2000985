package org.stagecraft.benchmarks.contenders;

import org.jspecify.annotations.Nullable;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * One implementation of the workload's rules, driven by the benchmarks: start a call, apply its
 * events one by one, read how it ended. The per-call state is whatever the implementation keeps
 * for one live call (an immutable conversation, a machine instance, a context object); {@link
 * #step} returns the state to use for the next event, the same object for mutable ones.
 *
 * <p>Each implementation prepares its own typed copy of the workload's events when it is created,
 * so a step is one array read plus the implementation's own work. Not thread-safe: one contender
 * per benchmark thread.
 */
public abstract class Contender {
  private final String name;

  Contender(String name) {
    this.name = name;
  }

  /** The name used as the benchmarks' {@code @Param} value. */
  public final String name() {
    return name;
  }

  /** A fresh call in its first stage, sharing the implementation's definition of the rules. */
  public abstract Object start();

  /** Applies event {@code eventIndex} of workload call {@code callIndex} to {@code call}. */
  public abstract Object step(Object call, int callIndex, int eventIndex);

  /**
   * How {@code call} stands, in the workload's terms; null for an implementation that follows
   * other rules (Stagecraft's full consultative playbook), which the equal-outcome check skips.
   */
  public abstract @Nullable CallOutcome outcome(Object call);

  /** Folds every event of workload call {@code callIndex} through a fresh call. */
  public final Object run(int callIndex, int length) {
    Object call = start();
    for (int i = 0; i < length; i++) {
      call = step(call, callIndex, i);
    }
    return call;
  }

  /** The workload's calls as one array of cues each, for the implementations that take cues. */
  static Cue[][] cues(Workload workload) {
    Cue[][] out = new Cue[workload.callCount()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = workload.call(c);
    }
    return out;
  }
}
