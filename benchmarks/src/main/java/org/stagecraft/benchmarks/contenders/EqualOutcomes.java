package org.stagecraft.benchmarks.contenders;

import java.util.Arrays;
import java.util.Objects;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * The equal-outcome check: an implementation must end every call of the workload in the same
 * stage with the same number of rejected premature attempts as the hand-written baseline, or it is
 * not doing the same work and its figures mean nothing. Implementations that follow other rules
 * by design (their {@link Contender#outcome} is null) are skipped.
 *
 * <p>Stateless.
 */
public final class EqualOutcomes {
  private EqualOutcomes() {}

  /**
   * Runs every call through both and compares the outcomes.
   *
   * @return how many calls were compared (0 when {@code contender} follows other rules)
   * @throws IllegalStateException naming the first call that ends differently, both outcomes and
   *     the call's events
   */
  public static int check(Contender contender, Contender baseline, Workload workload) {
    int length = workload.length();
    for (int c = 0; c < workload.callCount(); c++) {
      CallOutcome found = contender.outcome(contender.run(c, length));
      if (found == null) {
        return 0;
      }
      CallOutcome expected = Objects.requireNonNull(baseline.outcome(baseline.run(c, length)));
      if (!found.equals(expected)) {
        throw new IllegalStateException(contender.name() + " ends call " + c + " of the workload"
            + " (seed " + Workload.SEED + ") as " + found + ", but the baseline ends it as "
            + expected + "; the call's events: " + Arrays.toString(workload.call(c)));
      }
    }
    return workload.callCount();
  }
}
